// TR414 (9414, StopProduct): "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is,
// dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct." The Bsn is the scope; earlier stops are
// the not deleted ones the class meets (Working), compared on ToewijzingNummer and Begindatum as the text
// names them.
//
// Decision: the "actuele StopProduct" is taken as the one with the greatest Einddatum. Stops carry no
// arrival order of their own, and after a temporary stop only a definitive one with an Einddatum at or after
// it can follow (this rule, TR413, TR415), so the latest stop is the one that ends last.

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR414 final : public RuleFor<TR414, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR414", Level::Berichtoverstijgend, "9414",
                                 "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, "
                                 "dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct."};

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(
        bericht.Client.StopProducten.StopProduct, Aanlevering::Toevoegen,
        [&](std::size_t position, const auto& klasse, const state::StopKey& key) {
          std::optional<state::Date> latest;
          for (const state::Stop* stop : working.stops_before(position)) {
            if (!same_toewijzing_and_begindatum(stop->key.start, key.start)) continue;
            if (!latest || stop->key.einddatum > *latest) latest = stop->key.einddatum;
          }
          if (latest && key.einddatum < *latest) {
            reporter.report(
                stop_product_path(position) + "/Einddatum", klasse.where,
                fmt::format("Einddatum {} ligt voor de Einddatum {} van de eerdere stop van de levering met "
                            "ToewijzingNummer {} en Begindatum {}; verwacht een Einddatum op of na {}",
                            describe(key.einddatum), describe(*latest), key.start.toewijzing_nummer.value_or("(geen)"),
                            describe(key.start.begindatum), describe(*latest)),
                klasse.where);
          }
        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR414() { return std::make_unique<TR414>(); }

}  // namespace ijw::rules
