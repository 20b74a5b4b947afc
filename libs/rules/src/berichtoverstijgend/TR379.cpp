// TR379 (9379, ToegewezenProduct): "Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW,
// dient ReferentieAanbieder te worden gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten." A
// filled ReferentieAanbieder must be one of an accepted JW315 AangevraagdProduct or JW317 Verzoek of this
// aanbieder for this client at this gemeente (Snapshot::verzoeken), onderhanden or already honoured: after a VOW
// every ToegewezenProduct of the answering JW301 carries its reference (IV093), and a later JW301 may repeat it.
// "Anders leeglaten" cannot be checked: the hub cannot tell which toewijzing honours a verzoek.

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR379 final : public RuleFor<TR379, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"TR379", Level::Berichtoverstijgend, "9379",
                                 "Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient "
                                 "ReferentieAanbieder te worden gevuld met ReferentieAanbieder uit die VOT of VOW, "
                                 "anders leeglaten."};

  void check_message(const model::jw301::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& verzoeken = working_state(context, info.id).stored().verzoeken;
    const auto& producten = bericht.Client.ToegewezenProducten.ToegewezenProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      if (!producten[i].ReferentieAanbieder) continue;
      const auto referentie = text_of(*producten[i].ReferentieAanbieder);
      const bool known = std::any_of(verzoeken.begin(), verzoeken.end(), [&](const state::VerzoekReferentie& v) {
        return v.referentie == referentie;
      });
      if (known) continue;
      reporter.report(toegewezen_product_path(i + 1) + "/ReferentieAanbieder", producten[i].where,
                      fmt::format("ReferentieAanbieder {} komt uit geen verzoek om toewijzing of wijziging van deze "
                                  "aanbieder voor deze client",
                                  referentie),
                      producten[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR379() { return std::make_unique<TR379>(); }

}  // namespace ijw::rules
