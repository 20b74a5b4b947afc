// TR373 (9373): a TeWijzigenProduct that changes the Budget, or an Omvang with Frequentie 6 (totaal binnen
// geldigheidsduur), must be wanted from the stored Ingangsdatum (2026-11-01 here).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// Toewijzing 8002 (the TeWijzigenProduct of with_te_wijzigen) from 2026-11-01 with this Omvang and Budget.
state::Snapshot with_8002(std::optional<state::Omvang> omvang, std::optional<std::int64_t> budget) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen.push_back({"0983", "12345678", "123456782", "8002", std::nullopt, state::Product{"45", std::nullopt},
                                 2026y / November / 19, hours{10}, 2026y / November / 1, 2027y / May / 31,
                                 std::nullopt, std::move(omvang), budget});
  return stored;
}

const std::string kBudget600000 = element("JW317", "Budget", "600000");

TEST(TR373, ABudgetChangedFromALaterDateIsRefused) {
  const auto findings =
      run_rule_on_state("TR373", with_te_wijzigen(kBudget600000, "2026-12-01"), with_8002(std::nullopt, 500000));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9373");
  EXPECT_EQ(findings[0].path,
            "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/GewensteIngangsdatum");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR373, ABudgetChangedFromTheIngangsdatumPasses) {
  EXPECT_TRUE(
      run_rule_on_state("TR373", with_te_wijzigen(kBudget600000, "2026-11-01"), with_8002(std::nullopt, 500000))
          .empty());
}

TEST(TR373, AnUnchangedBudgetFromALaterDatePasses) {
  EXPECT_TRUE(
      run_rule_on_state("TR373", with_te_wijzigen(kBudget600000, "2026-12-01"), with_8002(std::nullopt, 600000))
          .empty());
}

TEST(TR373, ABudgetWhereTheToewijzingHadNoneIsAChange) {
  EXPECT_EQ(
      run_rule_on_state("TR373", with_te_wijzigen(kBudget600000, "2026-12-01"), with_8002(std::nullopt, std::nullopt))
          .size(),
      1u);
}

TEST(TR373, ATotalOmvangChangedFromALaterDateIsRefused) {
  const auto findings = run_rule_on_state("TR373", with_te_wijzigen(jw317_omvang("01", "6"), "2026-12-01"),
                                          with_8002(state::Omvang{40, "01", "6"}, std::nullopt));
  EXPECT_EQ(findings.size(), 1u);
}

TEST(TR373, AnUnchangedTotalOmvangFromALaterDatePasses) {
  EXPECT_TRUE(run_rule_on_state("TR373", with_te_wijzigen(jw317_omvang("01", "6"), "2026-12-01"),
                                with_8002(state::Omvang{2, "01", "6"}, std::nullopt))
                  .empty());
}

TEST(TR373, AWeeklyOmvangTurnedIntoATotalIsAChangeOfTheTotal) {
  EXPECT_EQ(run_rule_on_state("TR373", with_te_wijzigen(jw317_omvang("04", "6"), "2026-12-01"),
                              with_8002(state::Omvang{2, "04", "2"}, std::nullopt))
                .size(),
            1u);
}

TEST(TR373, AWeeklyOmvangMayChangeFromALaterDate) {
  EXPECT_TRUE(run_rule_on_state("TR373", with_te_wijzigen(jw317_omvang("04", "2"), "2026-12-01"),
                                with_8002(state::Omvang{3, "04", "2"}, std::nullopt))
                  .empty());
}

TEST(TR373, AnUnknownToewijzingIsLeftToTR351) {
  auto stored = with_8002(std::nullopt, 500000);
  stored.toewijzingen[0].nummer = "8009";
  EXPECT_TRUE(run_rule_on_state("TR373", with_te_wijzigen(kBudget600000, "2026-12-01"), stored).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
