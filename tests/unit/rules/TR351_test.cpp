// TR351 (9351): a TeWijzigenProduct names a toewijzing of the client at this aanbieder that is actueel on the
// VOW's Dagtekening (2026-11-20 in the base).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// with_te_wijzigen's TeWijzigenProduct names 8002; it ends on `eind`.
state::Snapshot with_8002(std::optional<state::Date> eind) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen.push_back({"0983", "12345678", "123456782", "8002", std::nullopt, state::Product{"45", "45A05"},
                                 2026y / November / 19, hours{10}, 2026y / November / 1, eind, std::nullopt,
                                 state::Omvang{2, "04", "2"}, std::nullopt});
  return stored;
}

TEST(TR351, ATeWijzigenProductOfAnEndedToewijzingIsRefusedOnThatClass) {
  const auto findings = run_rule_on_state("TR351", with_te_wijzigen(""), with_8002(2026y / November / 19));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9351");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/ToewijzingNummer");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR351, AToewijzingEndingOnTheDagtekeningMayBeChanged) {
  EXPECT_TRUE(run_rule_on_state("TR351", with_te_wijzigen(""), with_8002(2026y / November / 20)).empty());
}

TEST(TR351, AnUnknownToewijzingIsRefused) {
  auto stored = with_8002(std::nullopt);
  stored.toewijzingen.clear();
  EXPECT_EQ(run_rule_on_state("TR351", with_te_wijzigen(""), stored).size(), 1u);
}

TEST(TR351, AVowWithoutTeWijzigenProductsHasNothingToCheck) {
  EXPECT_TRUE(run_rule_on_state("TR351", base_message("JW317"), with_8002(std::nullopt)).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
