// TR380 (0001): NieuwProduct.GewensteIngangsdatum after the Dagtekening (JW317; Dagtekening 2026-11-20).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_gewenste_ingangsdatum(std::string_view date) {
  return replace_once(base_message("JW317"), "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>",
                      "<jw317:GewensteIngangsdatum>" + std::string(date) + "</jw317:GewensteIngangsdatum>");
}

TEST(TR380, NieuwProductStartingOnTheDagtekeningIsRefused) {  // boundary: "groter dan", so the same day fails
  const auto findings = run_rule("TR380", with_gewenste_ingangsdatum("2026-11-20"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR380");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/GewensteIngangsdatum");
  EXPECT_NE(findings[0].explanation.find("2026-11-20"), std::string::npos);
}

TEST(TR380, NieuwProductStartingInThePastIsRefused) {
  EXPECT_EQ(run_rule("TR380", with_gewenste_ingangsdatum("2026-01-01")).size(), 1u);
}

TEST(TR380, NieuwProductStartingTheDayAfterTheDagtekeningPasses) {
  EXPECT_TRUE(run_rule("TR380", with_gewenste_ingangsdatum("2026-11-21")).empty());
}

TEST(TR380, TeWijzigenProductMayStartInThePast) {  // TR357/TR373 allow it; TR380 is about NieuwProduct
  const auto xml = replace_once(
      base_message("JW317"), "<jw317:NieuweProducten>",
      "<jw317:TeWijzigenProducten><jw317:TeWijzigenProduct><jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>"
      "<jw317:GewensteIngangsdatum>2026-11-01</jw317:GewensteIngangsdatum></jw317:TeWijzigenProduct>"
      "</jw317:TeWijzigenProducten><jw317:NieuweProducten>");
  EXPECT_TRUE(run_rule("TR380", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
