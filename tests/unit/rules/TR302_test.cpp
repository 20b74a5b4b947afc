// TR302 (0001): ToegewezenProducten of the same product must not overlap (JW301). The base toewijzing is
// 8001, product 45/45A04, 2026-11-01 t/m 2027-04-30.

#include <gtest/gtest.h>

#include <optional>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view k45A04 =
    "<jw301:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A04</ijw:Code></jw301:Product>";
constexpr std::string_view k45A05 =
    "<jw301:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A05</ijw:Code></jw301:Product>";
constexpr std::string_view k45 = "<jw301:Product><ijw:Categorie>45</ijw:Categorie></jw301:Product>";
constexpr std::string_view k43 = "<jw301:Product><ijw:Categorie>43</ijw:Categorie></jw301:Product>";

// The base JW301 with a second toewijzing 8002 of `product` (XML, or empty for a generieke toewijzing).
std::string with_second(std::string_view product, std::string_view ingangsdatum,
                        std::optional<std::string_view> einddatum, std::string_view reden_wijziging = {}) {
  std::string second = "<jw301:ToegewezenProduct><jw301:ToewijzingNummer>8002</jw301:ToewijzingNummer>";
  second += product;
  second +=
      "<jw301:Toewijzingsdatum>2026-11-19</jw301:Toewijzingsdatum><jw301:Toewijzingstijd>10:15:00"
      "</jw301:Toewijzingstijd><jw301:Ingangsdatum>" +
      std::string(ingangsdatum) + "</jw301:Ingangsdatum>";
  if (einddatum) second += "<jw301:Einddatum>" + std::string(*einddatum) + "</jw301:Einddatum>";
  if (!reden_wijziging.empty()) {
    second += "<jw301:RedenWijziging>" + std::string(reden_wijziging) + "</jw301:RedenWijziging>";
  }
  second += product.empty() ? "<jw301:Budget>100000</jw301:Budget>"
                            : "<jw301:Omvang><ijw:Volume>1</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
                              "<ijw:Frequentie>2</ijw:Frequentie></jw301:Omvang>";
  second += "</jw301:ToegewezenProduct>";
  return replace_once(base_message("JW301"), "</jw301:ToegewezenProducten>", second + "</jw301:ToegewezenProducten>");
}

void expect_one_finding(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR302");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]");
}

TEST(TR302, SameProductStartingOnTheLastDayOfTheOtherIsRefused) {  // both days are included
  const auto findings = run_rule("TR302", with_second(k45A04, "2027-04-30", "2027-10-31"));
  expect_one_finding(findings);
  if (!findings.empty()) {
    EXPECT_NE(findings[0].explanation.find("ToegewezenProduct[1]"), std::string::npos);
  }
}

TEST(TR302, SameProductInTheAdjacentPeriodPasses) {  // boundary: starts the day after the other ends
  EXPECT_TRUE(run_rule("TR302", with_second(k45A04, "2027-05-01", "2027-10-31")).empty());
}

TEST(TR302, OpenEndedPeriodOverlapsEverythingAfterItsStart) {
  expect_one_finding(run_rule("TR302", with_second(k45A04, "2026-10-01", std::nullopt)));
}

TEST(TR302, AnotherCodePasses) {
  EXPECT_TRUE(run_rule("TR302", with_second(k45A05, "2026-12-01", "2027-03-31")).empty());
}

TEST(TR302, AspecifiekProductClashesWithItsWholeCategorie) {  // decision: same Categorie when Code is empty
  expect_one_finding(run_rule("TR302", with_second(k45, "2026-12-01", "2027-03-31")));
  EXPECT_TRUE(run_rule("TR302", with_second(k43, "2026-12-01", "2027-03-31")).empty());
}

TEST(TR302, GeneriekeToewijzingClashesWithEveryOther) {
  expect_one_finding(run_rule("TR302", with_second("", "2026-12-01", "2027-03-31")));
  EXPECT_TRUE(run_rule("TR302", with_second("", "2027-05-01", "2027-10-31")).empty());
}

TEST(TR302, VerwijderdeToewijzingIsLeftOut) {  // RedenWijziging 13 with Einddatum = Ingangsdatum
  EXPECT_TRUE(run_rule("TR302", with_second(k45A04, "2026-12-01", "2026-12-01", "13")).empty());
  EXPECT_TRUE(run_rule("TR302", with_second(k45A04, "2026-12-01", "2026-12-01", "01")).empty());
}

TEST(TR302, OneDayToewijzingThatIsNotVerwijderdCounts) {
  expect_one_finding(run_rule("TR302", with_second(k45A04, "2026-12-01", "2026-12-01")));
  expect_one_finding(run_rule("TR302", with_second(k45A04, "2026-12-01", "2026-12-01", "05")));
  expect_one_finding(run_rule("TR302", with_second(k45A04, "2026-12-01", "2026-12-02", "13")));
}

}  // namespace
}  // namespace ijw::rules::testing
