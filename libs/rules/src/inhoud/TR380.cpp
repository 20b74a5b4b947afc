// TR380 (0001): "Vullen met een datum die groter is dan de dagtekening van het bericht." (JW317 NieuwProduct)
//
// The rule file names no element (ijw-spec §4.2, §8.10). It is checked on NieuwProduct/GewensteIngangsdatum,
// which must lie after the Dagtekening (the Dagtekening itself fails): OP343 links this rule to the new
// products of a VOW, a VOW describes the desired future situation, and TR357/TR373 explicitly allow a
// TeWijzigenProduct's GewensteIngangsdatum in the past, so TeWijzigenProduct is not checked.

#include <fmt/format.h>

#include "ijw/model/values.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR380 final : public RuleFor<TR380, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR380", Level::Inhoud, "0001",
                                 "Vullen met een datum die groter is dan de dagtekening van het bericht."};

  void check_message(const model::jw317::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& verzoek = bericht.Client.Verzoek;
    if (!verzoek.NieuweProducten) return;
    const auto& dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
    const auto limit = model::to_date(dagtekening);
    const auto& nieuw = verzoek.NieuweProducten->NieuwProduct;
    for (std::size_t i = 0; i < nieuw.size(); ++i) {
      const auto ingang = model::to_date(nieuw[i].GewensteIngangsdatum);
      if (limit && ingang && *ingang <= *limit) {
        reporter.report(
            fmt::format("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[{}]/GewensteIngangsdatum", i + 1),
            nieuw[i].where,
            fmt::format("GewensteIngangsdatum {} ligt niet na Dagtekening {}", nieuw[i].GewensteIngangsdatum.text,
                        dagtekening.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR380() { return std::make_unique<TR380>(); }

}  // namespace ijw::rules
