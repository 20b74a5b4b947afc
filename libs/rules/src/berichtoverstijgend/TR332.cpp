// TR332 (9332, ToegewezenProduct): "Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per
// wettelijk domein." A toewijzing is (gemeente, ToewijzingNummer). A number the gemeente already used is
// refused when it now names another toegewezen product: another client or aanbieder (the rule), or another
// Product or Ingangsdatum (ijw-spec §4.2, recommended: IV066/OP033x1 let a wijziging change only Einddatum,
// Budget, Omvang and RedenWijziging). A wijziging or an unchanged resend under the same number passes. A
// verwijderde toewijzing still holds its number.

#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

// What differs between the stored toewijzing and the one the message sends under its number, for people.
std::vector<std::string> differences(const state::Toewijzing& stored, const state::Scope& scope,
                                     const model::jw301::ToegewezenProduct& product) {
  std::vector<std::string> found;
  if (stored.bsn != scope.bsn) found.emplace_back("een andere client");
  if (stored.aanbieder != scope.aanbieder) found.push_back(fmt::format("eerder aanbieder {}", stored.aanbieder));
  if (const auto sent = state::product_of(product.Product); sent != stored.product) {
    found.push_back(fmt::format("eerder {}, nu {}", describe(stored.product), describe(sent)));
  }
  if (const auto ingang = state::date_of(product.Ingangsdatum); ingang != stored.ingangsdatum) {
    found.push_back(fmt::format("eerder Ingangsdatum {}, nu {}", describe(stored.ingangsdatum), describe(ingang)));
  }
  return found;
}

class TR332 final : public RuleFor<TR332, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"TR332", Level::Berichtoverstijgend, "9332",
                                 "Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk "
                                 "domein."};

  void check_message(const model::jw301::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& producten = bericht.Client.ToegewezenProducten.ToegewezenProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto nummer = text_of(producten[i].ToewijzingNummer);
      const auto* known = stored.toewijzing(nummer);
      if (!known) continue;
      const auto found = differences(*known, stored.scope, producten[i]);
      if (found.empty()) continue;
      reporter.report(toegewezen_product_path(i + 1) + "/ToewijzingNummer", producten[i].where,
                      fmt::format("ToewijzingNummer {} is bij deze gemeente al gebruikt voor een ander toegewezen "
                                  "product ({})",
                                  nummer, fmt::join(found, ", ")),
                      producten[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR332() { return std::make_unique<TR332>(); }

}  // namespace ijw::rules
