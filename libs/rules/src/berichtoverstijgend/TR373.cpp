// TR373 (9373, JW317 TeWijzigenProduct): "Indien in een TeWijzigenProduct het Budget of het totaal over
// toewijzingsperiode wordt gewijzigd, dient GewensteIngangsdatum gelijk te zijn aan de actuele toewijzing." A
// Budget that is filled and differs from the stored one, or an Omvang that differs from the stored one while
// either has Frequentie 6 (totaal binnen geldigheidsduur toewijzing), can only change from the stored
// Ingangsdatum: a total or a budget has no meaning for part of a period (IV066, OP033x1). An absent Omvang
// against a stored total is a change (the VOW states the whole new situation); an absent Budget is not, as the
// rule reads "Budget ... gewijzigd" only of a Budget that is there (ijw-spec §4.2). A class whose toewijzing is
// unknown, of another client or aanbieder, or verwijderd is skipped (TR351 reports it).

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

bool totaal(const std::optional<state::Omvang>& omvang) { return omvang && omvang->frequentie == "6"; }

// What the class changes that must start at the Ingangsdatum, for people; empty when nothing.
std::string changed(const model::jw317::TeWijzigenProduct& product, const state::Toewijzing& toewijzing) {
  if (product.Budget) {
    const auto budget = model::to_integer(*product.Budget);
    if (budget != toewijzing.budget) return "het Budget";
  }
  const auto omvang = state::omvang_of(product.Omvang);
  if ((totaal(omvang) || totaal(toewijzing.omvang)) && omvang != toewijzing.omvang) {
    return "het totaal over de toewijzingsperiode (Omvang met Frequentie 6)";
  }
  return {};
}

class TR373 final : public RuleFor<TR373, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR373", Level::Berichtoverstijgend, "9373",
                                 "Indien in een TeWijzigenProduct het Budget of het totaal over toewijzingsperiode "
                                 "wordt gewijzigd, dient GewensteIngangsdatum gelijk te zijn aan de actuele "
                                 "toewijzing."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& producten = te_wijzigen_producten(bericht);
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto* toewijzing = referenced_toewijzing(stored, producten[i].ToewijzingNummer);
      if (!toewijzing) continue;
      const auto what = changed(producten[i], *toewijzing);
      const auto gewenst = state::date_of(producten[i].GewensteIngangsdatum);
      if (what.empty() || gewenst == toewijzing->ingangsdatum) continue;
      reporter.report(te_wijzigen_product_path(i + 1) + "/GewensteIngangsdatum", producten[i].where,
                      fmt::format("{} van toewijzing {} wijzigt, dus moet GewensteIngangsdatum de Ingangsdatum {} "
                                  "zijn; gevonden: {}",
                                  what, toewijzing->nummer, describe(toewijzing->ingangsdatum), describe(gewenst)),
                      producten[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR373() { return std::make_unique<TR373>(); }

}  // namespace ijw::rules
