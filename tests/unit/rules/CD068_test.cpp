// CD068 (0001): a Verwijzer of a Type other than 02-05 has no ZorgverlenerCode (JW315 AangevraagdProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_verwijzer(std::string_view inhoud) {
  return replace_once(base_message("JW315"),
                      "<ijw:Type>02</ijw:Type>\r\n\t\t\t\t\t<ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>",
                      inhoud);
}

TEST(CD068, NonZorgverlenerWithCodeIsRefused) {
  for (const auto type : {"01", "06", "08"}) {
    const auto findings =
        run_rule("CD068", with_verwijzer("<ijw:Type>" + std::string(type) +
                                         "</ijw:Type><ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>"));
    ASSERT_EQ(findings.size(), 1u) << type;
    EXPECT_EQ(findings[0].rule, "CD068");
    EXPECT_EQ(findings[0].retourcode, "0001");
    EXPECT_EQ(findings[0].path,
              "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/ZorgverlenerCode");
  }
}

TEST(CD068, ZorgverlenerWithCodePasses) {  // boundary: 05 is the last type that may carry the code
  EXPECT_TRUE(
      run_rule("CD068", with_verwijzer("<ijw:Type>05</ijw:Type><ijw:ZorgverlenerCode>01234567</ijw:ZorgverlenerCode>"))
          .empty());
  EXPECT_TRUE(run_rule("CD068", base_message("JW315")).empty());
}

TEST(CD068, GemeenteWithNaamOnlyPasses) {
  EXPECT_TRUE(run_rule("CD068", with_verwijzer("<ijw:Type>01</ijw:Type><ijw:Naam>Gemeente Venlo</ijw:Naam>")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
