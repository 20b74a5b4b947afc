// TR352 (0001): a VOW has at least one OngewijzigdProduct or TeWijzigenProduct (JW317). The base has one
// OngewijzigdProduct and one NieuwProduct.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kTeWijzigen =
    "<jw317:TeWijzigenProducten><jw317:TeWijzigenProduct><jw317:ToewijzingNummer>8001</jw317:ToewijzingNummer>"
    "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum></jw317:TeWijzigenProduct>"
    "</jw317:TeWijzigenProducten>";

// `xml` without the element `tag` (which occurs once), start tag to end tag.
std::string without(std::string xml, std::string_view tag) {
  const auto begin = xml.find("<" + std::string(tag) + ">");
  const std::string close = "</" + std::string(tag) + ">";
  const auto end = xml.find(close);
  EXPECT_NE(end, std::string::npos) << "no " << tag;
  if (begin == std::string::npos || end == std::string::npos) return xml;
  return xml.erase(begin, end + close.size() - begin);
}

TEST(TR352, OnlyNieuwProductIsRefused) {
  const auto findings = run_rule("TR352", without(base_message("JW317"), "jw317:OngewijzigdeProducten"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR352");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek");
}

TEST(TR352, OneOngewijzigdProductPasses) {  // the base message
  EXPECT_TRUE(run_rule("TR352", base_message("JW317")).empty());
}

TEST(TR352, OneTeWijzigenProductAlonePasses) {  // boundary: a single class of the other kind
  const auto xml =
      replace_once(without(without(base_message("JW317"), "jw317:NieuweProducten"), "jw317:OngewijzigdeProducten"),
                   "<jw317:RedenVerzoek>2</jw317:RedenVerzoek>",
                   "<jw317:RedenVerzoek>2</jw317:RedenVerzoek>" + std::string(kTeWijzigen));
  EXPECT_TRUE(run_rule("TR352", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
