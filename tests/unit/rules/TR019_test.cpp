// TR019 (9019): a start or stop with a ToewijzingNummer must relate to a toewijzing the gemeente sent to this
// aanbieder for this client, and that is not verwijderd; taakgericht classes (no ToewijzingNummer) and
// deletions are not checked.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

const state::Scope kScope{"0983", "12345678", "123456782"};

// The current version of toewijzing 8001 of tests/data/base/JW301.xml, sent to the scope's aanbieder and client.
state::Toewijzing toewijzing_8001() {
  state::Toewijzing toewijzing;
  toewijzing.gemeente = kScope.gemeente;
  toewijzing.aanbieder = kScope.aanbieder;
  toewijzing.bsn = kScope.bsn;
  toewijzing.nummer = "8001";
  toewijzing.product = state::Product{"45", "45A04"};
  toewijzing.toewijzingsdatum = 2026y / October / 28;
  toewijzing.ingangsdatum = 2026y / November / 1;
  toewijzing.einddatum = 2027y / April / 30;
  return toewijzing;
}

state::Snapshot with(std::vector<state::Toewijzing> toewijzingen) {
  state::Snapshot stored;
  stored.scope = kScope;
  stored.toewijzingen = std::move(toewijzingen);
  return stored;
}

TEST(TR019, AStartForAToewijzingNummerThatWasNeverAssignedIsRefusedOnTheStartProduct) {
  const auto findings = run_rule_on_state("TR019", base_message("JW305"), with({}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR019");
  EXPECT_EQ(findings[0].retourcode, "9019");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StartProducten/StartProduct[1]/ToewijzingNummer");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the StartProduct, not the Header";
  EXPECT_EQ(findings[0].explanation.find(kScope.bsn), std::string::npos) << "no BSN in an explanation";
}

TEST(TR019, AStartForAToewijzingOfThisAanbiederAndClientPasses) {
  EXPECT_TRUE(run_rule_on_state("TR019", base_message("JW305"), with({toewijzing_8001()})).empty());
}

TEST(TR019, AStopForAToewijzingNummerThatWasNeverAssignedIsRefusedOnTheStopProduct) {
  const auto findings = run_rule_on_state("TR019", base_message("JW307"), with({}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9019");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]/ToewijzingNummer");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR019, AStopForAToewijzingOfThisAanbiederAndClientPasses) {
  EXPECT_TRUE(run_rule_on_state("TR019", base_message("JW307"), with({toewijzing_8001()})).empty());
}

TEST(TR019, AToewijzingOfAnotherClientDoesNotRelate) {
  auto other_client = toewijzing_8001();
  other_client.bsn = "999990019";
  EXPECT_EQ(run_rule_on_state("TR019", base_message("JW305"), with({other_client})).size(), 1u);
}

TEST(TR019, AToewijzingSentToAnotherAanbiederDoesNotRelate) {
  auto other_aanbieder = toewijzing_8001();
  other_aanbieder.aanbieder = "87654321";
  EXPECT_EQ(run_rule_on_state("TR019", base_message("JW305"), with({other_aanbieder})).size(), 1u);
}

TEST(TR019, AToewijzingOfAnotherGemeenteDoesNotRelate) {
  auto other_gemeente = toewijzing_8001();
  other_gemeente.gemeente = "0984";
  EXPECT_EQ(run_rule_on_state("TR019", base_message("JW305"), with({other_gemeente})).size(), 1u);
}

TEST(TR019, AVerwijderdeToewijzingCountsAsNeverSent) {
  auto verwijderd = toewijzing_8001();
  verwijderd.einddatum = verwijderd.ingangsdatum;
  verwijderd.reden_wijziging = "13";
  EXPECT_EQ(run_rule_on_state("TR019", base_message("JW305"), with({verwijderd})).size(), 1u);
}

TEST(TR019, AToewijzingEndingOnItsIngangsdatumForAnotherReasonStillRelates) {
  auto one_day = toewijzing_8001();
  one_day.einddatum = one_day.ingangsdatum;
  one_day.reden_wijziging = "08";
  EXPECT_TRUE(run_rule_on_state("TR019", base_message("JW305"), with({one_day})).empty());
}

TEST(TR019, ATaakgerichteStartWithoutToewijzingNummerIsNotChecked) {
  const auto taakgericht =
      replace_once(base_message("JW305"), "<jw305:ToewijzingNummer>8001</jw305:ToewijzingNummer>", "");
  EXPECT_TRUE(run_rule_on_state("TR019", taakgericht, with({})).empty());
}

TEST(TR019, ADeletionIsNotChecked) {
  const auto deleting =
      replace_once(base_message("JW305"), "<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<");
  EXPECT_TRUE(run_rule_on_state("TR019", deleting, with({})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
