// CD095 (0001): JW315 AangevraagdProduct.Omvang must be empty when Product.Code is empty (Product absent
// included) and ToewijzingEinddatum is after 2020-12-31 or empty.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW315 with its Omvang kept, its Product without Code, running from 2020-07-01 to `einddatum`
// (empty: open-ended).
std::string aspecifiek_with_omvang(std::string_view einddatum) {
  return without_code(running_from_2020_07_01("JW315", einddatum), "JW315");
}

constexpr std::string_view kPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang";

void expect_one_finding(const Findings& findings) { expect_one_finding_of(findings, "CD095", kPath); }

TEST(CD095, AspecifiekWithOmvangEndingAfter2020IsRefused) {
  const auto findings = run_rule("CD095", aspecifiek_with_omvang("2021-01-01"));  // boundary: the first day after
  expect_one_finding(findings);
  EXPECT_NE(findings[0].explanation.find("2021-01-01"), std::string::npos);
}

TEST(CD095, AspecifiekWithOmvangWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD095", aspecifiek_with_omvang("")));
}

TEST(CD095, GeneriekWithOmvangIsRefused) {  // no Product means no Code either
  const auto xml = remove_element(base_message("JW315"), "JW315", "Product");
  expect_one_finding(run_rule("CD095", xml));
}

TEST(CD095, AspecifiekWithOmvangEndingOn20201231Passes) {  // boundary: not after 31-12-2020
  EXPECT_TRUE(run_rule("CD095", aspecifiek_with_omvang("2020-12-31")).empty());
}

TEST(CD095, SpecifiekWithOmvangPasses) { EXPECT_TRUE(run_rule("CD095", base_message("JW315")).empty()); }

TEST(CD095, AspecifiekWithoutOmvangPasses) {
  const auto xml = remove_element(aspecifiek_with_omvang(""), "JW315", "Omvang");
  EXPECT_TRUE(run_rule("CD095", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
