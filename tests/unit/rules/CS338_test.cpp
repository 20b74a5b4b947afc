// CS338 (0001): Omvang with Eenheid 14, 16, 83 or 84 and an Einddatum after 2020-12-31 or empty has Frequentie
// 2, 4 or 6 (JW301 ToegewezenProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS338");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

// `xml` with the Omvang's Eenheid 04 and Frequentie 2 replaced.
std::string with_omvang(std::string xml, std::string_view eenheid, std::string_view frequentie) {
  xml = replace_once(xml, "<ijw:Eenheid>04</ijw:Eenheid>", "<ijw:Eenheid>" + std::string(eenheid) + "</ijw:Eenheid>");
  return replace_once(xml, "<ijw:Frequentie>2</ijw:Frequentie>",
                      "<ijw:Frequentie>" + std::string(frequentie) + "</ijw:Frequentie>");
}

// A JW301 with this Omvang and Einddatum (empty: open-ended), starting 2020-07-01.
std::string toegewezen(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  auto xml = replace_once(base_message("JW301"), "<jw301:Ingangsdatum>2026-11-01</jw301:Ingangsdatum>",
                          "<jw301:Ingangsdatum>2020-07-01</jw301:Ingangsdatum>");
  xml = replace_once(xml, "<jw301:Einddatum>2027-04-30</jw301:Einddatum>",
                     einddatum.empty() ? "" : "<jw301:Einddatum>" + std::string(einddatum) + "</jw301:Einddatum>");
  return with_omvang(xml, eenheid, frequentie);
}

// A JW317 whose NieuwProduct has this Omvang and Einddatum (empty: open-ended), starting 2020-07-01.
std::string nieuw(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  auto xml = replace_once(base_message("JW317"), "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>",
                          "<jw317:GewensteIngangsdatum>2020-07-01</jw317:GewensteIngangsdatum>");
  xml = replace_once(xml, "<jw317:Einddatum>2027-05-31</jw317:Einddatum>",
                     einddatum.empty() ? "" : "<jw317:Einddatum>" + std::string(einddatum) + "</jw317:Einddatum>");
  return with_omvang(xml, eenheid, frequentie);
}

// A JW317 with, besides its NieuwProduct, one TeWijzigenProduct with this Omvang and Einddatum.
std::string te_wijzigen(std::string_view eenheid, std::string_view frequentie, std::string_view einddatum) {
  return replace_once(
      base_message("JW317"), "</jw317:OngewijzigdeProducten>",
      "</jw317:OngewijzigdeProducten><jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>"
      "<jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>"
      "<jw317:GewensteIngangsdatum>2020-07-01</jw317:GewensteIngangsdatum>" +
          (einddatum.empty() ? "" : "<jw317:Einddatum>" + std::string(einddatum) + "</jw317:Einddatum>") +
          "<jw317:Omvang><ijw:Volume>2</ijw:Volume><ijw:Eenheid>" + std::string(eenheid) +
          "</ijw:Eenheid><ijw:Frequentie>" + std::string(frequentie) +
          "</ijw:Frequentie></jw317:Omvang></jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
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
