// CD043 (0001): "Indien Beschikkingnummer gevuld is, verplicht vullen, anders leeg laten." (JW315
// AangevraagdProduct.BeschikkingIngangsdatum)
//
// Per AangevraagdProduct, both directions: BeschikkingIngangsdatum is required with a BeschikkingNummer
// and must be absent without one.

#include <fmt/format.h>

#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD043 final : public RuleFor<CD043, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CD043", Level::Inhoud, "0001",
                                 "Indien Beschikkingnummer gevuld is, verplicht vullen, anders leeg laten."};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& product = producten[i];
      const auto path =
          fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]/BeschikkingIngangsdatum", i + 1);
      if (product.BeschikkingNummer && !product.BeschikkingIngangsdatum) {
        reporter.report(path, product.where,
                        fmt::format("BeschikkingIngangsdatum ontbreekt terwijl BeschikkingNummer {} gevuld is",
                                    product.BeschikkingNummer->text));
      } else if (!product.BeschikkingNummer && product.BeschikkingIngangsdatum) {
        reporter.report(path, product.where,
                        fmt::format("BeschikkingIngangsdatum {} is gevuld terwijl BeschikkingNummer ontbreekt",
                                    product.BeschikkingIngangsdatum->text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD043() { return std::make_unique<CD043>(); }

}  // namespace ijw::rules
