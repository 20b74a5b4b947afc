// TR383 (0001): ReferentieAanbieder unique per AangevraagdProduct within the message (JW315).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW315 with a second AangevraagdProduct, a copy of the first with ReferentieAanbieder `referentie`
// and another product.
std::string with_second(std::string_view referentie) {
  const auto base = base_message("JW315");
  const std::string open = "<jw315:AangevraagdProduct>";
  const std::string close = "</jw315:AangevraagdProduct>";
  const auto begin = base.find(open);
  auto copy = base.substr(begin, base.find(close) + close.size() - begin);
  copy = replace_once(copy, "REF-2026-0001", referentie);
  copy = replace_once(copy, "<ijw:Code>45A04</ijw:Code>", "<ijw:Code>45A05</ijw:Code>");
  return replace_once(base, "</jw315:AangevraagdeProducten>", copy + "</jw315:AangevraagdeProducten>");
}

TEST(TR383, RepeatedReferentieAanbiederIsRefused) {
  const auto findings = run_rule("TR383", with_second("REF-2026-0001"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR383");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder");
  EXPECT_NE(findings[0].explanation.find("REF-2026-0001"), std::string::npos);
}

TEST(TR383, DistinctReferentiesPass) {  // boundary: differing in the last character only
  EXPECT_TRUE(run_rule("TR383", with_second("REF-2026-0002")).empty());
}

TEST(TR383, OneAangevraagdProductPasses) { EXPECT_TRUE(run_rule("TR383", base_message("JW315")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
