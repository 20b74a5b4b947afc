// TR074 (9074): a new start or stop (StatusAanlevering 1) must not repeat the logical key of a not deleted
// earlier one; a StopProduct's key includes RedenBeeindiging and Einddatum (3.2).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

const state::StartKey kBaseStart{"8001", state::Product{"45", "45A04"}, 2026y / November / 2};
const state::StopKey kBaseStop{kBaseStart, "31", 2026y / November / 18};

state::Snapshot stored_with(std::vector<state::Start> starts, std::vector<state::Stop> stops = {}) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.starts = std::move(starts);
  stored.stops = std::move(stops);
  return stored;
}

state::Start start_of(state::StartKey key) { return {std::move(key), 2026y / November / 1}; }
state::Stop stop_of(state::StopKey key) { return {std::move(key), 2026y / November / 1}; }

TEST(TR074, AStartWithTheKeyOfAnEarlierStartIsRefusedOnTheStartProduct) {
  const auto findings = run_rule_on_state("TR074", base_message("JW305"), stored_with({start_of(kBaseStart)}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR074");
  EXPECT_EQ(findings[0].retourcode, "9074");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StartProducten/StartProduct[1]");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StartProduct, not the Header";
}

TEST(TR074, AStartWithANewKeyPasses) {
  EXPECT_TRUE(run_rule_on_state("TR074", base_message("JW305"), stored_with({})).empty());
}

TEST(TR074, AnotherBegindatumIsAnotherKey) {
  auto other_day = kBaseStart;
  other_day.begindatum = 2026y / November / 3;
  EXPECT_TRUE(run_rule_on_state("TR074", base_message("JW305"), stored_with({start_of(other_day)})).empty());
}

TEST(TR074, ATaakgerichteStartComparesItsAbsentToewijzingNummerNullSafely) {
  auto taakgericht = kBaseStart;
  taakgericht.toewijzing_nummer.reset();
  const auto message =
      replace_once(base_message("JW305"), "<jw305:ToewijzingNummer>8001</jw305:ToewijzingNummer>", "");
  EXPECT_EQ(run_rule_on_state("TR074", message, stored_with({start_of(taakgericht)})).size(), 1u);
  EXPECT_TRUE(run_rule_on_state("TR074", message, stored_with({start_of(kBaseStart)})).empty());
}

TEST(TR074, AStopWithTheKeyOfAnEarlierStopIsRefusedOnTheStopProduct) {
  const auto findings =
      run_rule_on_state("TR074", base_message("JW307"), stored_with({start_of(kBaseStart)}, {stop_of(kBaseStop)}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9074");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR074, AStopDifferingOnlyInRedenBeeindigingHasAnotherKey) {
  auto temporary = kBaseStop;
  temporary.reden_beeindiging = "20";
  EXPECT_TRUE(
      run_rule_on_state("TR074", base_message("JW307"), stored_with({start_of(kBaseStart)}, {stop_of(temporary)}))
          .empty());
}

TEST(TR074, ADeletionIsNotChecked) {
  const auto deleting =
      replace_once(base_message("JW305"), "<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<");
  EXPECT_TRUE(run_rule_on_state("TR074", deleting, stored_with({start_of(kBaseStart)})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
