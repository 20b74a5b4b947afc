#pragma once
// Running one rule on a variant of a base message (tests/data/base), for the rule tests.

#include <chrono>
#include <string>
#include <string_view>

#include "ijw/rules/finding.hpp"

namespace ijw::rules::testing {

// The default "today" of the tests: after every Dagtekening of the base messages (2026-11-20).
constexpr std::chrono::year_month_day kToday{std::chrono::year{2026}, std::chrono::November, std::chrono::day{28}};

// The bytes of tests/data/base/<type>.xml ("JW305").
std::string base_message(std::string_view type);

// `text` with the only occurrence of `from` replaced by `to`; fails the test when `from` occurs other
// than once, so a test cannot silently change nothing.
std::string replace_once(std::string text, std::string_view from, std::string_view to);

// Validates `xml` (it must be XSD-valid: a test of a level-2 rule needs a level-1-valid message), reads it
// into the model and runs the one rule `rule_id` of the standard registry on it.
Findings run_rule(std::string_view rule_id, const std::string& xml, std::chrono::year_month_day today = kToday);

// All level-2 findings of every rule (to prove a base message is clean, or that a change trips only one rule).
Findings run_inhoud_rules(const std::string& xml, std::chrono::year_month_day today = kToday);

}  // namespace ijw::rules::testing
