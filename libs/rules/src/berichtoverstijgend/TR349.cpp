// TR349 (9349, JW317 Verzoek): "Het verzoek om wijziging bericht bevat alle actuele ToegewezenProducten van de
// client." Every toewijzing of the scope that is actueel on the VOW's Dagtekening (ijw-spec §4.2: the reference
// date is ambiguous, the Dagtekening is the recommendation; Toewijzing::actueel) must be named as
// OngewijzigdProduct or TeWijzigenProduct.

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

std::vector<std::string> named(const model::jw317::Bericht& bericht) {
  std::vector<std::string> nummers;
  for (const auto& product : ongewijzigde_producten(bericht)) nummers.push_back(text_of(product.ToewijzingNummer));
  for (const auto& product : te_wijzigen_producten(bericht)) nummers.push_back(text_of(product.ToewijzingNummer));
  return nummers;
}

class TR349 final : public RuleFor<TR349, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR349", Level::Berichtoverstijgend, "9349",
                                 "Het verzoek om wijziging bericht bevat alle actuele ToegewezenProducten van de "
                                 "client."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto dagtekening = state::date_of(bericht.Header.BerichtIdentificatie.Dagtekening);
    const auto in_verzoek = named(bericht);
    std::vector<std::string> missing;
    for (const auto* toewijzing : actuele_toewijzingen(stored, dagtekening)) {
      if (std::find(in_verzoek.begin(), in_verzoek.end(), toewijzing->nummer) == in_verzoek.end()) {
        missing.push_back(toewijzing->nummer);
      }
    }
    if (missing.empty()) return;
    const auto& verzoek = bericht.Client.Verzoek;
    reporter.report("/Bericht/Client/Verzoek", verzoek.where,
                    fmt::format("actuele toewijzing {} ontbreekt; elke actuele toewijzing hoort als "
                                "OngewijzigdProduct of TeWijzigenProduct in het verzoek",
                                fmt::join(missing, ", ")),
                    verzoek.where);
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR349() { return std::make_unique<TR349>(); }

}  // namespace ijw::rules
