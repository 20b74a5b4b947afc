// CD034 (0001): the Adres of a Contact (JW301) with Soort 01 (BRP-adres) or 03 (verblijfadres) contains a
// Postcode. A Contact without Adres is not checked (decision: the condition is on Postcode inside Adres).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW301 with the client's Contact of Soort `soort` and its Adres without Postcode (and LandCode).
std::string client_adres_without_postcode(std::string_view soort) {
  auto xml = replace_once(base_message("JW301"), "<jw301:Soort>01</jw301:Soort>\r\n\t\t\t\t<jw301:Adres>",
                          "<jw301:Soort>" + std::string(soort) + "</jw301:Soort><jw301:Adres>");
  xml = replace_once(xml, "<ijw:Postcode>5911AB</ijw:Postcode>", "");
  return replace_once(xml, "<ijw:LandCode>NL</ijw:LandCode>", "");
}

void expect_one(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD034");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD034, BrpAdresWithoutPostcodeIsRefused) {
  expect_one(run_rule("CD034", client_adres_without_postcode("01")),
             "/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode");
}

TEST(CD034, VerblijfadresWithoutPostcodeIsRefused) {
  expect_one(run_rule("CD034", client_adres_without_postcode("03")),
             "/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode");
}

TEST(CD034, RelatieBrpAdresWithoutPostcodeIsRefused) {
  const auto xml = replace_once(base_message("JW301"), "<jw301:Telefoon>",
                                "<jw301:Adres><ijw:Huis><ijw:Huisnummer>4</ijw:Huisnummer></ijw:Huis></jw301:Adres>"
                                "<jw301:Telefoon>");
  expect_one(run_rule("CD034", xml), "/Bericht/Client/Relaties/Relatie[1]/Contact/Adres/Postcode");
}

TEST(CD034, CorrespondentieAdresWithoutPostcodePasses) {  // boundary: 02 and 04 do not require it
  EXPECT_TRUE(run_rule("CD034", client_adres_without_postcode("02")).empty());
  EXPECT_TRUE(run_rule("CD034", client_adres_without_postcode("04")).empty());
}

TEST(CD034, BrpContactWithoutAdresPasses) {  // decision: the base Relatie's Contact (Soort 01, Telefoon only)
  EXPECT_TRUE(run_rule("CD034", base_message("JW301")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
