// CD096 (0001): JW317 NieuwProduct.Omvang must be empty when Product.Code is empty (Product absent
// included) and Einddatum is after 2020-12-31 or empty.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW317 with its Omvang kept, its Product without Code, running from 2020-07-01 to `einddatum`
// (empty: open-ended).
std::string aspecifiek_with_omvang(std::string_view einddatum) {
  return without_code(running_from_2020_07_01("JW317", einddatum), "JW317");
}

constexpr std::string_view kPath = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang";

void expect_one_finding(const Findings& findings) { expect_one_finding_of(findings, "CD096", kPath); }

TEST(CD096, AspecifiekWithOmvangEndingAfter2020IsRefused) {
  const auto findings = run_rule("CD096", aspecifiek_with_omvang("2021-01-01"));  // boundary: the first day after
  expect_one_finding(findings);
  EXPECT_NE(findings[0].explanation.find("2021-01-01"), std::string::npos);
}

TEST(CD096, AspecifiekWithOmvangWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD096", aspecifiek_with_omvang("")));
}

TEST(CD096, GeneriekWithOmvangIsRefused) {  // no Product means no Code either
  const auto xml = remove_element(base_message("JW317"), "JW317", "Product");
  expect_one_finding(run_rule("CD096", xml));
}

TEST(CD096, AspecifiekWithOmvangEndingOn20201231Passes) {  // boundary: not after 31-12-2020
  EXPECT_TRUE(run_rule("CD096", aspecifiek_with_omvang("2020-12-31")).empty());
}

TEST(CD096, SpecifiekWithOmvangPasses) { EXPECT_TRUE(run_rule("CD096", base_message("JW317")).empty()); }

TEST(CD096, AspecifiekWithoutOmvangPasses) {
  const auto xml = remove_element(aspecifiek_with_omvang(""), "JW317", "Omvang");
  EXPECT_TRUE(run_rule("CD096", xml).empty());
}

TEST(CD096, TeWijzigenProductIsLeftToTR412) {  // it has no Product of its own to read a Code from
  const auto xml = with_te_wijzigen(jw317_omvang("04", "4"));
  EXPECT_TRUE(run_rule("CD096", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
