// CD077 (0001): Omvang must be empty when Budget is filled (JW301 ToegewezenProduct, JW315
// AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

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
                      "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>"
                      "<jw317:Einddatum>2027-05-31</jw317:Einddatum>" +
                          std::string(elements) + "</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
}

constexpr std::string_view kOmvang =
    "<jw317:Omvang><ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>"
    "</jw317:Omvang>";

// The base message of `type` ("JW301") with a Budget after its Omvang.
std::string with_budget(std::string_view type) {
  const std::string ns = "jw" + std::string(type.substr(2));
  return replace_once(base_message(type), "</" + ns + ":Omvang>",
                      "</" + ns + ":Omvang><" + ns + ":Budget>150000</" + ns + ":Budget>");
}

// The base message of `type` with a Budget instead of its Omvang.
std::string budget_only(std::string_view type) {
  const std::string ns = "jw" + std::string(type.substr(2));
  return replace_element(base_message(type), "<" + ns + ":Omvang>", "</" + ns + ":Omvang>",
                         "<" + ns + ":Budget>150000</" + ns + ":Budget>");
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD077");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
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
  expect_one_finding(run_rule("CD077", with_te_wijzigen(std::string(kOmvang) + "<jw317:Budget>150000</jw317:Budget>")),
                     "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang");
}

TEST(CD077, TeWijzigenProductWithBudgetOnlyPasses) {
  EXPECT_TRUE(run_rule("CD077", with_te_wijzigen("<jw317:Budget>150000</jw317:Budget>")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
