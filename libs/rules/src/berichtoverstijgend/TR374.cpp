// TR374 (9374, JW315 Client / JW317 Verzoek): "Een verzoek mag alleen worden verstuurd als er geen onderhanden
// verzoek is voor de betreffende client van dezelfde aanbieder." An accepted VOT or VOW of the scope stays
// onderhanden until a JW301 ToegewezenProduct carried each of its references (JW319 is not ingested). The
// source names no class; Client (JW315) and Verzoek (JW317) are ijw-spec §3.6's recommendation.

#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

// The references of the scope's verzoeken that are still onderhanden.
std::vector<std::string> onderhanden(const state::Snapshot& stored) {
  std::vector<std::string> open;
  for (const auto& verzoek : stored.verzoeken) {
    if (verzoek.onderhanden) open.push_back(verzoek.referentie);
  }
  return open;
}

std::string explanation(const std::vector<std::string>& open) {
  return fmt::format("er is nog een onderhanden verzoek van deze aanbieder voor deze client (ReferentieAanbieder "
                     "{}); een nieuw verzoek kan pas als dat beantwoord is",
                     fmt::join(open, ", "));
}

class TR374 final : public RuleFor<TR374, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR374", Level::Berichtoverstijgend, "9374",
                                 "Een verzoek mag alleen worden verstuurd als er geen onderhanden verzoek is voor de "
                                 "betreffende client van dezelfde aanbieder."};

  void check_message(const model::jw315::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto open = onderhanden(working_state(context, info.id).stored());
    if (open.empty()) return;
    reporter.report("/Bericht/Client", bericht.Client.where, explanation(open), bericht.Client.where);
  }

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto open = onderhanden(working_state(context, info.id).stored());
    if (open.empty()) return;
    const auto& verzoek = bericht.Client.Verzoek;
    reporter.report("/Bericht/Client/Verzoek", verzoek.where, explanation(open), verzoek.where);
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR374() { return std::make_unique<TR374>(); }

}  // namespace ijw::rules
