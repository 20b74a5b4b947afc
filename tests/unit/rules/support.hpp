#pragma once
// Running one rule on a variant of a base message (tests/data/base), for the rule tests.

#include <chrono>
#include <string>
#include <string_view>

#include "ijw/rules/finding.hpp"
#include "ijw/state/state.hpp"

namespace ijw::rules::testing {

// The default "today" of the tests: after every Dagtekening of the base messages (2026-11-20).
constexpr std::chrono::year_month_day kToday{std::chrono::year{2026}, std::chrono::November, std::chrono::day{28}};

// The bytes of tests/data/base/<type>.xml ("JW305").
std::string base_message(std::string_view type);

// `text` with the only occurrence of `from` replaced by `to`; fails the test when `from` occurs other
// than once, so a test cannot silently change nothing.
std::string replace_once(std::string text, std::string_view from, std::string_view to);

// `xml` with the first element from `open` up to its `close` replaced by `with`; fails the test when there is
// no such element.
std::string replace_element(std::string xml, std::string_view open, std::string_view close, std::string_view with);

// The building blocks of the omvang-family tests (CD041, CD075-CD096, CS003, CS338, CS343), on the product class
// of the base message of `type` ("JW301" ToegewezenProduct, "JW315" AangevraagdProduct, "JW317" NieuwProduct).

// The namespace prefix of `type`: "jw301".
std::string ns(std::string_view type);

// "<jw301:Budget>150000</jw301:Budget>" for element("JW301", "Budget", "150000").
std::string element(std::string_view type, std::string_view name, std::string_view value);

// `xml` without the first element `name` of `type` ("Omvang", "Product").
std::string remove_element(std::string xml, std::string_view type, std::string_view name);

// `xml` with a Budget 150000 instead of its first Omvang.
std::string budget_instead_of_omvang(std::string xml, std::string_view type);

// The base message of `type` with a Budget 150000 after its Omvang.
std::string with_budget(std::string_view type);

// `xml` without the Code of the base product of `type` (aspecifiek).
std::string without_code(std::string xml, std::string_view type);

// The base message of `type` with its product class running from 2020-07-01 to `einddatum` (empty: open-ended).
std::string running_from_2020_07_01(std::string_view type, std::string_view einddatum);

// `xml` with the base Omvang's Eenheid 04 and Frequentie 2 replaced.
std::string with_eenheid_frequentie(std::string xml, std::string_view eenheid, std::string_view frequentie);

// A JW317 Omvang of Volume 2 with this Eenheid and Frequentie.
std::string jw317_omvang(std::string_view eenheid, std::string_view frequentie);

// The base JW317 with one TeWijzigenProduct (ToewijzingNummer 8002) wanted from `ingangsdatum`, holding
// `elements` after its GewensteIngangsdatum.
std::string with_te_wijzigen(std::string_view elements, std::string_view ingangsdatum = "2026-12-01");

// The base message of `type` with a Budget 150000 instead of its Omvang.
std::string budget_only(std::string_view type);

// with_te_wijzigen of an Einddatum `einddatum` followed by `elements`.
std::string with_te_wijzigen_ending(std::string_view einddatum, std::string_view elements);

// Checks that `findings` is the one finding of `rule` (retourcode 0001) at `path`.
void expect_one_finding_of(const Findings& findings, std::string_view rule, std::string_view path);

// Validates `xml` (it must be XSD-valid: a test of a level-2 rule needs a level-1-valid message), reads it
// into the model and runs the one rule `rule_id` of the standard registry on it.
Findings run_rule(std::string_view rule_id, const std::string& xml, std::chrono::year_month_day today = kToday);

// Runs the one level-3 rule `rule_id` on `xml` (XSD-valid) against `stored`: the state as the store would
// load it, with the message's own changes applied as the pipeline does (state::Working).
Findings run_rule_on_state(std::string_view rule_id, const std::string& xml, state::Snapshot stored,
                           std::chrono::year_month_day today = kToday);

// All level-2 findings of every rule (to prove a base message is clean, or that a change trips only one rule).
Findings run_inhoud_rules(const std::string& xml, std::chrono::year_month_day today = kToday);

}  // namespace ijw::rules::testing
