// TR386 (0001): "Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de zorgperiodes
// elkaar niet overlappen." (JW315 AangevraagdProduct)
//
// Two AangevraagdProducten of the same product must not share a day of [ToewijzingIngangsdatum,
// ToewijzingEinddatum] (no ToewijzingEinddatum = open-ended; both days included). "The same product" as in
// TR302 (structuur::same_product): without Product it clashes with every other one, an aspecifiek one with
// its whole Categorie, a specifiek one with the same Categorie and Code.

#include <fmt/format.h>

#include "rules.hpp"
#include "structuur_support.hpp"

namespace ijw::rules {
namespace {

std::string describe_periode(const model::jw315::AangevraagdProduct& product) {
  return fmt::format("{} t/m {}", product.ToewijzingIngangsdatum.text,
                     product.ToewijzingEinddatum ? product.ToewijzingEinddatum->text : std::string("open einde"));
}

class TR386 final : public RuleFor<TR386, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"TR386", Level::Inhoud, "0001",
                                 "Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de "
                                 "zorgperiodes elkaar niet overlappen."};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    std::vector<structuur::ProductPeriode> classes;
    classes.reserve(producten.size());
    for (const auto& product : producten) {
      classes.push_back({structuur::product_key(product.Product),
                         structuur::periode(product.ToewijzingIngangsdatum, product.ToewijzingEinddatum)});
    }
    for (const auto& [later, earlier] : structuur::overlapping(classes)) {
      const auto& a = producten[earlier];
      const auto& b = producten[later];
      reporter.report(fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]", later + 1), b.where,
                      fmt::format("AangevraagdProduct[{}] ({}, {}) overlapt met AangevraagdProduct[{}] ({}, {})",
                                  later + 1, structuur::describe(b.Product), describe_periode(b), earlier + 1,
                                  structuur::describe(a.Product), describe_periode(a)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR386() { return std::make_unique<TR386>(); }

}  // namespace ijw::rules
