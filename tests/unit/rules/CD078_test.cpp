// CD078 (0001): Budget must be empty when Omvang is filled (JW301 ToegewezenProduct, JW315
// AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CD078", path);
}

TEST(CD078, ToegewezenProductWithOmvangAndBudgetIsRefused) {
  const auto findings = run_rule("CD078", with_budget("JW301"));
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Budget");
  EXPECT_NE(findings[0].explanation.find("Budget 150000"), std::string::npos);
  EXPECT_NE(findings[0].explanation.find("Eenheid 04"), std::string::npos);
}

TEST(CD078, ToegewezenProductWithOmvangOnlyPasses) {
  EXPECT_TRUE(run_rule("CD078", base_message("JW301")).empty());
  EXPECT_TRUE(run_rule("CD078", budget_only("JW301")).empty());
}

TEST(CD078, AangevraagdProductWithOmvangAndBudgetIsRefused) {
  expect_one_finding(run_rule("CD078", with_budget("JW315")),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Budget");
}

TEST(CD078, AangevraagdProductWithOmvangOnlyPasses) {
  EXPECT_TRUE(run_rule("CD078", base_message("JW315")).empty());
  EXPECT_TRUE(run_rule("CD078", budget_only("JW315")).empty());
}

TEST(CD078, NieuwProductWithOmvangAndBudgetIsRefused) {
  expect_one_finding(run_rule("CD078", with_budget("JW317")),
                     "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Budget");
}

TEST(CD078, NieuwProductWithOmvangOnlyPasses) {
  EXPECT_TRUE(run_rule("CD078", base_message("JW317")).empty());
  EXPECT_TRUE(run_rule("CD078", budget_only("JW317")).empty());
}

TEST(CD078, TeWijzigenProductWithOmvangAndBudgetIsRefused) {
  expect_one_finding(
      run_rule("CD078",
               with_te_wijzigen_ending("2027-05-31", jw317_omvang("04", "2") + "<jw317:Budget>150000</jw317:Budget>")),
      "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Budget");
}

TEST(CD078, TeWijzigenProductWithOmvangOnlyPasses) {
  EXPECT_TRUE(run_rule("CD078", with_te_wijzigen_ending("2027-05-31", jw317_omvang("04", "2"))).empty());
  EXPECT_TRUE(run_rule("CD078", with_te_wijzigen_ending("2027-05-31", "<jw317:Budget>150000</jw317:Budget>")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
