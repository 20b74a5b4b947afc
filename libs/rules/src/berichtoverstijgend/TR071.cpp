// TR071 (9071, StartProduct): "StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende
// melding start zorg al een stop zorg is verstuurd." A start deletion is refused while a stored, not deleted
// stop (temporary or definitive) carries the start's key; the stops have to be deleted first, in an earlier
// JW307 (a JW305 cannot delete stops, so the stored stops are the ones that count).

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR071 final : public RuleFor<TR071, model::jw305::Bericht> {
 public:
  static constexpr RuleInfo info{"TR071", Level::Berichtoverstijgend, "9071",
                                 "StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende "
                                 "melding start zorg al een stop zorg is verstuurd."};

  void check_message(const model::jw305::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stops = working_state(context, info.id).stored().stops;
    for_each_class(
        bericht.Client.StartProducten.StartProduct, Aanlevering::Verwijderen,
        [&](std::size_t position, const auto& klasse, const state::StartKey& key) {
          const auto stop =
              std::find_if(stops.begin(), stops.end(), [&](const state::Stop& s) { return s.key.start == key; });
          if (stop != stops.end()) {
            reporter.report(start_product_path(position) + "/StatusAanlevering", klasse.where,
                            fmt::format("de start met {} heeft al een {} stop (RedenBeeindiging {}, Einddatum {}); "
                                        "verwijder eerst de stop",
                                        describe(key), stop->tijdelijk() ? "tijdelijke" : "definitieve",
                                        stop->key.reden_beeindiging, describe(stop->key.einddatum)),
                            klasse.where);
          }
        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR071() { return std::make_unique<TR071>(); }

}  // namespace ijw::rules
