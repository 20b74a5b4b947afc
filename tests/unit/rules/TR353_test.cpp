// TR353 (0001): a VOW has at least one TeWijzigenProduct or NieuwProduct (JW317). The base has one
// OngewijzigdProduct and one NieuwProduct.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kTeWijzigen =
    "<jw317:TeWijzigenProducten><jw317:TeWijzigenProduct><jw317:ToewijzingNummer>8001</jw317:ToewijzingNummer>"
    "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum></jw317:TeWijzigenProduct>"
    "</jw317:TeWijzigenProducten>";

std::string without_nieuwe_producten(std::string xml) {
  const auto begin = xml.find("<jw317:NieuweProducten>");
  const std::string close = "</jw317:NieuweProducten>";
  xml.erase(begin, xml.find(close) + close.size() - begin);
  return xml;
}

TEST(TR353, OnlyOngewijzigdProductIsRefused) {
  const auto findings = run_rule("TR353", without_nieuwe_producten(base_message("JW317")));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR353");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek");
}

TEST(TR353, OneNieuwProductPasses) {  // the base message
  EXPECT_TRUE(run_rule("TR353", base_message("JW317")).empty());
}

TEST(TR353, OneTeWijzigenProductWithoutNieuwProductPasses) {  // boundary: a single class of the other kind
  const auto xml = replace_once(without_nieuwe_producten(base_message("JW317")), "</jw317:OngewijzigdeProducten>",
                                "</jw317:OngewijzigdeProducten>" + std::string(kTeWijzigen));
  EXPECT_TRUE(run_rule("TR353", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
