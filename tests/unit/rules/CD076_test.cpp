// CD076 (0001): Einddatum (JW315: ToewijzingEinddatum) is required when Omvang.Frequentie is 2 (per week)
// (JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base message of `type` without the end date element `end`, its Omvang per `frequentie`.
std::string open_ended(std::string_view type, std::string_view end, std::string_view frequentie) {
  return with_eenheid_frequentie(replace_once(base_message(type), end, ""), "04", frequentie);
}

constexpr std::string_view kToegewezenEind = "<jw301:Einddatum>2027-04-30</jw301:Einddatum>";
constexpr std::string_view kAangevraagdEind = "<jw315:ToewijzingEinddatum>2027-05-31</jw315:ToewijzingEinddatum>";
constexpr std::string_view kNieuwEind = "<jw317:Einddatum>2027-05-31</jw317:Einddatum>";

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CD076", path);
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
  expect_one_finding(run_rule("CD076", with_te_wijzigen(jw317_omvang("04", "2"))),
                     "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum");
}

TEST(CD076, TeWijzigenProductPerWeekWithEinddatumPasses) {
  EXPECT_TRUE(
      run_rule("CD076", with_te_wijzigen("<jw317:Einddatum>2027-05-31</jw317:Einddatum>" + jw317_omvang("04", "2")))
          .empty());
  EXPECT_TRUE(run_rule("CD076", with_te_wijzigen(jw317_omvang("04", "4"))).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
