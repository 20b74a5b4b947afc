// CD067 (0001): a Verwijzer of Type 02-05 without a ZorgverlenerCode has a Naam (JW315 AangevraagdProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_verwijzer(std::string_view inhoud) {
  return replace_once(base_message("JW315"),
                      "<ijw:Type>02</ijw:Type>\r\n\t\t\t\t\t<ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>",
                      inhoud);
}

TEST(CD067, ZorgverlenerWithoutCodeAndNaamIsRefused) {
  for (const auto type : {"02", "03", "04", "05"}) {
    const auto findings = run_rule("CD067", with_verwijzer("<ijw:Type>" + std::string(type) + "</ijw:Type>"));
    ASSERT_EQ(findings.size(), 1u) << type;
    EXPECT_EQ(findings[0].rule, "CD067");
    EXPECT_EQ(findings[0].retourcode, "0001");
    EXPECT_EQ(findings[0].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/Naam");
  }
}

TEST(CD067, ZorgverlenerWithNaamOnlyPasses) {
  EXPECT_TRUE(run_rule("CD067", with_verwijzer("<ijw:Type>05</ijw:Type><ijw:Naam>Dr. Peters</ijw:Naam>")).empty());
}

TEST(CD067, ZorgverlenerWithCodeOnlyPasses) { EXPECT_TRUE(run_rule("CD067", base_message("JW315")).empty()); }

TEST(CD067, ZelfverwijzerWithoutNaamPasses) {  // boundary: 06 is not a zorgverlener
  EXPECT_TRUE(run_rule("CD067", with_verwijzer("<ijw:Type>06</ijw:Type>")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
