// TR061 (0001): the client's Contactgegevens hold at least one Contact with Soort 01, 02 or 03 (JW301).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW301 with the client's only Contact of Soort `soort` (the Relatie's Contact keeps Soort 01).
std::string with_client_soort(std::string_view soort) {
  return replace_once(base_message("JW301"), "<jw301:Soort>01</jw301:Soort>\r\n\t\t\t\t<jw301:Adres>",
                      "<jw301:Soort>" + std::string(soort) + "</jw301:Soort><jw301:Adres>");
}

TEST(TR061, OnlyATijdelijkVerblijfadresIsRefused) {  // the Relatie's Soort 01 does not count for the client
  const auto findings = run_rule("TR061", with_client_soort("04"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR061");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Contactgegevens");
  EXPECT_NE(findings[0].explanation.find("04"), std::string::npos);
}

TEST(TR061, CorrespondentieAdresSuffices) {  // boundary: 02 counts in iJw (the iWlz rule only knew 01 and 03)
  EXPECT_TRUE(run_rule("TR061", with_client_soort("02")).empty());
}

TEST(TR061, VerblijfadresSufficesNextToATijdelijkVerblijfadres) {
  const auto xml = replace_once(with_client_soort("04"), "</jw301:Contact>\r\n\t\t</jw301:Contactgegevens>",
                                "</jw301:Contact><jw301:Contact><jw301:Soort>03</jw301:Soort>"
                                "<jw301:Emailadres>post@example.nl</jw301:Emailadres></jw301:Contact>"
                                "</jw301:Contactgegevens>");
  EXPECT_TRUE(run_rule("TR061", xml).empty());
}

TEST(TR061, BrpAdresOfTheBaseMessagePasses) { EXPECT_TRUE(run_rule("TR061", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
