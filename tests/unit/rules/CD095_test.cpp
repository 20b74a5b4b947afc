// CD095 (0001): JW315 AangevraagdProduct.Omvang must be empty when Product.Code is empty (Product absent
// included) and ToewijzingEinddatum is after 2020-12-31 or empty.

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

// The base JW315 with its Omvang kept, its Product without Code, running from 2020-07-01 to `einddatum`
// (empty: open-ended).
std::string aspecifiek_with_omvang(std::string_view einddatum) {
  auto xml = replace_once(base_message("JW315"), "<ijw:Code>45A04</ijw:Code>", "");
  xml = replace_once(xml, "<jw315:ToewijzingIngangsdatum>2026-12-01</jw315:ToewijzingIngangsdatum>",
                     "<jw315:ToewijzingIngangsdatum>2020-07-01</jw315:ToewijzingIngangsdatum>");
  return replace_once(
      xml, "<jw315:ToewijzingEinddatum>2027-05-31</jw315:ToewijzingEinddatum>",
      einddatum.empty() ? "" : "<jw315:ToewijzingEinddatum>" + std::string(einddatum) + "</jw315:ToewijzingEinddatum>");
}

constexpr std::string_view kPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang";

void expect_one_finding(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD095");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, kPath);
}

TEST(CD095, AspecifiekWithOmvangEndingAfter2020IsRefused) {
  const auto findings = run_rule("CD095", aspecifiek_with_omvang("2021-01-01"));  // boundary: the first day after
  expect_one_finding(findings);
  EXPECT_NE(findings[0].explanation.find("2021-01-01"), std::string::npos);
}

TEST(CD095, AspecifiekWithOmvangWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD095", aspecifiek_with_omvang("")));
}

TEST(CD095, GeneriekWithOmvangIsRefused) {  // no Product means no Code either
  const auto xml = replace_element(base_message("JW315"), "<jw315:Product>", "</jw315:Product>", "");
  expect_one_finding(run_rule("CD095", xml));
}

TEST(CD095, AspecifiekWithOmvangEndingOn20201231Passes) {  // boundary: not after 31-12-2020
  EXPECT_TRUE(run_rule("CD095", aspecifiek_with_omvang("2020-12-31")).empty());
}

TEST(CD095, SpecifiekWithOmvangPasses) { EXPECT_TRUE(run_rule("CD095", base_message("JW315")).empty()); }

TEST(CD095, AspecifiekWithoutOmvangPasses) {
  const auto xml = replace_element(aspecifiek_with_omvang(""), "<jw315:Omvang>", "</jw315:Omvang>", "");
  EXPECT_TRUE(run_rule("CD095", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
