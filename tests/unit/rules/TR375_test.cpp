// TR375 (9375): a TeWijzigenProduct of a generieke toewijzing (stored without Product) carries no Omvang when its
// own Einddatum lies after 2020-12-31 or is empty.

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
                                 2020y / July / 1, hours{10}, 2020y / July / 1, std::nullopt, std::nullopt,
                                 std::nullopt, 500000});
  return stored;
}

const std::string kOmvang = jw317_omvang("04", "2");

TEST(TR375, AGeneriekeToewijzingChangedWithOmvangIsRefused) {
  const auto findings =
      run_rule_on_state("TR375", with_te_wijzigen_ending("2027-05-31", kOmvang), with_8002(std::nullopt));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9375");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR375, AnOpenEndCountsAsAfter2020) {
  EXPECT_EQ(run_rule_on_state("TR375", with_te_wijzigen(kOmvang), with_8002(std::nullopt)).size(), 1u);
}

TEST(TR375, AnEinddatumOf31December2020LeavesTheConditionOut) {
  const auto vow = with_te_wijzigen(element("JW317", "Einddatum", "2020-12-31") + kOmvang, "2020-07-01");
  EXPECT_TRUE(run_rule_on_state("TR375", vow, with_8002(std::nullopt)).empty());
}

TEST(TR375, AGeneriekeToewijzingChangedByBudgetOnlyPasses) {
  EXPECT_TRUE(run_rule_on_state("TR375", with_te_wijzigen_ending("2027-05-31", element("JW317", "Budget", "600000")),
                                with_8002(std::nullopt))
                  .empty());
}

TEST(TR375, AnAspecifiekeToewijzingIsLeftToTR412) {
  EXPECT_TRUE(
      run_rule_on_state("TR375", with_te_wijzigen_ending("2027-05-31", kOmvang), with_8002(state::Product{"45", std::nullopt}))
          .empty());
}

}  // namespace
}  // namespace ijw::rules::testing
