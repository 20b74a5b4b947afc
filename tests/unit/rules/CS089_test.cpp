// CS089 (0001): with LandCode NL, the Postcode of an Adres (JW301 Contact) has the Dutch format: four
// digits, the first not 0, and two letters, nothing in between ("1000ZZ" in the iStandaarden XSLT).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_postcode(std::string_view postcode) {
  return replace_once(base_message("JW301"), "<ijw:Postcode>5911AB</ijw:Postcode>",
                      "<ijw:Postcode>" + std::string(postcode) + "</ijw:Postcode>");
}

void expect_refused(std::string_view postcode) {
  const auto findings = run_rule("CS089", with_postcode(postcode));
  ASSERT_EQ(findings.size(), 1u) << postcode;
  EXPECT_EQ(findings[0].rule, "CS089");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode");
  EXPECT_NE(findings[0].explanation.find(std::string(postcode)), std::string::npos);
}

TEST(CS089, PostcodeWithASpaceIsRefused) { expect_refused("5911 AB"); }

TEST(CS089, PostcodeStartingWithZeroIsRefused) { expect_refused("0911AB"); }

TEST(CS089, OtherMalformedPostcodesAreRefused) {
  for (const auto postcode : {"5911A", "5911ABC", "591AB", "59110AB", "5911A1", " 5911AB", "5911-AB"}) {
    expect_refused(postcode);
  }
}

TEST(CS089, RelatiePostcodeIsChecked) {
  const auto xml = replace_once(base_message("JW301"), "<jw301:Telefoon>",
                                "<jw301:Adres><ijw:Huis><ijw:Huisnummer>4</ijw:Huisnummer></ijw:Huis>"
                                "<ijw:Postcode>12345</ijw:Postcode><ijw:LandCode>NL</ijw:LandCode></jw301:Adres>"
                                "<jw301:Telefoon>");
  const auto findings = run_rule("CS089", xml);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Relaties/Relatie[1]/Contact/Adres/Postcode");
}

TEST(CS089, LowestAndLowercasePostcodesPass) {  // boundary: 1000AA is the smallest; letters of either case
  EXPECT_TRUE(run_rule("CS089", with_postcode("1000AA")).empty());
  EXPECT_TRUE(run_rule("CS089", with_postcode("9999zz")).empty());
}

TEST(CS089, ForeignPostcodeIsNotChecked) {
  const auto xml =
      replace_once(with_postcode("B-1000"), "<ijw:LandCode>NL</ijw:LandCode>", "<ijw:LandCode>BE</ijw:LandCode>");
  EXPECT_TRUE(run_rule("CS089", xml).empty());
}

TEST(CS089, MissingPostcodeIsLeftToCD005) {  // decision: CS089 judges the format of a Postcode that is there
  const auto xml = replace_once(base_message("JW301"), "<ijw:Postcode>5911AB</ijw:Postcode>", "");
  EXPECT_TRUE(run_rule("CS089", xml).empty());
  EXPECT_EQ(run_rule("CD005", xml).size(), 1u);
}

}  // namespace
}  // namespace ijw::rules::testing
