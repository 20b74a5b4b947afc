// Every case in cases/ gets exactly the expected retour; every expected retour is valid to the official XSD;
// every rule of levels 2 and 4 has a case it rejects and a boundary case that passes.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ijw/retour/check.hpp"
#include "ijw/testing/oracle.hpp"

namespace ijw::retour {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

// The fixed facts of every case: receipt on 2026-11-28 (Europe/Amsterdam) and this IdentificatieRetour.
constexpr year_month_day kToday = 2026y / November / 28;
constexpr std::string_view kIdentificatieRetour = "R00000000001";
constexpr std::string_view kExpectedSuffix = ".expected.xml";

struct Case {
  std::string name;  // file stem: "TR018_einddatum_voor_begindatum", "TR018_ok_zelfde_dag"
  fs::path input;
  fs::path expected;

  // The rule a case is about: the part of its name before the first '_'.
  std::string rule() const { return name.substr(0, name.find('_')); }
  bool passes_rule() const { return name.find("_ok_") != std::string::npos; }
};

std::vector<Case> cases() {
  std::vector<Case> found;
  for (const auto& entry : fs::directory_iterator(IJW_RETOUR_CASES_DIR)) {
    const std::string file = entry.path().filename().string();
    if (entry.path().extension() != ".xml" || file.ends_with(kExpectedSuffix)) continue;
    const std::string name = entry.path().stem().string();
    found.push_back({name, entry.path(), entry.path().parent_path() / (name + std::string(kExpectedSuffix))});
  }
  std::sort(found.begin(), found.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return found;
}

std::string read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return std::move(content).str();
}

CheckResult run(const Case& c) {
  FixedIdentificatie identificatie{std::string(kIdentificatieRetour)};
  return check_heenbericht(read(c.input), rules::Context{kToday}, identificatie, validate::Validator());
}

// A readable difference: the first lines where actual and expected part.
std::string difference(const std::string& actual, const std::string& expected) {
  std::istringstream a(actual);
  std::istringstream e(expected);
  std::ostringstream out;
  std::string line_a;
  std::string line_e;
  for (int line = 1, shown = 0; shown < 8; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_e = static_cast<bool>(std::getline(e, line_e));
    if (!more_a && !more_e) break;
    if (more_a && more_e && line_a == line_e) continue;
    out << "line " << line << "\n  expected: " << (more_e ? line_e : "<end>") << "\n  actual:   "
        << (more_a ? line_a : "<end>") << "\n";
    ++shown;
  }
  return out.str();
}

class Golden : public ::testing::TestWithParam<Case> {};

TEST_P(Golden, GetsExactlyTheExpectedRetour) {
  const Case& c = GetParam();
  ASSERT_TRUE(fs::exists(c.expected)) << c.expected << " is missing; write it with tests/retour/update.sh and review it";
  const auto result = run(c);
  ASSERT_TRUE(result.retour.has_value()) << c.name << " is not XSD-valid: "
                                         << (result.level1.errors.empty() ? "" : result.level1.errors[0].text);
  const std::string expected = read(c.expected);
  EXPECT_EQ(*result.retour, expected) << difference(*result.retour, expected);

  // The retour is valid to the project's own validator, as the right message type.
  const auto report = validate::Validator().validate(*result.retour);
  EXPECT_TRUE(report.valid()) << (report.errors.empty() ? "" : report.errors[0].text);

  // A case is about the rule its name starts with: a rejecting case must be rejected by that rule.
  const bool rule_found = std::any_of(result.findings.begin(), result.findings.end(),
                                      [&](const auto& finding) { return finding.rule == c.rule(); });
  if (c.passes_rule()) {
    EXPECT_FALSE(rule_found) << c.rule() << " rejects its passing case";
  } else if (c.rule() != "accepted") {
    EXPECT_TRUE(rule_found) << c.rule() << " does not reject its case";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(cases()),
                         [](const auto& param_info) { return param_info.param.name; });

TEST(GoldenOracle, EveryExpectedRetourIsValidToTheOfficialXsd) {
  IJW_REQUIRE_ORACLE();
  std::map<std::string, std::vector<std::string>> by_message;  // retour message -> expected files
  for (const auto& c : cases()) {
    if (!fs::exists(c.expected)) continue;
    const auto report = validate::Validator().validate(read(c.expected));
    ASSERT_NE(report.message, nullptr) << c.expected;
    by_message[report.message->id].push_back(c.expected.filename().string());
  }
  ASSERT_FALSE(by_message.empty());
  for (const auto& [message, files] : by_message) {
    const auto verdicts = testing::run_xmllint(testing::xsd_dir() / (message + ".xsd"), IJW_RETOUR_CASES_DIR, files);
    for (std::size_t i = 0; i < files.size(); ++i) {
      EXPECT_TRUE(verdicts[i].valid) << files[i] << ":\n"
                                     << (verdicts[i].messages.empty() ? "" : verdicts[i].messages.front());
    }
  }
}

TEST(GoldenCatalogue, EveryStatelessRuleHasARejectingAndAPassingCase) {
  std::set<std::string> rejecting;
  std::set<std::string> passing;
  for (const auto& c : cases()) (c.passes_rule() ? passing : rejecting).insert(c.rule());
  for (const auto& rule : rules::standard_rules().rules()) {
    // Level-3 rules need stored state: their cases are the scenarios of tests/scenario.
    if (rule->level() == rules::Level::Berichtoverstijgend) continue;
    const std::string id(rule->id());
    EXPECT_TRUE(rejecting.contains(id)) << id << " has no rejecting golden case";
    EXPECT_TRUE(passing.contains(id)) << id << " has no passing golden case (" << id << "_ok_...)";
  }
}

}  // namespace
}  // namespace ijw::retour
