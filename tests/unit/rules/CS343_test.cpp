// CS343 (0001): JW315 AangevraagdProduct.Omvang with Eenheid 14, 16, 83 or 84 and a ToewijzingEinddatum after
// 2020-12-31 or empty has Frequentie 2, 4 or 6 (the JW315 twin of CS338).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// A JW315 whose AangevraagdProduct has this Omvang and ToewijzingEinddatum (empty: open-ended), starting
// 2020-07-01.
std::string aangevraagd(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  return with_eenheid_frequentie(running_from_2020_07_01("JW315", einddatum), eenheid, frequentie);
}

constexpr std::string_view kPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang/Frequentie";

void expect_one_finding(const Findings& findings) { expect_one_finding_of(findings, "CS343", kPath); }

TEST(CS343, PerDagInALimitedEenheidIsRefused) {
  for (const auto eenheid : {"14", "16", "83", "84"}) {
    SCOPED_TRACE(eenheid);
    expect_one_finding(run_rule("CS343", aangevraagd(eenheid, "1", "2021-01-01")));  // boundary: the first day after
  }
  const auto findings = run_rule("CS343", aangevraagd("83", "1", "2027-05-31"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].explanation.find("ToewijzingEinddatum 2027-05-31"), std::string::npos);
}

TEST(CS343, OpenEndedPerDagInALimitedEenheidIsRefused) {
  expect_one_finding(run_rule("CS343", aangevraagd("14", "1", "")));
}

TEST(CS343, EndingOn20201231IsNotJudged) {  // boundary: not after 31-12-2020
  EXPECT_TRUE(run_rule("CS343", aangevraagd("14", "1", "2020-12-31")).empty());
}

TEST(CS343, AllowedCombinationsPass) {
  for (const auto frequentie : {"2", "4", "6"})
    EXPECT_TRUE(run_rule("CS343", aangevraagd("83", frequentie, "")).empty());
  for (const auto eenheid : {"01", "04", "82"}) EXPECT_TRUE(run_rule("CS343", aangevraagd(eenheid, "1", "")).empty());
  EXPECT_TRUE(run_rule("CS343", base_message("JW315")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
