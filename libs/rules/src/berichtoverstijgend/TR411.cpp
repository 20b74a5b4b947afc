// TR411 (9411, JW317 TeWijzigenProduct): "Indien Code in Product bij de toewijzing met ToewijzingNummer gevuld
// is, dan Omvang verplicht vullen". The class carries no Product (IV092): its product is that of the stored
// toewijzing. A class whose toewijzing is unknown, of another client or aanbieder, or verwijderd is skipped
// (TR351 reports it).

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR411 final : public RuleFor<TR411, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR411", Level::Berichtoverstijgend, "9411",
                                 "Indien Code in Product bij de toewijzing met ToewijzingNummer gevuld is, dan "
                                 "Omvang verplicht vullen"};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& producten = te_wijzigen_producten(bericht);
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto* toewijzing = referenced_toewijzing(stored, producten[i].ToewijzingNummer);
      if (!toewijzing || !toewijzing->product || !toewijzing->product->code || producten[i].Omvang) continue;
      reporter.report(te_wijzigen_product_path(i + 1) + "/Omvang", producten[i].where,
                      fmt::format("toewijzing {} is specifiek ({}), maar Omvang ontbreekt", toewijzing->nummer,
                                  describe(toewijzing->product)),
                      producten[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR411() { return std::make_unique<TR411>(); }

}  // namespace ijw::rules
