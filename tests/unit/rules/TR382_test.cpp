// TR382 (9069, alias TR069): a new stop must carry the key of a not deleted start unchanged
// (ToewijzingNummer, Product, Begindatum); the start need not be actueel.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

const state::StartKey kBaseStart{"8001", state::Product{"45", "45A04"}, 2026y / November / 2};

state::Snapshot stored_with(std::vector<state::StartKey> starts, std::vector<state::StopKey> stops = {}) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  for (auto& key : starts) stored.starts.push_back({std::move(key), 2026y / November / 1});
  for (auto& key : stops) stored.stops.push_back({std::move(key), 2026y / November / 1});
  return stored;
}

TEST(TR382, AStopWithoutAStartIsRefusedWith9069OnTheStopProduct) {
  const auto findings = run_rule_on_state("TR382", base_message("JW307"), stored_with({}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR382");
  EXPECT_EQ(findings[0].retourcode, "9069");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StopProduct, not the Header";
}

TEST(TR382, AStopCarryingTheStartsKeyPasses) {
  EXPECT_TRUE(run_rule_on_state("TR382", base_message("JW307"), stored_with({kBaseStart})).empty());
}

TEST(TR382, AStopWithAnotherBegindatumThanTheStartIsRefused) {
  auto other_day = kBaseStart;
  other_day.begindatum = 2026y / November / 3;
  EXPECT_EQ(run_rule_on_state("TR382", base_message("JW307"), stored_with({other_day})).size(), 1u);
}

TEST(TR382, AStopWithAnotherProductThanTheStartIsRefused) {
  auto aspecifiek = kBaseStart;
  aspecifiek.product = state::Product{"45", std::nullopt};
  EXPECT_EQ(run_rule_on_state("TR382", base_message("JW307"), stored_with({aspecifiek})).size(), 1u);
}

TEST(TR382, AStartAlreadyStoppedTemporarilyCanStillBeStoppedDefinitively) {
  const state::StopKey temporary{kBaseStart, "20", 2026y / November / 10};
  EXPECT_TRUE(run_rule_on_state("TR382", base_message("JW307"), stored_with({kBaseStart}, {temporary})).empty());
}

TEST(TR382, ADeletionIsNotChecked) {
  const auto deleting =
      replace_once(base_message("JW307"), "<jw307:StatusAanlevering>1<", "<jw307:StatusAanlevering>3<");
  EXPECT_TRUE(run_rule_on_state("TR382", deleting, stored_with({})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
