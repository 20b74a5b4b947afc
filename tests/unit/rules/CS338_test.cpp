// CS338 (0001): Omvang with Eenheid 14, 16, 83 or 84 and an Einddatum after 2020-12-31 or empty has Frequentie
// 2, 4 or 6 (JW301 ToegewezenProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CS338", path);
}

// A JW301 with this Omvang and Einddatum (empty: open-ended), starting 2020-07-01.
std::string toegewezen(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  return with_eenheid_frequentie(running_from_2020_07_01("JW301", einddatum), eenheid, frequentie);
}

// A JW317 whose NieuwProduct has this Omvang and Einddatum (empty: open-ended), starting 2020-07-01.
std::string nieuw(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  return with_eenheid_frequentie(running_from_2020_07_01("JW317", einddatum), eenheid, frequentie);
}

// A JW317 with, besides its NieuwProduct, one TeWijzigenProduct with this Omvang and Einddatum.
std::string te_wijzigen(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  const std::string end = einddatum.empty() ? "" : element("JW317", "Einddatum", einddatum);
  return with_te_wijzigen(end + jw317_omvang(eenheid, frequentie), "2020-07-01");
}

constexpr std::string_view kToegewezen = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Frequentie";
constexpr std::string_view kNieuw = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang/Frequentie";
constexpr std::string_view kTeWijzigen =
    "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang/Frequentie";

TEST(CS338, ToegewezenProductPerDagInALimitedEenheidIsRefused) {
  for (const auto eenheid : {"14", "16", "83", "84"}) {
    SCOPED_TRACE(eenheid);
    expect_one_finding(run_rule("CS338", toegewezen(eenheid, "1", "2021-01-01")), kToegewezen);
  }
  const auto findings = run_rule("CS338", toegewezen("14", "1", "2027-04-30"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].explanation.find("Eenheid 14"), std::string::npos);
  EXPECT_NE(findings[0].explanation.find("Frequentie is 1"), std::string::npos);
}

TEST(CS338, OpenEndedToegewezenProductPerDagInEuroIsRefused) {
  expect_one_finding(run_rule("CS338", toegewezen("83", "1", "")), kToegewezen);
}

TEST(CS338, ToegewezenProductEndingOn20201231IsNotJudged) {  // boundary: not after 31-12-2020
  EXPECT_TRUE(run_rule("CS338", toegewezen("84", "1", "2020-12-31")).empty());
}

TEST(CS338, ToegewezenProductWithAllowedCombinationsPasses) {
  for (const auto frequentie : {"2", "4", "6"})
    EXPECT_TRUE(run_rule("CS338", toegewezen("14", frequentie, "")).empty());
  for (const auto eenheid : {"01", "04", "82"}) EXPECT_TRUE(run_rule("CS338", toegewezen(eenheid, "1", "")).empty());
}

TEST(CS338, NieuwProductPerDagInALimitedEenheidIsRefused) {
  expect_one_finding(run_rule("CS338", nieuw("16", "1", "2027-05-31")), kNieuw);
  expect_one_finding(run_rule("CS338", nieuw("16", "1", "")), kNieuw);
}

TEST(CS338, NieuwProductAllowedOrBefore2021Passes) {
  EXPECT_TRUE(run_rule("CS338", nieuw("16", "1", "2020-12-31")).empty());
  EXPECT_TRUE(run_rule("CS338", nieuw("16", "4", "2027-05-31")).empty());
  EXPECT_TRUE(run_rule("CS338", nieuw("82", "1", "2027-05-31")).empty());
}

TEST(CS338, TeWijzigenProductPerDagInALimitedEenheidIsRefused) {
  expect_one_finding(run_rule("CS338", te_wijzigen("84", "1", "")), kTeWijzigen);
  expect_one_finding(run_rule("CS338", te_wijzigen("84", "1", "2021-01-01")), kTeWijzigen);
}

TEST(CS338, TeWijzigenProductAllowedOrBefore2021Passes) {
  EXPECT_TRUE(run_rule("CS338", te_wijzigen("84", "1", "2020-12-31")).empty());
  EXPECT_TRUE(run_rule("CS338", te_wijzigen("84", "6", "")).empty());
  EXPECT_TRUE(run_rule("CS338", te_wijzigen("01", "1", "")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
