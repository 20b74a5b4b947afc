#pragma once
// What the level-3 rules share: the working state from the context, and the paths of the classes they
// judge. A level-3 finding names its berichtklasse (Finding::klasse) so the retour carries the code there.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ijw/rules/rule.hpp"
#include "ijw/state/changes.hpp"

namespace ijw::rules::berichtoverstijgend {

// The stored state with this message applied; throws std::logic_error when the rule runs without a store.
const state::Working& working_state(const Context& context, std::string_view rule_id);

std::string start_product_path(std::size_t position);  // "/Bericht/Client/StartProducten/StartProduct[2]"
std::string stop_product_path(std::size_t position);

// The toewijzing and verzoek family (JW301, JW315, JW317): the paths of its classes, "[n]" 1-based.
std::string toegewezen_product_path(std::size_t position);  // "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]"
std::string aangevraagd_product_path(std::size_t position);
std::string ongewijzigd_product_path(std::size_t position);  // "/Bericht/Client/Verzoek/OngewijzigdeProducten/..."
std::string te_wijzigen_product_path(std::size_t position);
std::string nieuw_product_path(std::size_t position);

// A JW317 class list; empty when its optional container is absent.
const std::vector<model::jw317::OngewijzigdProduct>& ongewijzigde_producten(const model::jw317::Bericht& bericht);
const std::vector<model::jw317::TeWijzigenProduct>& te_wijzigen_producten(const model::jw317::Bericht& bericht);
const std::vector<model::jw317::NieuwProduct>& nieuwe_producten(const model::jw317::Bericht& bericht);

// A ToewijzingNummer (canonical integer, D-103) or ReferentieAanbieder (whitespace collapsed) of the
// message as the state holds it.
std::string text_of(const model::basis::LDT_Nummer& value);
std::string text_of(const model::basis::LDT_Referentie& value);

// Whether a stored toewijzing is one of the scope: its gemeente, aanbieder and client. The snapshot also holds
// toewijzingen of the gemeente that the message names by number, whoever they belong to (TR332).
bool of_scope(const state::Toewijzing& toewijzing, const state::Scope& scope);

// The toewijzingen of the scope that are actueel on `peildatum` (TR349, TR350, TR351), in snapshot order.
std::vector<const state::Toewijzing*> actuele_toewijzingen(const state::Snapshot& stored, state::Date peildatum);

// The stored toewijzing a JW317 class names, when a rule may use its stored values: known at the gemeente,
// of the scope and not verwijderd (that one counts as never sent). nullptr otherwise; TR350 and TR351 report
// such a class, the rules that need the stored values skip it.
const state::Toewijzing* referenced_toewijzing(const state::Snapshot& stored, const model::basis::LDT_Nummer& nummer);

// Why toewijzing `nummer` is no actuele toewijzing of the scope on `peildatum` (TR350, TR351), for people:
// "is bij deze gemeente niet bekend", "is beëindigd op 2026-10-31", ...; empty when it is one.
std::string why_not_actueel(const state::Snapshot& stored, const std::string& nummer, state::Date peildatum);

// "Product 45/45A04", "Product 45 zonder Code", "geen Product".
std::string describe(const std::optional<state::Product>& product);

// "ToewijzingNummer 8001, Product 45/45A04, Begindatum 2026-11-02": a key as people read it in an explanation.
std::string describe(const state::StartKey& key);
std::string describe(const state::StopKey& key);
std::string describe(state::Date date);

// The logical key of a StartProduct or StopProduct (ijw-spec §2.6).
inline state::StartKey key_of(const model::jw305::StartProduct& start) { return state::start_key_of(start); }
inline state::StopKey key_of(const model::jw307::StopProduct& stop) { return state::stop_key_of(stop); }

// Which StartProducten or StopProducten a rule judges: those that add (StatusAanlevering 1) or those that
// delete (3, TR063: judged only by TR063 and TR071).
enum class Aanlevering { Toevoegen, Verwijderen };

// The loop of the start and stop rules: `check(position, klasse, key)` for each class of `classes` of the
// kind `which`, with its 1-based position among them (the position Working::starts_before takes).
template <class Klasse, class Check>
void for_each_class(const std::vector<Klasse>& classes, Aanlevering which, Check check) {
  for (std::size_t i = 0; i < classes.size(); ++i) {
    if (state::deletes(classes[i].StatusAanlevering) != (which == Aanlevering::Verwijderen)) continue;
    check(i + 1, classes[i], key_of(classes[i]));
  }
}

// TR413, TR414 and TR415 compare the stops of one delivery as their rule texts name it: the same
// ToewijzingNummer and Begindatum (NULL-safe; the Bsn is the scope). Product is not named, so not compared.
bool same_toewijzing_and_begindatum(const state::StartKey& a, const state::StartKey& b);

}  // namespace ijw::rules::berichtoverstijgend
