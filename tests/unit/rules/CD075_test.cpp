// CD075 (0001): Einddatum (JW315: ToewijzingEinddatum) is required when Budget is filled (JW301
// ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base message of `type` ("JW301") made aspecifiek with a budget: the Product loses its Code, a Budget
// replaces the Omvang.
std::string aspecifiek_met_budget(std::string_view type) {
  return budget_instead_of_omvang(without_code(base_message(type), type), type);
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CD075", path);
}

TEST(CD075, ToegewezenProductWithBudgetWithoutEinddatumIsRefused) {
  const auto xml = replace_once(aspecifiek_met_budget("JW301"), "<jw301:Einddatum>2027-04-30</jw301:Einddatum>", "");
  const auto findings = run_rule("CD075", xml);
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum");
  EXPECT_NE(findings[0].explanation.find("150000"), std::string::npos);
}

TEST(CD075, ToegewezenProductWithBudgetAndEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD075", aspecifiek_met_budget("JW301")).empty());
}

TEST(CD075, ToegewezenProductWithoutBudgetNeedsNoEinddatum) {  // boundary: the condition is the Budget
  auto xml = replace_once(base_message("JW301"), "<jw301:Einddatum>2027-04-30</jw301:Einddatum>", "");
  xml = replace_once(xml, "<ijw:Frequentie>2</ijw:Frequentie>", "<ijw:Frequentie>4</ijw:Frequentie>");
  EXPECT_TRUE(run_rule("CD075", xml).empty());
}

TEST(CD075, AangevraagdProductWithBudgetWithoutToewijzingEinddatumIsRefused) {
  const auto xml = replace_once(aspecifiek_met_budget("JW315"),
                                "<jw315:ToewijzingEinddatum>2027-05-31</jw315:ToewijzingEinddatum>", "");
  expect_one_finding(run_rule("CD075", xml),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum");
}

TEST(CD075, AangevraagdProductWithBudgetAndToewijzingEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD075", aspecifiek_met_budget("JW315")).empty());
}

TEST(CD075, NieuwProductWithBudgetWithoutEinddatumIsRefused) {
  const auto xml = replace_once(aspecifiek_met_budget("JW317"), "<jw317:Einddatum>2027-05-31</jw317:Einddatum>", "");
  expect_one_finding(run_rule("CD075", xml), "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum");
}

TEST(CD075, NieuwProductWithBudgetAndEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD075", aspecifiek_met_budget("JW317")).empty());
}

TEST(CD075, TeWijzigenProductWithBudgetWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD075", with_te_wijzigen("<jw317:Budget>150000</jw317:Budget>")),
                     "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum");
}

TEST(CD075, TeWijzigenProductWithBudgetAndEinddatumPasses) {
  const auto xml = with_te_wijzigen("<jw317:Einddatum>2027-05-31</jw317:Einddatum><jw317:Budget>150000</jw317:Budget>");
  EXPECT_TRUE(run_rule("CD075", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
