// CS335 (0001): "RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk
// is aan de einddatum" (JW301 ToegewezenProduct.RedenWijziging)
//
// Per ToegewezenProduct with RedenWijziging 13: Einddatum must be present and be the same date as
// Ingangsdatum (compared as dates). A missing Einddatum is not equal to the Ingangsdatum, so it fails.

#include <fmt/format.h>

#include "ijw/model/values.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS335 final : public RuleFor<CS335, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CS335", Level::Inhoud, "0001",
                                 "RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum "
                                 "gelijk is aan de einddatum"};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.ToegewezenProducten.ToegewezenProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& product = producten[i];
      if (!product.RedenWijziging || product.RedenWijziging->text != "13") continue;
      const auto path = fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]/RedenWijziging", i + 1);
      if (!product.Einddatum) {
        reporter.report(path, product.where,
                        fmt::format("RedenWijziging 13 (verwijderd) zonder Einddatum; Einddatum moet gelijk zijn aan "
                                    "Ingangsdatum {}",
                                    product.Ingangsdatum.text));
        continue;
      }
      const auto ingang = model::to_date(product.Ingangsdatum);
      const auto einde = model::to_date(*product.Einddatum);
      if (ingang && einde && *ingang != *einde) {
        reporter.report(path, product.where,
                        fmt::format("RedenWijziging 13 (verwijderd) met Einddatum {} ongelijk aan Ingangsdatum {}",
                                    product.Einddatum->text, product.Ingangsdatum.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS335() { return std::make_unique<CS335>(); }

}  // namespace ijw::rules
