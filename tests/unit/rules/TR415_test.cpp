// TR415 (9415): after a definitive stop (RedenBeeindiging other than 20) of a delivery (same ToewijzingNummer
// and Begindatum), no further stop of it, temporary or definitive, is allowed.

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

state::StopKey stop_of(state::StartKey start, std::string reden) {
  return {std::move(start), std::move(reden), 2026y / November / 15};
}

// The base stop (8001 from 2026-11-02, ending 2026-11-18) with this RedenBeeindiging instead of 31.
std::string stop_with_reden(std::string_view reden) {
  return replace_once(base_message("JW307"), "<jw307:RedenBeeindiging>31<",
                      "<jw307:RedenBeeindiging>" + std::string(reden) + "<");
}

TEST(TR415, AStopAfterADefinitiveStopIsRefusedOnTheStopProduct) {
  const auto findings = run_rule_on_state("TR415", stop_with_reden("33"), stored_with({stop_of(kBaseStart, "31")}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR415");
  EXPECT_EQ(findings[0].retourcode, "9415");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StopProduct, not the Header";
}

TEST(TR415, ATemporaryStopAfterADefinitiveStopIsRefused) {
  EXPECT_EQ(run_rule_on_state("TR415", stop_with_reden("20"), stored_with({stop_of(kBaseStart, "31")})).size(), 1u);
}

TEST(TR415, ADefinitiveStopAfterATemporaryStopPasses) {
  EXPECT_TRUE(run_rule_on_state("TR415", stop_with_reden("31"), stored_with({stop_of(kBaseStart, "20")})).empty());
}

TEST(TR415, TheFirstStopOfADeliveryPasses) {
  EXPECT_TRUE(run_rule_on_state("TR415", base_message("JW307"), stored_with({})).empty());
}

TEST(TR415, ADefinitiveStopOfAnotherBegindatumDoesNotCount) {
  auto restarted = kBaseStart;
  restarted.begindatum = 2026y / October / 1;
  EXPECT_TRUE(run_rule_on_state("TR415", base_message("JW307"), stored_with({stop_of(restarted, "31")})).empty());
}

TEST(TR415, ADeletionIsNotChecked) {
  const auto deleting = replace_once(base_message("JW307"), "<jw307:StatusAanlevering>1<",
                                     "<jw307:StatusAanlevering>3<");
  EXPECT_TRUE(run_rule_on_state("TR415", deleting, stored_with({stop_of(kBaseStart, "31")})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
