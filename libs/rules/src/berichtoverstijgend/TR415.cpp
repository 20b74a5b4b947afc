// TR415 (9415, StopProduct): "Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en
// RedenBeeindiging <> waarde 20, indien StatusAanlevering waarde 1 of 2 heeft". After a definitive stop the
// delivery takes no further stop, temporary or definitive; a new start (new Begindatum) can be stopped again.
// The Bsn is the scope; earlier stops are the not deleted ones the class meets (Working). StatusAanlevering 2
// is refused at level 2 (CS058), so here "1 of 2" is every class that is no deletion.

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR415 final : public RuleFor<TR415, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR415", Level::Berichtoverstijgend, "9415",
                                 "Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en "
                                 "RedenBeeindiging <> waarde 20, indien StatusAanlevering waarde 1 of 2 heeft"};

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(bericht.Client.StopProducten.StopProduct, Aanlevering::Toevoegen,
                   [&](std::size_t position, const auto& klasse, const state::StopKey& key) {
                     const auto earlier = working.stops_before(position);
                     const auto definitive = std::find_if(earlier.begin(), earlier.end(), [&](const state::Stop* stop) {
                       return !stop->tijdelijk() && same_toewijzing_and_begindatum(stop->key.start, key.start);
                     });
                     if (definitive != earlier.end()) {
                       reporter.report(
                           stop_product_path(position), klasse.where,
                           fmt::format("de levering met ToewijzingNummer {} en Begindatum {} is al definitief gestopt "
                                       "(RedenBeeindiging {}, Einddatum {}); er kan geen stop meer volgen",
                                       key.start.toewijzing_nummer.value_or("(geen)"), describe(key.start.begindatum),
                                       (*definitive)->key.reden_beeindiging, describe((*definitive)->key.einddatum)),
                           klasse.where);
                     }
                   });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR415() { return std::make_unique<TR415>(); }

}  // namespace ijw::rules
