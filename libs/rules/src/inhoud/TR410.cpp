// TR410 (0001): "Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de zorgperiodes
// elkaar niet overlappen." (JW317 NieuwProduct)
//
// Two NieuwProducten of the same product must not share a day of [GewensteIngangsdatum, Einddatum] (no
// Einddatum = open-ended; both days included). "The same product" as in TR302 (structuur::same_product).
// Only NieuwProducten are compared with each other, as the rule's text says: a TeWijzigenProduct carries no
// Product, and comparing with existing toewijzingen needs stored state.

#include <fmt/format.h>

#include "rules.hpp"
#include "structuur_support.hpp"

namespace ijw::rules {
namespace {

std::string describe_periode(const model::jw317::NieuwProduct& product) {
  return fmt::format("{} t/m {}", product.GewensteIngangsdatum.text,
                     product.Einddatum ? product.Einddatum->text : std::string("open einde"));
}

class TR410 final : public RuleFor<TR410, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR410", Level::Inhoud, "0001",
                                 "Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de "
                                 "zorgperiodes elkaar niet overlappen."};

  void check_message(const model::jw317::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& verzoek = bericht.Client.Verzoek;
    if (!verzoek.NieuweProducten) return;
    const auto& producten = verzoek.NieuweProducten->NieuwProduct;
    std::vector<structuur::ProductPeriode> classes;
    classes.reserve(producten.size());
    for (const auto& product : producten) {
      classes.push_back({structuur::product_key(product.Product),
                         structuur::periode(product.GewensteIngangsdatum, product.Einddatum)});
    }
    for (const auto& [later, earlier] : structuur::overlapping(classes)) {
      const auto& a = producten[earlier];
      const auto& b = producten[later];
      reporter.report(fmt::format("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[{}]", later + 1), b.where,
                      fmt::format("NieuwProduct[{}] ({}, {}) overlapt met NieuwProduct[{}] ({}, {})", later + 1,
                                  structuur::describe(b.Product), describe_periode(b), earlier + 1,
                                  structuur::describe(a.Product), describe_periode(a)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR410() { return std::make_unique<TR410>(); }

}  // namespace ijw::rules
