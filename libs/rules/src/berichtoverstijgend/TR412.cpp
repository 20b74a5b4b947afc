// TR412 (9412, JW317 TeWijzigenProduct): "Indien Code in Product bij de toewijzing met ToewijzingNummer leeg is
// en einddatum groter dan 31-12-2020 of leeg is, dan leeg laten" (Omvang). "Code leeg" includes a toewijzing
// without Product (generiek), so TR375 fires too there (ijw-spec §8.11: both codes). The Einddatum is the
// TeWijzigenProduct's own (ijw-spec §4.2, assumed). A class whose toewijzing is unknown, of another client or
// aanbieder, or verwijderd is skipped (TR351 reports it).

#include <fmt/format.h>

#include "../inhoud/omvang_support.hpp"
#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR412 final : public RuleFor<TR412, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR412", Level::Berichtoverstijgend, "9412",
                                 "Indien Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum "
                                 "groter dan 31-12-2020 of leeg is, dan leeg laten"};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& producten = te_wijzigen_producten(bericht);
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& product = producten[i];
      const auto* toewijzing = referenced_toewijzing(stored, product.ToewijzingNummer);
      if (!toewijzing || (toewijzing->product && toewijzing->product->code)) continue;
      if (!product.Omvang || !omvang::open_or_ends_after_2020(product.Einddatum)) continue;
      reporter.report(te_wijzigen_product_path(i + 1) + "/Omvang", product.where,
                      fmt::format("toewijzing {} heeft {} en Einddatum {}, dus Omvang moet leeg zijn; gevonden: {}",
                                  toewijzing->nummer, describe(toewijzing->product),
                                  product.Einddatum ? omvang::shown(product.Einddatum->text) + " ligt na 31-12-2020"
                                                    : std::string("is leeg"),
                                  omvang::describe(*product.Omvang)),
                      product.where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR412() { return std::make_unique<TR412>(); }

}  // namespace ijw::rules
