// TR074 (9074, StartProduct / StopProduct): "Indien StatusAanlevering de waarde '1' bevat, dan moet de
// sleutel van de betreffende aanlevering niet alleen uniek zijn binnen het bericht zelf, maar ook in
// combinatie met alle reeds ontvangen berichten." A new class must not repeat the logical key (§2.6) of a not
// deleted start or stop: the stored ones this message leaves, and the message's own earlier classes (within
// the message TR101 catches it first). A key that was deleted may be sent again (IV008).

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

template <class Row, class Key>
bool has_key(const std::vector<const Row*>& rows, const Key& key) {
  return std::any_of(rows.begin(), rows.end(), [&](const Row* row) { return row->key == key; });
}

class TR074 final : public RuleFor<TR074, model::jw305::Bericht, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR074", Level::Berichtoverstijgend, "9074",
                                 "Indien StatusAanlevering de waarde '1' bevat, dan moet de sleutel van de "
                                 "betreffende aanlevering niet alleen uniek zijn binnen het bericht zelf, maar ook in "
                                 "combinatie met alle reeds ontvangen berichten."};

  void check_message(const model::jw305::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(bericht.Client.StartProducten.StartProduct, Aanlevering::Toevoegen,
                   [&](std::size_t position, const auto& klasse, const state::StartKey& key) {
                     if (has_key(working.starts_before(position), key)) {
                       reporter.report(start_product_path(position), klasse.where,
                                       fmt::format("een start met {} is al eerder ontvangen", describe(key)),
                                       klasse.where);
                     }
                   });
  }

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(bericht.Client.StopProducten.StopProduct, Aanlevering::Toevoegen,
                   [&](std::size_t position, const auto& klasse, const state::StopKey& key) {
                     if (has_key(working.stops_before(position), key)) {
                       reporter.report(stop_product_path(position), klasse.where,
                                       fmt::format("een stop met {} is al eerder ontvangen", describe(key)),
                                       klasse.where);
                     }
                   });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR074() { return std::make_unique<TR074>(); }

}  // namespace ijw::rules
