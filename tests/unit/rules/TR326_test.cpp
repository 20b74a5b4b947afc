// TR326 (9326): a new start for a toegewezen product is refused while another start for that ToewijzingNummer
// is actueel (not deleted and no stop with its key); the message's own deletions count first.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// The base start is 8001 from 2026-11-02; the earlier delivery of 8001 began 2026-10-01.
const state::StartKey kEarlierStart{"8001", state::Product{"45", "45A04"}, 2026y / October / 1};

state::Snapshot stored_with(std::vector<state::StartKey> starts, std::vector<state::StopKey> stops = {}) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  for (auto& key : starts) stored.starts.push_back({std::move(key), 2026y / November / 1});
  for (auto& key : stops) stored.stops.push_back({std::move(key), 2026y / November / 1});
  return stored;
}

state::StopKey stop_of(state::StartKey start, std::string reden) {
  return {std::move(start), std::move(reden), 2026y / October / 20};
}

// A StartProduct of 8001 (45A04) from `begindatum` with `status`.
std::string start_product(std::string_view nummer, std::string_view begindatum, std::string_view status) {
  return "<jw305:StartProduct><jw305:ToewijzingNummer>" + std::string(nummer) +
         "</jw305:ToewijzingNummer><jw305:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A04</ijw:Code>"
         "</jw305:Product><jw305:ToewijzingIngangsdatum>2026-11-01</jw305:ToewijzingIngangsdatum>"
         "<jw305:Begindatum>" +
         std::string(begindatum) + "</jw305:Begindatum><jw305:StatusAanlevering>" + std::string(status) +
         "</jw305:StatusAanlevering></jw305:StartProduct>";
}

std::string jw305_with(const std::vector<std::string>& classes) {
  std::string joined;
  for (const auto& klasse : classes) joined += klasse;
  return replace_element(base_message("JW305"), "<jw305:StartProduct>", "</jw305:StartProduct>", joined);
}

TEST(TR326, AStartWhileAnotherStartOfTheToewijzingIsActueelIsRefusedOnTheStartProduct) {
  const auto findings = run_rule_on_state("TR326", base_message("JW305"), stored_with({kEarlierStart}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR326");
  EXPECT_EQ(findings[0].retourcode, "9326");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StartProducten/StartProduct[1]/ToewijzingNummer");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StartProduct, not the Header";
}

TEST(TR326, TheFirstStartOfAToewijzingPasses) {
  EXPECT_TRUE(run_rule_on_state("TR326", base_message("JW305"), stored_with({})).empty());
}

TEST(TR326, ATemporaryStopEndsTheActueelStart) {
  EXPECT_TRUE(
      run_rule_on_state("TR326", base_message("JW305"), stored_with({kEarlierStart}, {stop_of(kEarlierStart, "20")}))
          .empty());
}

TEST(TR326, ADefinitiveStopEndsTheActueelStart) {
  EXPECT_TRUE(
      run_rule_on_state("TR326", base_message("JW305"), stored_with({kEarlierStart}, {stop_of(kEarlierStart, "31")}))
          .empty());
}

TEST(TR326, OnlyAStopWithTheStartsKeyEndsIt) {
  auto other_start = kEarlierStart;
  other_start.begindatum = 2026y / September / 1;
  EXPECT_EQ(
      run_rule_on_state("TR326", base_message("JW305"), stored_with({kEarlierStart}, {stop_of(other_start, "31")}))
          .size(),
      1u);
}

TEST(TR326, AnActueelStartOfAnotherToegewezenProductDoesNotCount) {
  auto other_toewijzing = kEarlierStart;
  other_toewijzing.toewijzing_nummer = "8002";
  EXPECT_TRUE(run_rule_on_state("TR326", base_message("JW305"), stored_with({other_toewijzing})).empty());
}

TEST(TR326, DeletingTheActueelStartInTheSameMessageAllowsTheNewOne) {
  const auto message = jw305_with({start_product("8001", "2026-10-01", "3"), start_product("8001", "2026-11-02", "1")});
  EXPECT_TRUE(run_rule_on_state("TR326", message, stored_with({kEarlierStart})).empty());
}

TEST(TR326, AnEarlierStartInTheSameMessageIsActueelForTheNextOne) {
  const auto message = jw305_with({start_product("8001", "2026-10-01", "1"), start_product("8001", "2026-11-02", "1")});
  const auto findings = run_rule_on_state("TR326", message, stored_with({}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer");
}

TEST(TR326, ATaakgerichteStartIsNotChecked) {
  auto taakgericht = kEarlierStart;
  taakgericht.toewijzing_nummer.reset();
  const auto message =
      replace_once(base_message("JW305"), "<jw305:ToewijzingNummer>8001</jw305:ToewijzingNummer>", "");
  EXPECT_TRUE(run_rule_on_state("TR326", message, stored_with({taakgericht})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
