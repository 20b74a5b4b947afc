// TR349 (9349): every toewijzing of the client at this aanbieder that is actueel on the VOW's Dagtekening
// (2026-11-20 in the base) appears as OngewijzigdProduct or TeWijzigenProduct; the code goes on the Verzoek.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

state::Toewijzing toewijzing(std::string nummer, state::Date ingang, std::optional<state::Date> eind) {
  return {"0983", "12345678", "123456782", std::move(nummer), std::nullopt, state::Product{"45", "45A04"},
          2026y / November / 19, hours{10}, ingang, eind, std::nullopt, state::Omvang{3, "04", "2"}, std::nullopt};
}

const auto k8001 = toewijzing("8001", 2026y / November / 1, 2027y / April / 30);

// The base VOW names only 8001 (OngewijzigdProduct) and holds 8002 next to it.
state::Snapshot with_8002(state::Toewijzing t8002) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen = {k8001, std::move(t8002)};
  return stored;
}

TEST(TR349, AnActueleToewijzingMissingIsRefusedOnTheVerzoek) {
  const auto findings = run_rule_on_state(
      "TR349", base_message("JW317"), with_8002(toewijzing("8002", 2026y / November / 1, 2027y / April / 30)));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9349");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek");
  EXPECT_NE(findings[0].klasse.line, 0u);
  EXPECT_NE(findings[0].explanation.find("8002"), std::string::npos);
}

TEST(TR349, AToewijzingEndingOnTheDagtekeningIsStillActueel) {
  EXPECT_EQ(run_rule_on_state("TR349", base_message("JW317"),
                              with_8002(toewijzing("8002", 2026y / November / 1, 2026y / November / 20)))
                .size(),
            1u);
}

TEST(TR349, AToewijzingEndedTheDayBeforeTheDagtekeningNeedNotBeListed) {
  EXPECT_TRUE(run_rule_on_state("TR349", base_message("JW317"),
                                with_8002(toewijzing("8002", 2026y / November / 1, 2026y / November / 19)))
                  .empty());
}

TEST(TR349, AToewijzingStartingInTheFutureIsActueel) {
  EXPECT_EQ(run_rule_on_state("TR349", base_message("JW317"),
                              with_8002(toewijzing("8002", 2027y / January / 1, std::nullopt)))
                .size(),
            1u);
}

TEST(TR349, AVerwijderdeToewijzingNeedNotBeListed) {
  auto verwijderd = toewijzing("8002", 2026y / November / 1, 2026y / November / 1);
  verwijderd.reden_wijziging = "13";
  EXPECT_TRUE(run_rule_on_state("TR349", base_message("JW317"), with_8002(verwijderd)).empty());
}

TEST(TR349, AToewijzingOfAnotherAanbiederNeedNotBeListed) {
  auto elsewhere = toewijzing("8002", 2026y / November / 1, 2027y / April / 30);
  elsewhere.aanbieder = "87654321";
  EXPECT_TRUE(run_rule_on_state("TR349", base_message("JW317"), with_8002(elsewhere)).empty());
}

TEST(TR349, EveryActueleToewijzingListedAsOngewijzigdOrTeWijzigenPasses) {
  // with_te_wijzigen adds TeWijzigenProduct 8002 next to OngewijzigdProduct 8001.
  EXPECT_TRUE(run_rule_on_state("TR349", with_te_wijzigen(""),
                                with_8002(toewijzing("8002", 2026y / November / 1, 2027y / April / 30)))
                  .empty());
}

}  // namespace
}  // namespace ijw::rules::testing
