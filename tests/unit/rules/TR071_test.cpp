// TR071 (9071): a start cannot be deleted (StatusAanlevering 3) while a not deleted stop, temporary or
// definitive, carries its key.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

const state::StartKey kBaseStart{"8001", state::Product{"45", "45A04"}, 2026y / November / 2};

state::Snapshot with_start_and_stops(std::vector<state::Stop> stops) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.starts.push_back({kBaseStart, 2026y / November / 1});
  stored.stops = std::move(stops);
  return stored;
}

state::Stop stop_of(state::StartKey start, std::string reden) {
  return {{std::move(start), std::move(reden), 2026y / November / 18}, 2026y / November / 1};
}

std::string deleting_start() {
  return replace_once(base_message("JW305"), "<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<");
}

TEST(TR071, DeletingAStartThatHasADefinitiveStopIsRefusedOnTheStartProduct) {
  const auto findings = run_rule_on_state("TR071", deleting_start(), with_start_and_stops({stop_of(kBaseStart, "31")}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR071");
  EXPECT_EQ(findings[0].retourcode, "9071");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StartProduct, not the Header";
}

TEST(TR071, DeletingAStartThatHasATemporaryStopIsRefused) {
  EXPECT_EQ(run_rule_on_state("TR071", deleting_start(), with_start_and_stops({stop_of(kBaseStart, "20")})).size(),
            1u);
}

TEST(TR071, DeletingAStartWithoutStopPasses) {
  EXPECT_TRUE(run_rule_on_state("TR071", deleting_start(), with_start_and_stops({})).empty());
}

TEST(TR071, OnlyAStopWithTheStartsKeyBlocksTheDeletion) {
  auto other_start = kBaseStart;
  other_start.begindatum = 2026y / October / 1;
  EXPECT_TRUE(run_rule_on_state("TR071", deleting_start(), with_start_and_stops({stop_of(other_start, "31")})).empty());
}

TEST(TR071, ANewStartIsNotChecked) {
  EXPECT_TRUE(
      run_rule_on_state("TR071", base_message("JW305"), with_start_and_stops({stop_of(kBaseStart, "31")})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
