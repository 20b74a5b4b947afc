// CD041 (0001): Omvang is required when Product.Code is filled (JW301 ToegewezenProduct, JW315
// AangevraagdProduct, JW317 NieuwProduct; not TeWijzigenProduct, which has no Product).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CD041", path);
}

TEST(CD041, ToegewezenProductWithCodeWithoutOmvangIsRefused) {
  const auto xml = remove_element(base_message("JW301"), "JW301", "Omvang");
  const auto findings = run_rule("CD041", xml);
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang");
  EXPECT_NE(findings[0].explanation.find("45A04"), std::string::npos);
}

TEST(CD041, ABudgetDoesNotReplaceTheOmvangOfASpecifiekProduct) {
  const auto xml = budget_instead_of_omvang(base_message("JW301"), "JW301");
  expect_one_finding(run_rule("CD041", xml), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang");
}

TEST(CD041, OnlyTheSecondToegewezenProductIsReported) {
  const auto second =
      "<jw301:ToegewezenProduct><jw301:ToewijzingNummer>8002</jw301:ToewijzingNummer>"
      "<jw301:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A05</ijw:Code></jw301:Product>"
      "<jw301:Toewijzingsdatum>2026-11-19</jw301:Toewijzingsdatum><jw301:Toewijzingstijd>10:15:00</"
      "jw301:Toewijzingstijd>"
      "<jw301:Ingangsdatum>2027-05-01</jw301:Ingangsdatum><jw301:Einddatum>2027-10-31</jw301:Einddatum>"
      "</jw301:ToegewezenProduct></jw301:ToegewezenProducten>";
  const auto xml = replace_once(base_message("JW301"), "</jw301:ToegewezenProducten>", second);
  expect_one_finding(run_rule("CD041", xml), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang");
}

TEST(CD041, AspecifiekToegewezenProductWithoutOmvangPasses) {  // boundary: Categorie only, no Code
  auto xml = remove_element(base_message("JW301"), "JW301", "Omvang");
  xml = replace_once(xml, "<ijw:Code>45A04</ijw:Code>", "");
  EXPECT_TRUE(run_rule("CD041", xml).empty());
}

TEST(CD041, SpecifiekToegewezenProductWithOmvangPasses) {
  EXPECT_TRUE(run_rule("CD041", base_message("JW301")).empty());
}

TEST(CD041, AangevraagdProductWithCodeWithoutOmvangIsRefused) {
  const auto xml = remove_element(base_message("JW315"), "JW315", "Omvang");
  expect_one_finding(run_rule("CD041", xml), "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang");
}

TEST(CD041, AspecifiekAangevraagdProductWithoutOmvangPasses) {
  auto xml = remove_element(base_message("JW315"), "JW315", "Omvang");
  xml = replace_once(xml, "<ijw:Code>45A04</ijw:Code>", "");
  EXPECT_TRUE(run_rule("CD041", xml).empty());
  EXPECT_TRUE(run_rule("CD041", base_message("JW315")).empty());
}

TEST(CD041, NieuwProductWithCodeWithoutOmvangIsRefused) {
  const auto xml = remove_element(base_message("JW317"), "JW317", "Omvang");
  expect_one_finding(run_rule("CD041", xml), "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang");
}

TEST(CD041, AspecifiekNieuwProductWithoutOmvangPasses) {
  auto xml = remove_element(base_message("JW317"), "JW317", "Omvang");
  xml = replace_once(xml, "<ijw:Code>45A05</ijw:Code>", "");
  EXPECT_TRUE(run_rule("CD041", xml).empty());
  EXPECT_TRUE(run_rule("CD041", base_message("JW317")).empty());
}

TEST(CD041, TeWijzigenProductWithoutOmvangIsLeftToTR411) {  // it has no Product to read a Code from
  const auto xml = with_te_wijzigen("<jw317:Einddatum>2027-05-31</jw317:Einddatum>");
  EXPECT_TRUE(run_rule("CD041", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
