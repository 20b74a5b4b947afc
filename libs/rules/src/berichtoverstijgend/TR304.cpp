// TR304 (8187, JW317 Client): "Bsn moet overeenkomen met Bsn van een Client." For a VOW (ijw-spec §4.2, an
// interpretation; 8187's text was written for declarations): every toewijzing the VOW names as
// OngewijzigdProduct or TeWijzigenProduct that the gemeente knows must be of the VOW's client, and the client
// must have at least one toewijzing at this aanbieder and gemeente. A number the gemeente does not know is left
// to TR350/TR351; a verwijderde toewijzing counts as never sent, so it does not make the "at least one".

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

// The numbers the VOW names (OngewijzigdProduct, then TeWijzigenProduct) whose toewijzing has another client.
std::vector<std::string> of_other_client(const model::jw317::Bericht& bericht, const state::Snapshot& stored) {
  std::vector<std::string> other;
  const auto check = [&](const model::basis::LDT_Nummer& nummer) {
    const auto text = text_of(nummer);
    const auto* known = stored.toewijzing(text);
    if (known && known->bsn != stored.scope.bsn && std::find(other.begin(), other.end(), text) == other.end()) {
      other.push_back(text);
    }
  };
  for (const auto& product : ongewijzigde_producten(bericht)) check(product.ToewijzingNummer);
  for (const auto& product : te_wijzigen_producten(bericht)) check(product.ToewijzingNummer);
  return other;
}

bool has_toewijzing(const state::Snapshot& stored) {
  return std::any_of(stored.toewijzingen.begin(), stored.toewijzingen.end(), [&](const state::Toewijzing& t) {
    return of_scope(t, stored.scope) && !t.verwijderd();
  });
}

class TR304 final : public RuleFor<TR304, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR304", Level::Berichtoverstijgend, "8187",
                                 "Bsn moet overeenkomen met Bsn van een Client."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& client = bericht.Client;
    if (const auto other = of_other_client(bericht, stored); !other.empty()) {
      reporter.report("/Bericht/Client/Bsn", client.where,
                      fmt::format("ToewijzingNummer {} hoort bij een andere client dan die van dit verzoek",
                                  fmt::join(other, ", ")),
                      client.where);
    } else if (!has_toewijzing(stored)) {
      reporter.report("/Bericht/Client/Bsn", client.where,
                      "deze client heeft bij deze gemeente geen toewijzing van deze aanbieder", client.where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR304() { return std::make_unique<TR304>(); }

}  // namespace ijw::rules
