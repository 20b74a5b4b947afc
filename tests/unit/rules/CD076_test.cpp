// CD076 (0001): Einddatum (JW315: ToewijzingEinddatum) is required when Omvang.Frequentie is 2 (per week)
// (JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// A JW317 with one TeWijzigenProduct holding `elements` after its ToewijzingNummer and GewensteIngangsdatum.
std::string with_te_wijzigen(std::string_view elements) {
  return replace_once(base_message("JW317"), "</jw317:OngewijzigdeProducten>",
                      "</jw317:OngewijzigdeProducten><jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>"
                      "<jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>"
                      "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>" +
                          std::string(elements) + "</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
}

std::string omvang(std::string_view frequentie) {
  return "<jw317:Omvang><ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>" +
         std::string(frequentie) + "</ijw:Frequentie></jw317:Omvang>";
}

// The base message of `type` without the end date element `end`, its Omvang per `frequentie`.
std::string open_ended(std::string_view type, std::string_view end, std::string_view frequentie) {
  auto xml = replace_once(base_message(type), end, "");
  return replace_once(xml, "<ijw:Frequentie>2</ijw:Frequentie>",
                      "<ijw:Frequentie>" + std::string(frequentie) + "</ijw:Frequentie>");
}

constexpr std::string_view kToegewezenEind = "<jw301:Einddatum>2027-04-30</jw301:Einddatum>";
constexpr std::string_view kAangevraagdEind = "<jw315:ToewijzingEinddatum>2027-05-31</jw315:ToewijzingEinddatum>";
constexpr std::string_view kNieuwEind = "<jw317:Einddatum>2027-05-31</jw317:Einddatum>";

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD076");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD076, ToegewezenProductPerWeekWithoutEinddatumIsRefused) {
  const auto findings = run_rule("CD076", open_ended("JW301", kToegewezenEind, "2"));
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum");
  EXPECT_NE(findings[0].explanation.find("Frequentie 2"), std::string::npos);
}

TEST(CD076, ToegewezenProductPerMaandWithoutEinddatumPasses) {  // boundary: only Frequentie 2 needs an end
  EXPECT_TRUE(run_rule("CD076", open_ended("JW301", kToegewezenEind, "4")).empty());
}

TEST(CD076, ToegewezenProductPerWeekWithEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD076", base_message("JW301")).empty());
}

TEST(CD076, AangevraagdProductPerWeekWithoutToewijzingEinddatumIsRefused) {
  expect_one_finding(run_rule("CD076", open_ended("JW315", kAangevraagdEind, "2")),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum");
}

TEST(CD076, AangevraagdProductPerDagWithoutToewijzingEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD076", open_ended("JW315", kAangevraagdEind, "1")).empty());
  EXPECT_TRUE(run_rule("CD076", base_message("JW315")).empty());
}

TEST(CD076, NieuwProductPerWeekWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD076", open_ended("JW317", kNieuwEind, "2")),
                     "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum");
}

TEST(CD076, NieuwProductTotaalWithoutEinddatumPasses) {
  EXPECT_TRUE(run_rule("CD076", open_ended("JW317", kNieuwEind, "6")).empty());
  EXPECT_TRUE(run_rule("CD076", base_message("JW317")).empty());
}

TEST(CD076, TeWijzigenProductPerWeekWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD076", with_te_wijzigen(omvang("2"))),
                     "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum");
}

TEST(CD076, TeWijzigenProductPerWeekWithEinddatumPasses) {
  EXPECT_TRUE(
      run_rule("CD076", with_te_wijzigen("<jw317:Einddatum>2027-05-31</jw317:Einddatum>" + omvang("2"))).empty());
  EXPECT_TRUE(run_rule("CD076", with_te_wijzigen(omvang("4"))).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
