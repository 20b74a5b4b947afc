// TR357 (9357): a TeWijzigenProduct wanted from a day on or before the Dagtekening (2026-11-20 in the base) must
// start at the stored toewijzing's Ingangsdatum (2026-11-01 here).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// Toewijzing 8002, the TeWijzigenProduct of with_te_wijzigen, from 2026-11-01 to 2027-05-31.
state::Snapshot with_8002() {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen.push_back({"0983", "12345678", "123456782", "8002", std::nullopt, state::Product{"45", "45A05"},
                                 2026y / November / 19, hours{10}, 2026y / November / 1, 2027y / May / 31,
                                 std::nullopt, state::Omvang{2, "04", "2"}, std::nullopt});
  return stored;
}

std::string wanted_from(std::string_view ingangsdatum) {
  return with_te_wijzigen(jw317_omvang("04", "2"), ingangsdatum);
}

TEST(TR357, AGewensteIngangsdatumBeforeTheDagtekeningOtherThanTheIngangsdatumIsRefused) {
  const auto findings = run_rule_on_state("TR357", wanted_from("2026-11-10"), with_8002());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9357");
  EXPECT_EQ(findings[0].path,
            "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/GewensteIngangsdatum");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR357, AGewensteIngangsdatumOnTheDagtekeningCountsToo) {
  EXPECT_EQ(run_rule_on_state("TR357", wanted_from("2026-11-20"), with_8002()).size(), 1u);
}

TEST(TR357, AGewensteIngangsdatumAfterTheDagtekeningIsFree) {
  EXPECT_TRUE(run_rule_on_state("TR357", wanted_from("2026-11-21"), with_8002()).empty());
}

TEST(TR357, APastGewensteIngangsdatumEqualToTheIngangsdatumPasses) {
  EXPECT_TRUE(run_rule_on_state("TR357", wanted_from("2026-11-01"), with_8002()).empty());
}

TEST(TR357, AnUnknownToewijzingIsLeftToTR351) {
  auto stored = with_8002();
  stored.toewijzingen.clear();
  EXPECT_TRUE(run_rule_on_state("TR357", wanted_from("2026-11-10"), stored).empty());
}

TEST(TR357, AToewijzingOfAnotherClientIsLeftToTR351) {
  auto stored = with_8002();
  stored.toewijzingen[0].bsn = "999990019";
  EXPECT_TRUE(run_rule_on_state("TR357", wanted_from("2026-11-10"), stored).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
