// TR006 (0001): every Contact of a JW301 (of a Relatie and of the client's Contactgegevens) has a Telefoon,
// or an Adres with Huis and Postcode, or both.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// `xml` without the element that starts with the only `<name>` and ends with the next `</name>`.
std::string without(std::string xml, const std::string& name) {
  const auto begin = xml.find("<" + name + ">");
  const auto end = xml.find("</" + name + ">", begin);
  EXPECT_NE(begin, std::string::npos) << name;
  EXPECT_EQ(xml.find("<" + name + ">", begin + 1), std::string::npos) << name << " more than once";
  if (begin == std::string::npos || end == std::string::npos) return xml;
  return xml.erase(begin, end + name.size() + 3 - begin);
}

void expect_one(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR006");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

constexpr std::string_view kAdres =
    "<jw301:Adres><ijw:Huis><ijw:Huisnummer>7</ijw:Huisnummer></ijw:Huis><ijw:Postcode>5912CD</ijw:Postcode>"
    "<ijw:LandCode>NL</ijw:LandCode></jw301:Adres>";

TEST(TR006, RelatieContactWithoutTelefoonAndAdresIsRefused) {
  const auto xml =
      replace_once(without(base_message("JW301"), "jw301:Telefoon"), "<jw301:Soort>01</jw301:Soort>\r\n\t\t\t\t\t",
                   "<jw301:Soort>01</jw301:Soort><jw301:Emailadres>m.janssen@example.nl</jw301:Emailadres>");
  expect_one(run_rule("TR006", xml), "/Bericht/Client/Relaties/Relatie[1]/Contact");
}

TEST(TR006, ClientContactWithHuisButNoPostcodeIsRefused) {
  const auto xml = replace_once(base_message("JW301"), "<ijw:Postcode>5911AB</ijw:Postcode>", "");
  const auto findings = run_rule("TR006", xml);
  expect_one(findings, "/Bericht/Client/Contactgegevens/Contact[1]");
  EXPECT_NE(findings[0].explanation.find("Postcode ontbreekt"), std::string::npos) << findings[0].explanation;
}

TEST(TR006, ClientContactWithPostcodeButNoHuisIsRefused) {
  expect_one(run_rule("TR006", without(base_message("JW301"), "ijw:Huis")),
             "/Bericht/Client/Contactgegevens/Contact[1]");
}

TEST(TR006, SecondClientContactIsNamedByItsIndex) {
  const auto xml =
      replace_once(base_message("JW301"), "</jw301:Contact>\r\n\t\t</jw301:Contactgegevens>",
                   "</jw301:Contact><jw301:Contact><jw301:Soort>02</jw301:Soort>"
                   "<jw301:Emailadres>post@example.nl</jw301:Emailadres></jw301:Contact></jw301:Contactgegevens>");
  expect_one(run_rule("TR006", xml), "/Bericht/Client/Contactgegevens/Contact[2]");
}

TEST(TR006, AdresWithHuisAndPostcodeSufficesWithoutTelefoon) {  // boundary: the address alone is enough
  const auto xml =
      replace_once(without(base_message("JW301"), "jw301:Telefoon"), "<jw301:Soort>01</jw301:Soort>\r\n\t\t\t\t\t",
                   "<jw301:Soort>01</jw301:Soort>" + std::string(kAdres));
  EXPECT_TRUE(run_rule("TR006", xml).empty());
}

TEST(TR006, TelefoonSufficesWithoutAdres) {  // boundary: the telephone alone is enough (the base Relatie)
  EXPECT_TRUE(run_rule("TR006", base_message("JW301")).empty());
}

TEST(TR006, TelefoonSufficesWithAnIncompleteAdres) {
  const auto xml = replace_once(base_message("JW301"), "<ijw:Postcode>5911AB</ijw:Postcode>", "");
  const auto with_telefoon =
      replace_once(xml, "</jw301:Adres>",
                   "</jw301:Adres><jw301:Telefoon><ijw:Telefoon01><ijw:Telefoonnummer>0771234568</ijw:Telefoonnummer>"
                   "<ijw:Landnummer>0031</ijw:Landnummer></ijw:Telefoon01></jw301:Telefoon>");
  EXPECT_TRUE(run_rule("TR006", with_telefoon).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
