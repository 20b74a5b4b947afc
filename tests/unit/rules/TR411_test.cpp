// TR411 (9411): a TeWijzigenProduct of a specifieke toewijzing (stored Product with a Code) carries an Omvang.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// Toewijzing 8002 (the TeWijzigenProduct of with_te_wijzigen) of `product`.
state::Snapshot with_8002(std::optional<state::Product> product) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen.push_back({"0983", "12345678", "123456782", "8002", std::nullopt, std::move(product),
                                 2026y / November / 19, hours{10}, 2026y / November / 1, 2027y / May / 31,
                                 std::nullopt, std::nullopt, 500000});
  return stored;
}

const std::string kBudgetOnly = element("JW317", "Budget", "500000");

TEST(TR411, ASpecifiekeToewijzingChangedWithoutOmvangIsRefused) {
  const auto findings =
      run_rule_on_state("TR411", with_te_wijzigen(kBudgetOnly), with_8002(state::Product{"45", "45A05"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9411");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR411, ASpecifiekeToewijzingChangedWithOmvangPasses) {
  EXPECT_TRUE(run_rule_on_state("TR411", with_te_wijzigen(jw317_omvang("04", "2")),
                                with_8002(state::Product{"45", "45A05"}))
                  .empty());
}

TEST(TR411, AnAspecifiekeToewijzingNeedsNoOmvang) {
  EXPECT_TRUE(run_rule_on_state("TR411", with_te_wijzigen(kBudgetOnly), with_8002(state::Product{"45", std::nullopt})).empty());
}

TEST(TR411, AGeneriekeToewijzingNeedsNoOmvang) {
  EXPECT_TRUE(run_rule_on_state("TR411", with_te_wijzigen(kBudgetOnly), with_8002(std::nullopt)).empty());
}

TEST(TR411, AToewijzingOfAnotherAanbiederIsLeftToTR351) {
  auto stored = with_8002(state::Product{"45", "45A05"});
  stored.toewijzingen[0].aanbieder = "87654321";
  EXPECT_TRUE(run_rule_on_state("TR411", with_te_wijzigen(kBudgetOnly), stored).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
