// CD079 (0001): Product is required when Budget is empty (JW301 ToegewezenProduct, JW315 AangevraagdProduct,
// JW317 NieuwProduct; TeWijzigenProduct has no Product element).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string without_product(std::string_view type) {
  return remove_element(remove_element(base_message(type), type, "Product"), type, "Omvang");
}

// Generiek: no Product, a Budget instead of the Omvang.
std::string generiek(std::string_view type) {
  return budget_instead_of_omvang(remove_element(base_message(type), type, "Product"), type);
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CD079", path);
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
  const auto xml = with_te_wijzigen("<jw317:Einddatum>2027-05-31</jw317:Einddatum>");
  EXPECT_TRUE(run_rule("CD079", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
