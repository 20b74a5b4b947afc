// CS335 (0001): RedenWijziging 13 (verwijderd) only when the ToegewezenProduct's Einddatum equals its
// Ingangsdatum (JW301).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kEinddatum = "<jw301:Einddatum>2027-04-30</jw301:Einddatum>";

// The base JW301 (Ingangsdatum 2026-11-01) with `einddatum` (the element, or "") and RedenWijziging `reden`.
std::string with(std::string_view einddatum, std::string_view reden) {
  return replace_once(
      base_message("JW301"), kEinddatum,
      std::string(einddatum) + "<jw301:RedenWijziging>" + std::string(reden) + "</jw301:RedenWijziging>");
}

void expect_one(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS335");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/RedenWijziging");
}

TEST(CS335, VerwijderdWithALaterEinddatumIsRefused) {
  const auto findings = run_rule("CS335", with(kEinddatum, "13"));
  expect_one(findings);
  EXPECT_NE(findings[0].explanation.find("2027-04-30"), std::string::npos);
}

TEST(CS335, VerwijderdOneDayAfterIngangsdatumIsRefused) {
  expect_one(run_rule("CS335", with("<jw301:Einddatum>2026-11-02</jw301:Einddatum>", "13")));
}

TEST(CS335, VerwijderdWithoutEinddatumIsRefused) { expect_one(run_rule("CS335", with("", "13"))); }

TEST(CS335, VerwijderdOnTheIngangsdatumPasses) {  // boundary: the same day
  EXPECT_TRUE(run_rule("CS335", with("<jw301:Einddatum>2026-11-01</jw301:Einddatum>", "13")).empty());
}

TEST(CS335, DatesAreComparedAsDates) {  // xs:date collapses whitespace: " 2026-11-01 " is the same day
  EXPECT_TRUE(run_rule("CS335", with("<jw301:Einddatum> 2026-11-01 </jw301:Einddatum>", "13")).empty());
}

TEST(CS335, OtherRedenWijzigingWithAnyEinddatumPasses) {
  EXPECT_TRUE(run_rule("CS335", with(kEinddatum, "14")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
