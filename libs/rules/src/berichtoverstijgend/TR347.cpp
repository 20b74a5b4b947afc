// TR347 (9347, JW315 AangevraagdProduct / JW317 Verzoek): "ReferentieAanbieder is uniek voor de aanbieder binnen
// het wettelijk domein." The store lists which of the message's references the aanbieder already used in an
// accepted JW315 or JW317, at any gemeente (Snapshot::referenties_in_gebruik). Repeats within one JW315 are
// TR383's (level 2).

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

bool in_gebruik(const state::Snapshot& stored, const std::string& referentie) {
  const auto& used = stored.referenties_in_gebruik;
  return std::find(used.begin(), used.end(), referentie) != used.end();
}

std::string explanation(const std::string& referentie) {
  return fmt::format("ReferentieAanbieder {} is door deze aanbieder al gebruikt in een eerder verzoek", referentie);
}

class TR347 final : public RuleFor<TR347, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR347", Level::Berichtoverstijgend, "9347",
                                 "ReferentieAanbieder is uniek voor de aanbieder binnen het wettelijk domein."};

  void check_message(const model::jw315::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto referentie = text_of(producten[i].ReferentieAanbieder);
      if (!in_gebruik(stored, referentie)) continue;
      reporter.report(aangevraagd_product_path(i + 1) + "/ReferentieAanbieder", producten[i].where,
                      explanation(referentie), producten[i].where);
    }
  }

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& verzoek = bericht.Client.Verzoek;
    const auto referentie = text_of(verzoek.ReferentieAanbieder);
    if (!in_gebruik(working_state(context, info.id).stored(), referentie)) return;
    reporter.report("/Bericht/Client/Verzoek/ReferentieAanbieder", verzoek.where, explanation(referentie),
                    verzoek.where);
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR347() { return std::make_unique<TR347>(); }

}  // namespace ijw::rules
