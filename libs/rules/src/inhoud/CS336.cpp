// CS336 (0001): "01 (Administratieve correctie (vervallen)) niet gebruiken" (JW301
// ToegewezenProduct.RedenWijziging)
//
// Per ToegewezenProduct: RedenWijziging 01 is withdrawn; a correction uses 14.

#include <fmt/format.h>

#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS336 final : public RuleFor<CS336, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CS336", Level::Inhoud, "0001",
                                 "01 (Administratieve correctie (vervallen)) niet gebruiken"};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.ToegewezenProducten.ToegewezenProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& product = producten[i];
      if (product.RedenWijziging && product.RedenWijziging->text == "01") {
        reporter.report(
            fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]/RedenWijziging", i + 1),
            product.where,
            fmt::format("RedenWijziging 01 (administratieve correctie, vervallen) bij ToewijzingNummer {}; gebruik 14",
                        product.ToewijzingNummer.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS336() { return std::make_unique<CS336>(); }

}  // namespace ijw::rules
