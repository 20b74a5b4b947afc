// TR326 (9326, StartProduct): "Een Startbericht mag pas verstuurd worden als er géén actueel Startbericht bij
// een ToegewezenProduct is." One actueel start per toegewezen product (OP289): a new start for ToewijzingNummer
// N is refused while a not deleted start for N, with any Begindatum, is actueel, that is: no not deleted stop
// carries its start key. A temporary stop (20) ends it too (OP379). The message's own deletions are applied
// first and its earlier StartProducten count (Working). Without a ToewijzingNummer (taakgericht) the rule
// does not apply.
//
// Decision: a stored start with the very same key counts as well (it is an actueel start at the product);
// that case also breaks TR074.

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR326 final : public RuleFor<TR326, model::jw305::Bericht> {
 public:
  static constexpr RuleInfo info{"TR326", Level::Berichtoverstijgend, "9326",
                                 "Een Startbericht mag pas verstuurd worden als er géén actueel Startbericht bij een "
                                 "ToegewezenProduct is."};

  void check_message(const model::jw305::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(bericht.Client.StartProducten.StartProduct, Aanlevering::Toevoegen,
                   [&](std::size_t position, const auto& klasse, const state::StartKey& key) {
                     if (!key.toewijzing_nummer) return;
                     // A JW305 adds and deletes no stops, so these are the stored ones.
                     const auto stops = working.stops_before(position);
                     const auto stopped = [&](const state::Start* start) {
                       return std::any_of(stops.begin(), stops.end(),
                                          [&](const state::Stop* stop) { return stop->key.start == start->key; });
                     };
                     for (const state::Start* start : working.starts_before(position)) {
                       if (start->key.toewijzing_nummer != key.toewijzing_nummer || stopped(start)) continue;
                       reporter.report(start_product_path(position) + "/ToewijzingNummer", klasse.where,
                                       fmt::format("toewijzing {} heeft al een actuele start ({}) zonder stop",
                                                   *key.toewijzing_nummer, describe(start->key)),
                                       klasse.where);
                       break;  // one finding per class
                     }
                   });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR326() { return std::make_unique<TR326>(); }

}  // namespace ijw::rules
