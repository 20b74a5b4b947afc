// CD079 (0001): Product is required when Budget is empty (JW301 ToegewezenProduct, JW315 AangevraagdProduct,
// JW317 NieuwProduct; TeWijzigenProduct has no Product element).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// `xml` with the first element from `open` up to its `close` replaced by `with`.
std::string replace_element(std::string xml, std::string_view open, std::string_view close, std::string_view with) {
  const auto from = xml.find(open);
  const auto to = from == std::string::npos ? from : xml.find(close, from);
  EXPECT_NE(to, std::string::npos) << "not in the message: " << open;
  if (to == std::string::npos) return xml;
  return xml.replace(from, to + close.size() - from, with);
}

std::string ns(std::string_view type) { return "jw" + std::string(type.substr(2)); }

// The base message of `type` ("JW301") without its Product and without its Omvang (neither Omvang nor
// Budget: not generiek, just incomplete).
std::string without_product(std::string_view type) {
  const auto xml = replace_element(base_message(type), "<" + ns(type) + ":Product>", "</" + ns(type) + ":Product>", "");
  return replace_element(xml, "<" + ns(type) + ":Omvang>", "</" + ns(type) + ":Omvang>", "");
}

// Generiek: no Product, a Budget instead of the Omvang.
std::string generiek(std::string_view type) {
  const auto xml = replace_element(base_message(type), "<" + ns(type) + ":Product>", "</" + ns(type) + ":Product>", "");
  return replace_element(xml, "<" + ns(type) + ":Omvang>", "</" + ns(type) + ":Omvang>",
                         "<" + ns(type) + ":Budget>150000</" + ns(type) + ":Budget>");
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD079");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD079, ToegewezenProductWithoutProductAndBudgetIsRefused) {
  expect_one_finding(run_rule("CD079", without_product("JW301")),
                     "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product");
}

TEST(CD079, GeneriekToegewezenProductWithBudgetPasses) {  // boundary: no Product, but a Budget
  EXPECT_TRUE(run_rule("CD079", generiek("JW301")).empty());
  EXPECT_TRUE(run_rule("CD079", base_message("JW301")).empty());
}

TEST(CD079, AangevraagdProductWithoutProductAndBudgetIsRefused) {
  expect_one_finding(run_rule("CD079", without_product("JW315")),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Product");
}

TEST(CD079, GeneriekAangevraagdProductWithBudgetPasses) {
  EXPECT_TRUE(run_rule("CD079", generiek("JW315")).empty());
  EXPECT_TRUE(run_rule("CD079", base_message("JW315")).empty());
}

TEST(CD079, NieuwProductWithoutProductAndBudgetIsRefused) {
  expect_one_finding(run_rule("CD079", without_product("JW317")),
                     "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Product");
}

TEST(CD079, GeneriekNieuwProductWithBudgetPasses) {
  EXPECT_TRUE(run_rule("CD079", generiek("JW317")).empty());
  EXPECT_TRUE(run_rule("CD079", base_message("JW317")).empty());
}

TEST(CD079, TeWijzigenProductWithoutBudgetIsNotJudged) {  // it never has a Product of its own (IV092)
  const auto xml = replace_once(base_message("JW317"), "</jw317:OngewijzigdeProducten>",
                                "</jw317:OngewijzigdeProducten><jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>"
                                "<jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>"
                                "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>"
                                "<jw317:Einddatum>2027-05-31</jw317:Einddatum>"
                                "</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
  EXPECT_TRUE(run_rule("CD079", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
