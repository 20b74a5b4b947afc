// TR386 (0001): AangevraagdProducten of the same product must not overlap (JW315). The base requests
// REF-2026-0001, product 45/45A04, 2026-12-01 t/m 2027-05-31.

#include <gtest/gtest.h>

#include <optional>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view k45A04 =
    "<jw315:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A04</ijw:Code></jw315:Product>";
constexpr std::string_view k45A05 =
    "<jw315:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A05</ijw:Code></jw315:Product>";
constexpr std::string_view k45 = "<jw315:Product><ijw:Categorie>45</ijw:Categorie></jw315:Product>";

// The base JW315 with a second AangevraagdProduct of `product` (XML, or empty for a generiek verzoek).
std::string with_second(std::string_view product, std::string_view ingangsdatum,
                        std::optional<std::string_view> einddatum) {
  std::string second = "<jw315:AangevraagdProduct><jw315:ReferentieAanbieder>REF-2026-0002</jw315:ReferentieAanbieder>";
  second += product;
  second += "<jw315:ToewijzingIngangsdatum>" + std::string(ingangsdatum) + "</jw315:ToewijzingIngangsdatum>";
  if (einddatum) second += "<jw315:ToewijzingEinddatum>" + std::string(*einddatum) + "</jw315:ToewijzingEinddatum>";
  second += product.empty() ? "<jw315:Budget>100000</jw315:Budget>"
                            : "<jw315:Omvang><ijw:Volume>1</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
                              "<ijw:Frequentie>4</ijw:Frequentie></jw315:Omvang>";
  second += "<jw315:Verwijzer><ijw:Type>06</ijw:Type></jw315:Verwijzer></jw315:AangevraagdProduct>";
  return replace_once(base_message("JW315"), "</jw315:AangevraagdeProducten>",
                      second + "</jw315:AangevraagdeProducten>");
}

void expect_one_finding(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR386");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]");
}

TEST(TR386, SameProductStartingOnTheLastDayOfTheOtherIsRefused) {
  expect_one_finding(run_rule("TR386", with_second(k45A04, "2027-05-31", "2027-11-30")));
}

TEST(TR386, SameProductInTheAdjacentPeriodPasses) {  // boundary: starts the day after the other ends
  EXPECT_TRUE(run_rule("TR386", with_second(k45A04, "2027-06-01", "2027-11-30")).empty());
}

TEST(TR386, OpenEndedRequestOverlaps) {
  expect_one_finding(run_rule("TR386", with_second(k45A04, "2027-01-01", std::nullopt)));
}

TEST(TR386, AnotherCodePasses) {
  EXPECT_TRUE(run_rule("TR386", with_second(k45A05, "2027-01-01", "2027-03-31")).empty());
}

TEST(TR386, AspecifiekAndGeneriekRequestsClash) {
  expect_one_finding(run_rule("TR386", with_second(k45, "2027-01-01", "2027-03-31")));
  expect_one_finding(run_rule("TR386", with_second("", "2027-01-01", "2027-03-31")));
}

}  // namespace
}  // namespace ijw::rules::testing
