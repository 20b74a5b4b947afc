// TR382 (9069, StopProduct): "De sleutelelementen uit het startbericht moeten in het stopbericht, waarin wordt
// aangegeven dat de betreffende levering (tijdelijk) beeindigd wordt, ongewijzigd worden overgenomen." A new
// stop needs a not deleted start with its start key (ToewijzingNummer, Product, Begindatum; NULL-safe).
// The retourcode is 9069, which WJ001 lists under TR069, an alias of this rule (ijw-spec §4.2). The start
// need not be actueel in the TR326 sense: a definitive stop may follow a temporary one (OP377; TR413-TR415).

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR382 final : public RuleFor<TR382, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR382", Level::Berichtoverstijgend, "9069",
                                 "De sleutelelementen uit het startbericht moeten in het stopbericht, waarin wordt "
                                 "aangegeven dat de betreffende levering (tijdelijk) beeindigd wordt, ongewijzigd "
                                 "worden overgenomen."};

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(bericht.Client.StopProducten.StopProduct, Aanlevering::Toevoegen,
                   [&](std::size_t position, const auto& klasse, const state::StopKey& stop_key) {
                     const auto& key = stop_key.start;
                     // A JW307 adds and deletes no starts, so these are the stored ones.
                     const auto starts = working.starts_before(position);
                     if (std::none_of(starts.begin(), starts.end(),
                                      [&](const state::Start* start) { return start->key == key; })) {
                       reporter.report(
                           stop_product_path(position), klasse.where,
                           fmt::format("er is geen actueel startbericht met dezelfde sleutel ({})", describe(key)),
                           klasse.where);
                     }
                   });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR382() { return std::make_unique<TR382>(); }

}  // namespace ijw::rules
