#pragma once
// What the level-3 rules share: the working state from the context, and the paths of the classes they
// judge. A level-3 finding names its berichtklasse (Finding::klasse) so the retour carries the code there.

#include <string>

#include "ijw/rules/rule.hpp"
#include "ijw/state/changes.hpp"

namespace ijw::rules::berichtoverstijgend {

// The stored state with this message applied; throws std::logic_error when the rule runs without a store.
const state::Working& working_state(const Context& context, std::string_view rule_id);

std::string start_product_path(std::size_t position);  // "/Bericht/Client/StartProducten/StartProduct[2]"
std::string stop_product_path(std::size_t position);

// "ToewijzingNummer 8001, Product 45/45A04, Begindatum 2026-11-02": a key as people read it in an explanation.
std::string describe(const state::StartKey& key);
std::string describe(const state::StopKey& key);
std::string describe(state::Date date);

}  // namespace ijw::rules::berichtoverstijgend
