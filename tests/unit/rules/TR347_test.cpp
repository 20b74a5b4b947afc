// TR347 (9347): a ReferentieAanbieder the aanbieder already used in an accepted VOT or VOW is refused, on the
// AangevraagdProduct (JW315) or the Verzoek (JW317).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

state::Snapshot in_gebruik(std::vector<std::string> referenties) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.referenties_in_gebruik = std::move(referenties);
  return stored;
}

// The base JW315 with a second AangevraagdProduct, a copy of the first with ReferentieAanbieder REF-2026-0009.
std::string two_aangevraagde_producten() {
  const auto base = base_message("JW315");
  const std::string open = "<jw315:AangevraagdProduct>";
  const std::string close = "</jw315:AangevraagdProduct>";
  const auto from = base.find(open);
  const auto to = base.find(close) + close.size();
  const auto second = replace_once(base.substr(from, to - from), "REF-2026-0001", "REF-2026-0009");
  return replace_once(base, close, close + second);
}

TEST(TR347, AVotReusingAReferenceIsRefusedOnTheAangevraagdProduct) {
  const auto findings = run_rule_on_state("TR347", base_message("JW315"), in_gebruik({"REF-2026-0001"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9347");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR347, OnlyTheAangevraagdProductWithTheUsedReferenceIsRefused) {
  const auto findings = run_rule_on_state("TR347", two_aangevraagde_producten(), in_gebruik({"REF-2026-0009"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder");
}

TEST(TR347, AVotWithNewReferencesPasses) {
  EXPECT_TRUE(run_rule_on_state("TR347", two_aangevraagde_producten(), in_gebruik({})).empty());
}

TEST(TR347, AVowReusingAReferenceIsRefusedOnTheVerzoek) {
  const auto findings = run_rule_on_state("TR347", base_message("JW317"), in_gebruik({"REF-2026-0002"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9347");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/ReferentieAanbieder");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR347, AVowWithANewReferencePasses) {
  EXPECT_TRUE(run_rule_on_state("TR347", base_message("JW317"), in_gebruik({"REF-2026-0001"})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
