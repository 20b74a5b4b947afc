// TR332 (9332): a ToewijzingNummer the gemeente already used may only name the same toegewezen product again:
// the same client, aanbieder, Product and Ingangsdatum.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// Toewijzing 8001 as tests/data/base/JW301.xml sends it.
state::Toewijzing base_8001() {
  return {"0983", "12345678", "123456782", "8001", std::nullopt, state::Product{"45", "45A04"},
          2026y / November / 19, hours{10} + minutes{15}, 2026y / November / 1, 2027y / April / 30, std::nullopt,
          state::Omvang{3, "04", "2"}, std::nullopt};
}

state::Snapshot with(state::Toewijzing toewijzing) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen.push_back(std::move(toewijzing));
  return stored;
}

void expect_9332(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9332");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the ToegewezenProduct";
}

TEST(TR332, TheSameNumberForAnotherClientIsRefused) {
  auto other = base_8001();
  other.bsn = "999990019";
  const auto findings = run_rule_on_state("TR332", base_message("JW301"), with(other));
  expect_9332(findings);
  EXPECT_EQ(findings[0].explanation.find("999990019"), std::string::npos) << "no BSN in an explanation";
}

TEST(TR332, TheSameNumberForAnotherAanbiederIsRefused) {
  auto other = base_8001();
  other.aanbieder = "87654321";
  expect_9332(run_rule_on_state("TR332", base_message("JW301"), with(other)));
}

TEST(TR332, TheSameNumberForAnotherProductIsRefused) {
  auto other = base_8001();
  other.product = state::Product{"45", "45A05"};
  expect_9332(run_rule_on_state("TR332", base_message("JW301"), with(other)));
}

TEST(TR332, AStoredToewijzingWithoutProductIsAnotherProduct) {
  auto other = base_8001();
  other.product.reset();
  expect_9332(run_rule_on_state("TR332", base_message("JW301"), with(other)));
}

TEST(TR332, TheSameNumberWithAnotherIngangsdatumIsRefused) {
  auto other = base_8001();
  other.ingangsdatum = 2026y / November / 2;
  expect_9332(run_rule_on_state("TR332", base_message("JW301"), with(other)));
}

TEST(TR332, AnUnchangedResendPasses) {
  EXPECT_TRUE(run_rule_on_state("TR332", base_message("JW301"), with(base_8001())).empty());
}

TEST(TR332, AWijzigingOfEinddatumOmvangAndBudgetUnderTheSameNumberPasses) {
  auto earlier = base_8001();
  earlier.toewijzingsdatum = 2026y / November / 1;
  earlier.einddatum = 2027y / January / 31;
  earlier.omvang = state::Omvang{2, "04", "2"};
  earlier.budget = 100000;
  EXPECT_TRUE(run_rule_on_state("TR332", base_message("JW301"), with(earlier)).empty());
}

TEST(TR332, ANumberUnknownAtTheGemeentePasses) {
  auto stored = with(base_8001());
  stored.toewijzingen.clear();
  EXPECT_TRUE(run_rule_on_state("TR332", base_message("JW301"), stored).empty());
}

TEST(TR332, AnotherGemeenteMayUseTheNumber) {
  auto elsewhere = base_8001();
  elsewhere.gemeente = "0984";
  elsewhere.bsn = "999990019";
  EXPECT_TRUE(run_rule_on_state("TR332", base_message("JW301"), with(elsewhere)).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
