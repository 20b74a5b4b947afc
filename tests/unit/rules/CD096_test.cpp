// CD096 (0001): JW317 NieuwProduct.Omvang must be empty when Product.Code is empty (Product absent
// included) and Einddatum is after 2020-12-31 or empty.

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

// The base JW317 with its Omvang kept, its Product without Code, running from 2020-07-01 to `einddatum`
// (empty: open-ended).
std::string aspecifiek_with_omvang(std::string_view einddatum) {
  auto xml = replace_once(base_message("JW317"), "<ijw:Code>45A05</ijw:Code>", "");
  xml = replace_once(xml, "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>",
                     "<jw317:GewensteIngangsdatum>2020-07-01</jw317:GewensteIngangsdatum>");
  return replace_once(xml, "<jw317:Einddatum>2027-05-31</jw317:Einddatum>",
                      einddatum.empty() ? "" : "<jw317:Einddatum>" + std::string(einddatum) + "</jw317:Einddatum>");
}

constexpr std::string_view kPath = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang";

void expect_one_finding(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD096");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, kPath);
}

TEST(CD096, AspecifiekWithOmvangEndingAfter2020IsRefused) {
  const auto findings = run_rule("CD096", aspecifiek_with_omvang("2021-01-01"));  // boundary: the first day after
  expect_one_finding(findings);
  EXPECT_NE(findings[0].explanation.find("2021-01-01"), std::string::npos);
}

TEST(CD096, AspecifiekWithOmvangWithoutEinddatumIsRefused) {
  expect_one_finding(run_rule("CD096", aspecifiek_with_omvang("")));
}

TEST(CD096, GeneriekWithOmvangIsRefused) {  // no Product means no Code either
  const auto xml = replace_element(base_message("JW317"), "<jw317:Product>", "</jw317:Product>", "");
  expect_one_finding(run_rule("CD096", xml));
}

TEST(CD096, AspecifiekWithOmvangEndingOn20201231Passes) {  // boundary: not after 31-12-2020
  EXPECT_TRUE(run_rule("CD096", aspecifiek_with_omvang("2020-12-31")).empty());
}

TEST(CD096, SpecifiekWithOmvangPasses) { EXPECT_TRUE(run_rule("CD096", base_message("JW317")).empty()); }

TEST(CD096, AspecifiekWithoutOmvangPasses) {
  const auto xml = replace_element(aspecifiek_with_omvang(""), "<jw317:Omvang>", "</jw317:Omvang>", "");
  EXPECT_TRUE(run_rule("CD096", xml).empty());
}

TEST(CD096, TeWijzigenProductIsLeftToTR412) {  // it has no Product of its own to read a Code from
  const auto xml = replace_once(base_message("JW317"), "</jw317:OngewijzigdeProducten>",
                                "</jw317:OngewijzigdeProducten><jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>"
                                "<jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>"
                                "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>"
                                "<jw317:Omvang><ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
                                "<ijw:Frequentie>4</ijw:Frequentie></jw317:Omvang>"
                                "</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
  EXPECT_TRUE(run_rule("CD096", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
