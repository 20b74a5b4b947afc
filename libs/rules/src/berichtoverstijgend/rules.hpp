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
std::unique_ptr<Rule> make_TR019();
std::unique_ptr<Rule> make_TR063();
std::unique_ptr<Rule> make_TR071();
std::unique_ptr<Rule> make_TR074();
std::unique_ptr<Rule> make_TR326();
std::unique_ptr<Rule> make_TR382();
std::unique_ptr<Rule> make_TR413();
std::unique_ptr<Rule> make_TR414();
std::unique_ptr<Rule> make_TR415();

// The toewijzing and verzoek family.
std::unique_ptr<Rule> make_TR056();
std::unique_ptr<Rule> make_TR304();
std::unique_ptr<Rule> make_TR332();
std::unique_ptr<Rule> make_TR347();
std::unique_ptr<Rule> make_TR349();
std::unique_ptr<Rule> make_TR350();
std::unique_ptr<Rule> make_TR351();
std::unique_ptr<Rule> make_TR357();
std::unique_ptr<Rule> make_TR361();
std::unique_ptr<Rule> make_TR373();
std::unique_ptr<Rule> make_TR374();
std::unique_ptr<Rule> make_TR375();
std::unique_ptr<Rule> make_TR379();
std::unique_ptr<Rule> make_TR411();
std::unique_ptr<Rule> make_TR412();

}  // namespace ijw::rules
