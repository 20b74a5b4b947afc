// TR413 (9413): after a temporary stop (RedenBeeindiging 20) of a delivery (same ToewijzingNummer and
// Begindatum), a new stop of it must not be temporary again.

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

state::StopKey temporary_stop_of(state::StartKey start) { return {std::move(start), "20", 2026y / November / 10}; }

// The base stop (8001 from 2026-11-02, ending 2026-11-18) made temporary.
std::string temporary_stop() {
  return replace_once(base_message("JW307"), "<jw307:RedenBeeindiging>31<", "<jw307:RedenBeeindiging>20<");
}

// A StopProduct of 8001 (45A04) from 2026-11-02 with this RedenBeeindiging and Einddatum.
std::string stop_product(std::string_view reden, std::string_view einddatum) {
  return "<jw307:StopProduct><jw307:ToewijzingNummer>8001</jw307:ToewijzingNummer><jw307:Product>"
         "<ijw:Categorie>45</ijw:Categorie><ijw:Code>45A04</ijw:Code></jw307:Product>"
         "<jw307:ToewijzingIngangsdatum>2026-11-01</jw307:ToewijzingIngangsdatum>"
         "<jw307:Begindatum>2026-11-02</jw307:Begindatum><jw307:RedenBeeindiging>" +
         std::string(reden) + "</jw307:RedenBeeindiging><jw307:Einddatum>" + std::string(einddatum) +
         "</jw307:Einddatum><jw307:StatusAanlevering>1</jw307:StatusAanlevering></jw307:StopProduct>";
}

TEST(TR413, ASecondTemporaryStopOfADeliveryIsRefusedOnTheStopProduct) {
  const auto findings = run_rule_on_state("TR413", temporary_stop(), stored_with({temporary_stop_of(kBaseStart)}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR413");
  EXPECT_EQ(findings[0].retourcode, "9413");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]/RedenBeeindiging");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StopProduct, not the Header";
}

TEST(TR413, ADefinitiveStopAfterATemporaryOnePasses) {
  EXPECT_TRUE(run_rule_on_state("TR413", base_message("JW307"), stored_with({temporary_stop_of(kBaseStart)})).empty());
}

TEST(TR413, TheFirstTemporaryStopPasses) {
  EXPECT_TRUE(run_rule_on_state("TR413", temporary_stop(), stored_with({})).empty());
}

TEST(TR413, ATemporaryStopOfAnotherBegindatumDoesNotCount) {
  auto restarted = kBaseStart;
  restarted.begindatum = 2026y / October / 1;
  EXPECT_TRUE(run_rule_on_state("TR413", temporary_stop(), stored_with({temporary_stop_of(restarted)})).empty());
}

TEST(TR413, TheProductIsNotPartOfTheComparison) {
  auto aspecifiek = kBaseStart;
  aspecifiek.product = state::Product{"45", std::nullopt};
  EXPECT_EQ(run_rule_on_state("TR413", temporary_stop(), stored_with({temporary_stop_of(aspecifiek)})).size(), 1u);
}

TEST(TR413, ATemporaryStopEarlierInTheSameMessageCounts) {
  const auto message = replace_element(base_message("JW307"), "<jw307:StopProduct>", "</jw307:StopProduct>",
                                       stop_product("20", "2026-11-10") + stop_product("20", "2026-11-12"));
  const auto findings = run_rule_on_state("TR413", message, stored_with({}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[2]/RedenBeeindiging");
}

TEST(TR413, ADeletionIsNotChecked) {
  const auto deleting = replace_once(temporary_stop(), "<jw307:StatusAanlevering>1<", "<jw307:StatusAanlevering>3<");
  EXPECT_TRUE(run_rule_on_state("TR413", deleting, stored_with({temporary_stop_of(kBaseStart)})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
