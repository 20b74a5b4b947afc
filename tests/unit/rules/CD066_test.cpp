// CD066 (0001): a Verwijzer of Type 02-05 with a ZorgverlenerCode has no Naam (JW315 AangevraagdProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW315 (Verwijzer Type 02 with ZorgverlenerCode 01234567) with the Verwijzer replaced.
std::string with_verwijzer(std::string_view inhoud) {
  return replace_once(base_message("JW315"),
                      "<ijw:Type>02</ijw:Type>\r\n\t\t\t\t\t<ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>",
                      inhoud);
}

TEST(CD066, ZorgverlenerWithCodeAndNaamIsRefused) {
  for (const auto type : {"02", "03", "04", "05"}) {
    const auto findings = run_rule(
        "CD066",
        with_verwijzer(
            "<ijw:Type>" + std::string(type) +
            "</ijw:Type><ijw:Naam>Dr. Peters</ijw:Naam><ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>"));
    ASSERT_EQ(findings.size(), 1u) << type;
    EXPECT_EQ(findings[0].rule, "CD066");
    EXPECT_EQ(findings[0].retourcode, "0001");
    EXPECT_EQ(findings[0].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/Naam");
    EXPECT_NE(findings[0].explanation.find("Dr. Peters"), std::string::npos);
  }
}

TEST(CD066, ZorgverlenerWithCodeOnlyPasses) { EXPECT_TRUE(run_rule("CD066", base_message("JW315")).empty()); }

TEST(CD066, ZorgverlenerWithNaamOnlyPasses) {
  EXPECT_TRUE(run_rule("CD066", with_verwijzer("<ijw:Type>02</ijw:Type><ijw:Naam>Dr. Peters</ijw:Naam>")).empty());
}

TEST(CD066, GemeenteWithCodeAndNaamIsNotThisRule) {  // boundary: types outside 02-05 are CD068's
  EXPECT_TRUE(run_rule("CD066", with_verwijzer("<ijw:Type>01</ijw:Type><ijw:Naam>Venlo</ijw:Naam>"
                                               "<ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>"))
                  .empty());
}

}  // namespace
}  // namespace ijw::rules::testing
