// TR375 (9375, JW317 TeWijzigenProduct): "Indien Product in de toewijzing met ToewijzingNummer leeg is en
// Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten." A TeWijzigenProduct of a generieke toewijzing
// (stored without Product) carries no Omvang. The Einddatum is the TeWijzigenProduct's own (ijw-spec §8.11,
// assumed); TR412 fires on the same class too (an absent Product has no Code either). A class whose toewijzing is
// unknown, of another client or aanbieder, or verwijderd is skipped (TR351 reports it).

#include <fmt/format.h>

#include "../inhoud/omvang_support.hpp"
#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR375 final : public RuleFor<TR375, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR375", Level::Berichtoverstijgend, "9375",
                                 "Indien Product in de toewijzing met ToewijzingNummer leeg is en Einddatum groter "
                                 "dan 31-12-2020 of leeg is, dan leeg laten."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& producten = te_wijzigen_producten(bericht);
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& product = producten[i];
      const auto* toewijzing = referenced_toewijzing(stored, product.ToewijzingNummer);
      if (!toewijzing || toewijzing->product) continue;
      if (!product.Omvang || !omvang::open_or_ends_after_2020(product.Einddatum)) continue;
      reporter.report(te_wijzigen_product_path(i + 1) + "/Omvang", product.where,
                      fmt::format("toewijzing {} is generiek (geen Product) en Einddatum {}, dus Omvang moet leeg "
                                  "zijn; gevonden: {}",
                                  toewijzing->nummer,
                                  product.Einddatum ? omvang::shown(product.Einddatum->text) + " ligt na 31-12-2020"
                                                    : std::string("is leeg"),
                                  omvang::describe(*product.Omvang)),
                      product.where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR375() { return std::make_unique<TR375>(); }

}  // namespace ijw::rules
