// CS318 (0001): the client's NaamGebruik is not 6 (niet-natuurlijk persoon) (JW301 Client.Naam).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_naamgebruik(std::string_view voorletter, std::string_view indent, std::string_view gebruik) {
  const std::string tail =
      "<ijw:Voorletters>" + std::string(voorletter) + "</ijw:Voorletters>\r\n" + std::string(indent);
  return replace_once(base_message("JW301"), tail + "<ijw:NaamGebruik>1</ijw:NaamGebruik>",
                      tail + "<ijw:NaamGebruik>" + std::string(gebruik) + "</ijw:NaamGebruik>");
}

TEST(CS318, ClientNietNatuurlijkPersoonIsRefused) {
  const auto findings = run_rule("CS318", with_naamgebruik("L", "\t\t\t", "6"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS318");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Naam/NaamGebruik");
}

TEST(CS318, RelatieNietNatuurlijkPersoonPasses) {  // boundary: the constraint is on the client only
  EXPECT_TRUE(run_rule("CS318", with_naamgebruik("M", "\t\t\t\t\t", "6")).empty());
}

TEST(CS318, ClientNaamGebruik1Passes) { EXPECT_TRUE(run_rule("CS318", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
