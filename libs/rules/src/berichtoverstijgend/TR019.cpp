// TR019 (9019, StartProduct / StopProduct): "Bij een output- of inspanningsgerichte werkwijze moet de melding
// van de start of de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het
// ToewijzingNummer". The current version of toewijzing ToewijzingNummer at the gemeente must have been sent
// to this aanbieder for this client and not be verwijderd: a verwijderde toewijzing counts as never sent
// (ijw-spec §4.2, §5.1). Without a ToewijzingNummer (taakgericht) the rule does not apply; a deletion
// (StatusAanlevering 3) takes no content checks but TR063 and TR071.

#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

// Why toewijzing `nummer` does not relate the class to a toewijzing of the scope, or nullopt when it does.
std::optional<std::string> unrelated(const state::Snapshot& stored, const std::string& nummer) {
  const state::Toewijzing* toewijzing = stored.toewijzing(nummer);
  if (!toewijzing) return fmt::format("de gemeente heeft geen toewijzing met ToewijzingNummer {}", nummer);
  if (toewijzing->aanbieder != stored.scope.aanbieder) {
    return fmt::format("toewijzing {} is aan een andere aanbieder toegewezen", nummer);
  }
  if (toewijzing->bsn != stored.scope.bsn) return fmt::format("toewijzing {} hoort bij een andere client", nummer);
  if (toewijzing->verwijderd()) return fmt::format("toewijzing {} is verwijderd (RedenWijziging 13)", nummer);
  return std::nullopt;
}

class TR019 final : public RuleFor<TR019, model::jw305::Bericht, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"TR019", Level::Berichtoverstijgend, "9019",
                                 "Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of "
                                 "de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het "
                                 "ToewijzingNummer"};

  void check_message(const model::jw305::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    check_classes(bericht.Client.StartProducten.StartProduct, start_product_path, context, reporter);
  }

  void check_message(const model::jw307::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    check_classes(bericht.Client.StopProducten.StopProduct, stop_product_path, context, reporter);
  }

 private:
  template <class Klasse>
  static void check_classes(const std::vector<Klasse>& classes, std::string (*path_of)(std::size_t),
                            const Context& context, const Reporter& reporter) {
    const auto& stored = working_state(context, info.id).stored();
    for (std::size_t i = 0; i < classes.size(); ++i) {
      const Klasse& klasse = classes[i];
      if (state::deletes(klasse.StatusAanlevering) || !klasse.ToewijzingNummer) continue;
      const std::string nummer = state::nummer_of(*klasse.ToewijzingNummer);
      if (const auto why = unrelated(stored, nummer)) {
        reporter.report(path_of(i + 1) + "/ToewijzingNummer", klasse.where, *why, klasse.where);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR019() { return std::make_unique<TR019>(); }

}  // namespace ijw::rules
