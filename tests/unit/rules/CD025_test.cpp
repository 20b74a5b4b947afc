// CD025 (0001): an Adres (JW301 Contact) with LandCode NL contains Huis.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kHuis =
    "<ijw:Huis>\r\n\t\t\t\t\t\t<ijw:Huisnummer>12</ijw:Huisnummer>\r\n\t\t\t\t\t</ijw:Huis>";

TEST(CD025, DutchAdresWithoutHuisIsRefused) {
  const auto findings = run_rule("CD025", replace_once(base_message("JW301"), kHuis, ""));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD025");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Contactgegevens/Contact[1]/Adres/Huis");
}

TEST(CD025, DutchRelatieAdresWithoutHuisIsRefused) {
  const auto xml =
      replace_once(base_message("JW301"), "<jw301:Telefoon>",
                   "<jw301:Adres><ijw:Postcode>1000AA</ijw:Postcode><ijw:Plaatsnaam>Amsterdam</ijw:Plaatsnaam>"
                   "<ijw:LandCode>NL</ijw:LandCode></jw301:Adres><jw301:Telefoon>");
  const auto findings = run_rule("CD025", xml);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Relaties/Relatie[1]/Contact/Adres/Huis");
}

TEST(CD025, ForeignAdresWithoutHuisPasses) {  // boundary: only NL requires Huis
  const auto xml = replace_once(replace_once(base_message("JW301"), kHuis, ""), "<ijw:LandCode>NL</ijw:LandCode>",
                                "<ijw:LandCode>DE</ijw:LandCode>");
  EXPECT_TRUE(run_rule("CD025", xml).empty());
}

TEST(CD025, AdresWithoutLandCodeOrHuisPasses) {
  const auto xml = replace_once(replace_once(base_message("JW301"), kHuis, ""), "<ijw:LandCode>NL</ijw:LandCode>", "");
  EXPECT_TRUE(run_rule("CD025", xml).empty());
}

TEST(CD025, DutchAdresWithHuisPasses) { EXPECT_TRUE(run_rule("CD025", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
