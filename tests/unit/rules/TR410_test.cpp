// TR410 (0001): NieuwProducten of the same product must not overlap (JW317). The base asks for a new
// product 45/45A05, 2026-12-01 t/m 2027-05-31.

#include <gtest/gtest.h>

#include <optional>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view k45A05 =
    "<jw317:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A05</ijw:Code></jw317:Product>";
constexpr std::string_view k45A06 =
    "<jw317:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A06</ijw:Code></jw317:Product>";
constexpr std::string_view k45 = "<jw317:Product><ijw:Categorie>45</ijw:Categorie></jw317:Product>";
constexpr std::string_view k46 = "<jw317:Product><ijw:Categorie>46</ijw:Categorie></jw317:Product>";

// The base JW317 with a second NieuwProduct of `product` (XML, or empty for a generiek verzoek).
std::string with_second(std::string_view product, std::string_view ingangsdatum,
                        std::optional<std::string_view> einddatum) {
  std::string second = "<jw317:NieuwProduct>";
  second += product;
  second += "<jw317:GewensteIngangsdatum>" + std::string(ingangsdatum) + "</jw317:GewensteIngangsdatum>";
  if (einddatum) second += "<jw317:Einddatum>" + std::string(*einddatum) + "</jw317:Einddatum>";
  second += product.empty() ? "<jw317:Budget>100000</jw317:Budget>"
                            : "<jw317:Omvang><ijw:Volume>1</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
                              "<ijw:Frequentie>4</ijw:Frequentie></jw317:Omvang>";
  second += "</jw317:NieuwProduct>";
  return replace_once(base_message("JW317"), "</jw317:NieuweProducten>", second + "</jw317:NieuweProducten>");
}

void expect_one_finding(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR410");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]");
}

TEST(TR410, SameProductStartingOnTheLastDayOfTheOtherIsRefused) {
  expect_one_finding(run_rule("TR410", with_second(k45A05, "2027-05-31", "2027-11-30")));
}

TEST(TR410, SameProductInTheAdjacentPeriodPasses) {  // boundary: starts the day after the other ends
  EXPECT_TRUE(run_rule("TR410", with_second(k45A05, "2027-06-01", "2027-11-30")).empty());
}

TEST(TR410, OpenEndedNieuwProductOverlaps) {
  expect_one_finding(run_rule("TR410", with_second(k45A05, "2026-12-15", std::nullopt)));
}

TEST(TR410, AnotherProductPasses) {
  EXPECT_TRUE(run_rule("TR410", with_second(k45A06, "2026-12-01", "2027-05-31")).empty());
  EXPECT_TRUE(run_rule("TR410", with_second(k46, "2026-12-01", "2027-05-31")).empty());
}

TEST(TR410, AspecifiekAndGeneriekNieuwProductClash) {
  expect_one_finding(run_rule("TR410", with_second(k45, "2027-01-01", "2027-03-31")));
  expect_one_finding(run_rule("TR410", with_second("", "2027-01-01", "2027-03-31")));
}

}  // namespace
}  // namespace ijw::rules::testing
