// CD005 (0001): in the Adres of a Contact (JW301), LandCode is filled when Postcode is, and empty
// otherwise.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kPostcode = "<ijw:Postcode>5911AB</ijw:Postcode>";
constexpr std::string_view kLandCode = "<ijw:LandCode>NL</ijw:LandCode>";

void expect_one(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD005");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD005, PostcodeWithoutLandCodeIsRefused) {
  const auto findings = run_rule("CD005", replace_once(base_message("JW301"), kLandCode, ""));
  expect_one(findings, "/Bericht/Client/Contactgegevens/Contact[1]/Adres/LandCode");
  EXPECT_NE(findings[0].explanation.find("5911AB"), std::string::npos);
}

TEST(CD005, LandCodeWithoutPostcodeIsRefused) {  // the "anders leeg laten" half
  expect_one(run_rule("CD005", replace_once(base_message("JW301"), kPostcode, "")),
             "/Bericht/Client/Contactgegevens/Contact[1]/Adres/LandCode");
}

TEST(CD005, RelatieAdresIsChecked) {
  const auto xml = replace_once(base_message("JW301"), "<jw301:Telefoon>",
                                "<jw301:Adres><ijw:Postcode>1000AA</ijw:Postcode></jw301:Adres><jw301:Telefoon>");
  expect_one(run_rule("CD005", xml), "/Bericht/Client/Relaties/Relatie[1]/Contact/Adres/LandCode");
}

TEST(CD005, AdresWithNeitherPostcodeNorLandCodePasses) {  // boundary: both empty
  const auto xml = replace_once(replace_once(base_message("JW301"), kPostcode, ""), kLandCode, "");
  EXPECT_TRUE(run_rule("CD005", xml).empty());
}

TEST(CD005, ForeignPostcodeWithLandCodePasses) {
  const auto xml = replace_once(replace_once(base_message("JW301"), kPostcode, "<ijw:Postcode>B-1000</ijw:Postcode>"),
                                kLandCode, "<ijw:LandCode>BE</ijw:LandCode>");
  EXPECT_TRUE(run_rule("CD005", xml).empty());
}

TEST(CD005, ContactWithoutAdresPasses) { EXPECT_TRUE(run_rule("CD005", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
