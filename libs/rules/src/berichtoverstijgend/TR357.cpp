// TR357 (9357, JW317 TeWijzigenProduct): "Als GewensteIngangsdatum kleiner dan of gelijk is aan de dagtekening,
// dan is GewensteIngangsdatum gelijk aan ingangsdatum van het originele ToegewezenProduct." A change that takes
// effect on or before the VOW's Dagtekening must start at the stored toewijzing's Ingangsdatum. A class whose
// toewijzing is unknown, of another client or aanbieder, or verwijderd is skipped (TR351 reports it).

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR357 final : public RuleFor<TR357, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR357", Level::Berichtoverstijgend, "9357",
                                 "Als GewensteIngangsdatum kleiner dan of gelijk is aan de dagtekening, dan is "
                                 "GewensteIngangsdatum gelijk aan ingangsdatum van het originele ToegewezenProduct."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto dagtekening = state::date_of(bericht.Header.BerichtIdentificatie.Dagtekening);
    const auto& producten = te_wijzigen_producten(bericht);
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto* toewijzing = referenced_toewijzing(stored, producten[i].ToewijzingNummer);
      if (!toewijzing) continue;
      const auto gewenst = state::date_of(producten[i].GewensteIngangsdatum);
      if (gewenst > dagtekening || gewenst == toewijzing->ingangsdatum) continue;
      reporter.report(te_wijzigen_product_path(i + 1) + "/GewensteIngangsdatum", producten[i].where,
                      fmt::format("GewensteIngangsdatum {} ligt niet na de dagtekening {}, dus moet die gelijk zijn "
                                  "aan de Ingangsdatum {} van toewijzing {}",
                                  describe(gewenst), describe(dagtekening), describe(toewijzing->ingangsdatum),
                                  toewijzing->nummer),
                      producten[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR357() { return std::make_unique<TR357>(); }

}  // namespace ijw::rules
