// TR413 (9413, StopProduct): "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met
// RedenBeeindiging waarde 20 is, dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering
// waarde 1 of 2 heeft." No second temporary stop on one delivery without a new start (OP378). The Bsn is the
// scope; earlier stops are the not deleted ones the class meets (Working). StatusAanlevering 2 is refused at
// level 2 (CS058), so here "1 of 2" is every class that is no deletion.

#include <algorithm>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR413 final : public RuleFor<TR413, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR413", Level::Berichtoverstijgend, "9413",
                                 "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met "
                                 "RedenBeeindiging waarde 20 is, dan moet RedenBeeindiging <> aan waarde 20 zijn, "
                                 "indien StatusAanlevering waarde 1 of 2 heeft."};

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& working = working_state(context, info.id);
    for_each_class(
        bericht.Client.StopProducten.StopProduct, Aanlevering::Toevoegen,
        [&](std::size_t position, const auto& klasse, const state::StopKey& key) {
          if (key.reden_beeindiging != "20") return;
          const auto earlier = working.stops_before(position);
          const auto temporary = std::find_if(earlier.begin(), earlier.end(), [&](const state::Stop* stop) {
            return stop->tijdelijk() && same_toewijzing_and_begindatum(stop->key.start, key.start);
          });
          if (temporary != earlier.end()) {
            reporter.report(
                stop_product_path(position) + "/RedenBeeindiging", klasse.where,
                fmt::format("de levering met ToewijzingNummer {} en Begindatum {} is al tijdelijk gestopt "
                            "(Einddatum {}); een volgende stop moet definitief zijn (RedenBeeindiging <> 20)",
                            key.start.toewijzing_nummer.value_or("(geen)"), describe(key.start.begindatum),
                            describe((*temporary)->key.einddatum)),
                klasse.where);
          }
        });
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR413() { return std::make_unique<TR413>(); }

}  // namespace ijw::rules
