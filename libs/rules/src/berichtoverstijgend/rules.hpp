#pragma once
// Level 3, berichtoverstijgend: rules that judge a message against the stored state (Context::state), one
// file per rule, in two families: the start and stop rules (JW305, JW307) and the toewijzing and verzoek
// rules (JW301, JW315, JW317, and TR056 on every heenbericht). Each family registers its rules in
// register_<family>.cpp.

#include <memory>

#include "ijw/rules/registry.hpp"
#include "ijw/rules/rule.hpp"

namespace ijw::rules {

void register_start_stop_rules(Registry& registry);
void register_toewijzing_verzoek_rules(Registry& registry);

// The start and stop family.
std::unique_ptr<Rule> make_TR063();

// The toewijzing and verzoek family.

}  // namespace ijw::rules
