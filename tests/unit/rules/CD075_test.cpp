// CD075 (0001): Einddatum (JW315: ToewijzingEinddatum) is required when Budget is filled (JW301
// ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

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

// A JW317 with one TeWijzigenProduct holding `elements` after its ToewijzingNummer and GewensteIngangsdatum.
std::string with_te_wijzigen(std::string_view elements) {
  return replace_once(base_message("JW317"), "</jw317:OngewijzigdeProducten>",
                      "</jw317:OngewijzigdeProducten><jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>"
                      "<jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>"
                      "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>" +
                          std::string(elements) + "</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
}

// The base message of `type` ("JW301") made aspecifiek with a budget: the Product loses its Code `code`,
// a Budget replaces the Omvang.
std::string aspecifiek_met_budget(std::string_view type, std::string_view code) {
  const std::string ns = "jw" + std::string(type.substr(2));
  const auto xml = replace_once(base_message(type), "<ijw:Code>" + std::string(code) + "</ijw:Code>", "");
  return replace_element(xml, "<" + ns + ":Omvang>", "</" + ns + ":Omvang>",
                         "<" + ns + ":Budget>150000</" + ns + ":Budget>");
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD075");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD075, ToegewezenProductWithBudgetWithoutEinddatumIsRefused) {
  const auto xml =
      replace_once(aspecifiek_met_budget("JW301", "45A04"), "<jw301:Einddatum>2027-04-30</jw301:Einddatum>", "");
  const auto findings = run_rule("CD075", xml);
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum");
  EXPECT_NE(findings[0].explanation.find("150000"), std::string::npos);
}

TEST(CD075, ToegewezenProductWithBudgetAndEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD075", aspecifiek_met_budget("JW301", "45A04")).empty());
}

TEST(CD075, ToegewezenProductWithoutBudgetNeedsNoEinddatum) {  // boundary: the condition is the Budget
  auto xml = replace_once(base_message("JW301"), "<jw301:Einddatum>2027-04-30</jw301:Einddatum>", "");
  xml = replace_once(xml, "<ijw:Frequentie>2</ijw:Frequentie>", "<ijw:Frequentie>4</ijw:Frequentie>");
  EXPECT_TRUE(run_rule("CD075", xml).empty());
}

TEST(CD075, AangevraagdProductWithBudgetWithoutToewijzingEinddatumIsRefused) {
  const auto xml = replace_once(aspecifiek_met_budget("JW315", "45A04"),
                                "<jw315:ToewijzingEinddatum>2027-05-31</jw315:ToewijzingEinddatum>", "");
  expect_one_finding(run_rule("CD075", xml),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum");
}

TEST(CD075, AangevraagdProductWithBudgetAndToewijzingEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD075", aspecifiek_met_budget("JW315", "45A04")).empty());
}

TEST(CD075, NieuwProductWithBudgetWithoutEinddatumIsRefused) {
  const auto xml =
      replace_once(aspecifiek_met_budget("JW317", "45A05"), "<jw317:Einddatum>2027-05-31</jw317:Einddatum>", "");
  expect_one_finding(run_rule("CD075", xml), "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum");
}

TEST(CD075, NieuwProductWithBudgetAndEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD075", aspecifiek_met_budget("JW317", "45A05")).empty());
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
