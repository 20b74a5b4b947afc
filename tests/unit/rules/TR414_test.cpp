// TR414 (9414): a new stop of a delivery (same ToewijzingNummer and Begindatum) that was stopped before must
// not end before the latest such stop; the same Einddatum is allowed.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

const state::StartKey kBaseStart{"8001", state::Product{"45", "45A04"}, 2026y / November / 2};

state::Snapshot stored_with(std::vector<state::StopKey> stops) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.starts.push_back({kBaseStart, 2026y / November / 1});
  for (auto& key : stops) stored.stops.push_back({std::move(key), 2026y / November / 1});
  return stored;
}

state::StopKey temporary_stop_ending(year_month_day einddatum, state::StartKey start = kBaseStart) {
  return {std::move(start), "20", einddatum};
}

// The base definitive stop (8001 from 2026-11-02) ending on `einddatum` instead of 2026-11-18.
std::string definitive_stop_ending(std::string_view einddatum) {
  return replace_once(base_message("JW307"), "<jw307:Einddatum>2026-11-18<",
                      "<jw307:Einddatum>" + std::string(einddatum) + "<");
}

TEST(TR414, AStopEndingBeforeTheEarlierStopIsRefusedOnTheStopProduct) {
  const auto findings = run_rule_on_state("TR414", definitive_stop_ending("2026-11-12"),
                                          stored_with({temporary_stop_ending(2026y / November / 15)}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR414");
  EXPECT_EQ(findings[0].retourcode, "9414");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]/Einddatum");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StopProduct, not the Header";
}

TEST(TR414, AStopEndingAfterTheEarlierStopPasses) {
  EXPECT_TRUE(run_rule_on_state("TR414", definitive_stop_ending("2026-11-18"),
                                stored_with({temporary_stop_ending(2026y / November / 15)}))
                  .empty());
}

TEST(TR414, AStopEndingOnTheEarlierStopsEinddatumPasses) {
  EXPECT_TRUE(run_rule_on_state("TR414", definitive_stop_ending("2026-11-15"),
                                stored_with({temporary_stop_ending(2026y / November / 15)}))
                  .empty());
}

TEST(TR414, OneDayBeforeTheEarlierStopsEinddatumIsRefused) {
  EXPECT_EQ(run_rule_on_state("TR414", definitive_stop_ending("2026-11-14"),
                              stored_with({temporary_stop_ending(2026y / November / 15)}))
                .size(),
            1u);
}

TEST(TR414, TheFirstStopOfADeliveryPasses) {
  EXPECT_TRUE(run_rule_on_state("TR414", definitive_stop_ending("2026-11-03"), stored_with({})).empty());
}

TEST(TR414, TheLatestEarlierStopIsTheOneWithTheGreatestEinddatum) {
  const state::StopKey definitive{kBaseStart, "31", 2026y / November / 25};
  EXPECT_EQ(run_rule_on_state("TR414", definitive_stop_ending("2026-11-18"),
                              stored_with({temporary_stop_ending(2026y / November / 10), definitive}))
                .size(),
            1u);
}

TEST(TR414, AStopOfAnotherBegindatumDoesNotCount) {
  auto restarted = kBaseStart;
  restarted.begindatum = 2026y / October / 1;
  EXPECT_TRUE(run_rule_on_state("TR414", definitive_stop_ending("2026-11-12"),
                                stored_with({temporary_stop_ending(2026y / November / 15, restarted)}))
                  .empty());
}

TEST(TR414, ADeletionIsNotChecked) {
  const auto deleting = replace_once(definitive_stop_ending("2026-11-12"), "<jw307:StatusAanlevering>1<",
                                     "<jw307:StatusAanlevering>3<");
  EXPECT_TRUE(
      run_rule_on_state("TR414", deleting, stored_with({temporary_stop_ending(2026y / November / 15)})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
