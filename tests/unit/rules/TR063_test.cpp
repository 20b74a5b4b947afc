// TR063 (9063): a deletion (StatusAanlevering 3) needs an earlier, not deleted aanlevering with the same
// logical key for the client.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

state::Snapshot with_start(state::StartKey key) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.starts.push_back({std::move(key), 2026y / November / 1});
  return stored;
}

const state::StartKey kBaseStart{"8001", state::Product{"45", "45A04"}, 2026y / November / 2};

std::string deleting_start() {
  return replace_once(base_message("JW305"), "<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<");
}

TEST(TR063, DeletingAStartThatWasNeverSentIsRefusedOnTheStartProduct) {
  const auto findings = run_rule_on_state("TR063", deleting_start(), state::Snapshot{});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9063");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StartProduct, not the Header";
}

TEST(TR063, DeletingAStoredStartWithTheSameKeyPasses) {
  EXPECT_TRUE(run_rule_on_state("TR063", deleting_start(), with_start(kBaseStart)).empty());
}

TEST(TR063, TheKeyIncludesTheBegindatum) {
  auto other_day = kBaseStart;
  other_day.begindatum = 2026y / November / 3;
  EXPECT_EQ(run_rule_on_state("TR063", deleting_start(), with_start(other_day)).size(), 1u);
}

TEST(TR063, AnAbsentProductOnlyMatchesAnAbsentProduct) {
  auto without_product = kBaseStart;
  without_product.product.reset();
  EXPECT_EQ(run_rule_on_state("TR063", deleting_start(), with_start(without_product)).size(), 1u);
}

TEST(TR063, ANewStartNeedsNoEarlierOne) {
  EXPECT_TRUE(run_rule_on_state("TR063", base_message("JW305"), state::Snapshot{}).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
