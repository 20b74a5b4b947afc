// TR063 (9063, StartProduct / StopProduct): "Indien StatusAanlevering de waarde 3 (aanlevering verwijderen)
// bevat, dan moet voor de betreffende Client een eerdere aanlevering met dezelfde logische sleutel
// verstuurd zijn." The earlier aanlevering must be stored and not deleted; keys compare NULL-safely (§2.6).

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

template <class Row, class Key>
bool stored_with_key(const std::vector<Row>& rows, const Key& key) {
  return std::any_of(rows.begin(), rows.end(), [&](const Row& row) { return row.key == key; });
}

class TR063 final : public RuleFor<TR063, model::jw305::Bericht, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR063", Level::Berichtoverstijgend, "9063",
                                 "Indien StatusAanlevering de waarde 3 (aanlevering verwijderen) bevat, dan moet voor "
                                 "de betreffende Client een eerdere aanlevering met dezelfde logische sleutel "
                                 "verstuurd zijn."};

  void check_message(const model::jw305::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    for_each_class(bericht.Client.StartProducten.StartProduct, Aanlevering::Verwijderen,
                   [&](std::size_t position, const auto& klasse, const state::StartKey& key) {
                     if (!stored_with_key(stored.starts, key)) {
                       reporter.report(start_product_path(position) + "/StatusAanlevering", klasse.where,
                                       fmt::format("er is geen eerdere start met {} om te verwijderen", describe(key)),
                                       klasse.where);
                     }
                   });
  }

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    for_each_class(bericht.Client.StopProducten.StopProduct, Aanlevering::Verwijderen,
                   [&](std::size_t position, const auto& klasse, const state::StopKey& key) {
                     if (!stored_with_key(stored.stops, key)) {
                       reporter.report(stop_product_path(position) + "/StatusAanlevering", klasse.where,
                                       fmt::format("er is geen eerdere stop met {} om te verwijderen", describe(key)),
                                       klasse.where);
                     }
                   });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR063() { return std::make_unique<TR063>(); }

}  // namespace ijw::rules
