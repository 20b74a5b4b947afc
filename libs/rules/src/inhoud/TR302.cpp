// TR302 (0001): "Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de zorgperiodes elkaar
// niet overlappen." (JW301 ToegewezenProduct)
//
// Two ToegewezenProducten of the same product must not share a day of [Ingangsdatum, Einddatum] (no Einddatum
// = open-ended; both days included, so adjacent periods pass and a period ending on the day the other begins
// overlaps). "The same product" as in ijw-spec §4.2: without Product (generiek) it clashes with every other
// one; an aspecifiek one (Categorie only) with every one of its Categorie; a specifiek one with the same
// Categorie and Code (structuur::same_product).
// Verwijderde toewijzingen are left out: RedenWijziging 13 (Verwijderd) with Einddatum = Ingangsdatum count as
// never sent (JZ002, CS335). RedenWijziging 01 with Einddatum = Ingangsdatum, the pre-3.2 way to delete that
// ijw-spec §4.2 and the TR349 toelichting also treat as verwijderd, is left out too; CS336 rejects 01 anyway.

#include <fmt/format.h>

#include "ijw/model/values.hpp"
#include "rules.hpp"
#include "structuur_support.hpp"

namespace ijw::rules {
namespace {

bool verwijderd(const model::jw301::ToegewezenProduct& product) {
  if (!product.RedenWijziging || !product.Einddatum) return false;
  const auto& reden = product.RedenWijziging->text;
  if (reden != "13" && reden != "01") return false;
  const auto ingang = model::to_date(product.Ingangsdatum);
  const auto eind = model::to_date(*product.Einddatum);
  return ingang && eind && *ingang == *eind;
}

std::string describe_periode(const model::jw301::ToegewezenProduct& product) {
  return fmt::format("{} t/m {}", product.Ingangsdatum.text,
                     product.Einddatum ? product.Einddatum->text : std::string("open einde"));
}

class TR302 final : public RuleFor<TR302, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"TR302", Level::Inhoud, "0001",
                                 "Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de "
                                 "zorgperiodes elkaar niet overlappen."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.ToegewezenProducten.ToegewezenProduct;
    std::vector<structuur::ProductPeriode> classes;
    classes.reserve(producten.size());
    for (const auto& product : producten) {
      classes.push_back(
          {structuur::product_key(product.Product),
           verwijderd(product) ? std::nullopt : structuur::periode(product.Ingangsdatum, product.Einddatum)});
    }
    for (const auto& [later, earlier] : structuur::overlapping(classes)) {
      const auto& a = producten[earlier];
      const auto& b = producten[later];
      reporter.report(fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]", later + 1), b.where,
                      fmt::format("ToegewezenProduct[{}] ({}, {}) overlapt met ToegewezenProduct[{}] ({}, {})",
                                  later + 1, structuur::describe(b.Product), describe_periode(b), earlier + 1,
                                  structuur::describe(a.Product), describe_periode(a)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR302() { return std::make_unique<TR302>(); }

}  // namespace ijw::rules
