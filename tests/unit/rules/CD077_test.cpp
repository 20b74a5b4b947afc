// CD077 (0001): Omvang must be empty when Budget is filled (JW301 ToegewezenProduct, JW315
// AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CD077", path);
}

TEST(CD077, ToegewezenProductWithBudgetAndOmvangIsRefused) {
  const auto findings = run_rule("CD077", with_budget("JW301"));
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang");
  EXPECT_NE(findings[0].explanation.find("Budget 150000"), std::string::npos);
}

TEST(CD077, ToegewezenProductWithBudgetOnlyPasses) {
  EXPECT_TRUE(run_rule("CD077", budget_only("JW301")).empty());
  EXPECT_TRUE(run_rule("CD077", base_message("JW301")).empty());
}

TEST(CD077, AangevraagdProductWithBudgetAndOmvangIsRefused) {
  expect_one_finding(run_rule("CD077", with_budget("JW315")),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang");
}

TEST(CD077, AangevraagdProductWithBudgetOnlyPasses) { EXPECT_TRUE(run_rule("CD077", budget_only("JW315")).empty()); }

TEST(CD077, NieuwProductWithBudgetAndOmvangIsRefused) {
  expect_one_finding(run_rule("CD077", with_budget("JW317")),
                     "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang");
}

TEST(CD077, NieuwProductWithBudgetOnlyPasses) { EXPECT_TRUE(run_rule("CD077", budget_only("JW317")).empty()); }

TEST(CD077, TeWijzigenProductWithBudgetAndOmvangIsRefused) {
  expect_one_finding(
      run_rule("CD077",
               with_te_wijzigen_ending("2027-05-31", jw317_omvang("04", "2") + "<jw317:Budget>150000</jw317:Budget>")),
      "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang");
}

TEST(CD077, TeWijzigenProductWithBudgetOnlyPasses) {
  EXPECT_TRUE(run_rule("CD077", with_te_wijzigen_ending("2027-05-31", "<jw317:Budget>150000</jw317:Budget>")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
