// TR350 (9350): an OngewijzigdProduct names a toewijzing of the client at this aanbieder that is actueel on the
// VOW's Dagtekening (2026-11-20 in the base).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// Toewijzing 8001, the base VOW's OngewijzigdProduct, ending on `eind`.
state::Snapshot with_8001(std::optional<state::Date> eind, std::string bsn = "123456782") {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen.push_back({"0983", "12345678", std::move(bsn), "8001", std::nullopt,
                                 state::Product{"45", "45A04"}, 2026y / November / 19, hours{10},
                                 2026y / November / 1, eind, std::nullopt, state::Omvang{3, "04", "2"}, std::nullopt});
  return stored;
}

TEST(TR350, AnOngewijzigdProductOfAnEndedToewijzingIsRefusedOnThatClass) {
  const auto findings = run_rule_on_state("TR350", base_message("JW317"), with_8001(2026y / November / 19));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9350");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]/ToewijzingNummer");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR350, AToewijzingEndingOnTheDagtekeningIsActueel) {
  EXPECT_TRUE(run_rule_on_state("TR350", base_message("JW317"), with_8001(2026y / November / 20)).empty());
}

TEST(TR350, AnOpenEndedToewijzingIsActueel) {
  EXPECT_TRUE(run_rule_on_state("TR350", base_message("JW317"), with_8001(std::nullopt)).empty());
}

TEST(TR350, AVerwijderdeToewijzingIsNotActueel) {
  auto stored = with_8001(2026y / November / 1);
  stored.toewijzingen[0].reden_wijziging = "13";
  EXPECT_EQ(run_rule_on_state("TR350", base_message("JW317"), stored).size(), 1u);
}

TEST(TR350, AToewijzingOfAnotherClientIsNoActueleToewijzingOfThisOne) {
  const auto findings = run_rule_on_state("TR350", base_message("JW317"), with_8001(std::nullopt, "999990019"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].explanation.find("999990019"), std::string::npos) << "no BSN in an explanation";
}

TEST(TR350, AnUnknownToewijzingIsRefused) {
  auto stored = with_8001(std::nullopt);
  stored.toewijzingen.clear();
  EXPECT_EQ(run_rule_on_state("TR350", base_message("JW317"), stored).size(), 1u);
}

}  // namespace
}  // namespace ijw::rules::testing
