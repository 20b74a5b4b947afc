// TR361 (9361): one product twice in a VOW only with periods that do not overlap; every class in an overlap gets
// 9361. The base VOW has OngewijzigdProduct 8001 (stored 45A04, 2026-11-01 to 2027-04-30) and NieuwProduct 45A05
// from 2026-12-01 to 2027-05-31.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

state::Toewijzing toewijzing(std::string nummer, std::optional<state::Product> product, state::Date ingang,
                             std::optional<state::Date> eind) {
  return {"0983", "12345678", "123456782", std::move(nummer), std::nullopt, std::move(product),
          2026y / November / 19, hours{10}, ingang, eind, std::nullopt, state::Omvang{3, "04", "2"}, std::nullopt};
}

const auto k8001 = toewijzing("8001", state::Product{"45", "45A04"}, 2026y / November / 1, 2027y / April / 30);

state::Snapshot with(std::vector<state::Toewijzing> toewijzingen) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen = std::move(toewijzingen);
  return stored;
}

// The base VOW with its NieuwProduct of `code` (empty: aspecifiek, Categorie 45) from `ingangsdatum`.
std::string nieuw(std::string_view code, std::string_view ingangsdatum = "2026-12-01") {
  auto xml = replace_once(base_message("JW317"), "<ijw:Code>45A05</ijw:Code>",
                          code.empty() ? "" : "<ijw:Code>" + std::string(code) + "</ijw:Code>");
  return replace_once(std::move(xml), element("JW317", "GewensteIngangsdatum", "2026-12-01"),
                      element("JW317", "GewensteIngangsdatum", ingangsdatum));
}

constexpr std::string_view kOngewijzigd = "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]";
constexpr std::string_view kTeWijzigen = "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]";
constexpr std::string_view kNieuw = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]";

void expect_overlap_of(const Findings& findings, std::string_view first, std::string_view second) {
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].retourcode, "9361");
  EXPECT_EQ(findings[0].path, first);
  EXPECT_NE(findings[0].klasse.line, 0u);
  EXPECT_EQ(findings[1].retourcode, "9361");
  EXPECT_EQ(findings[1].path, second);
}

TEST(TR361, ANieuwProductOverlappingAnOngewijzigdProductOfTheSameCodeIsRefusedOnBoth) {
  expect_overlap_of(run_rule_on_state("TR361", nieuw("45A04"), with({k8001})), kOngewijzigd, kNieuw);
}

TEST(TR361, StartingOnTheLastDayOfTheOtherPeriodOverlaps) {
  EXPECT_EQ(run_rule_on_state("TR361", nieuw("45A04", "2027-04-30"), with({k8001})).size(), 2u);
}

TEST(TR361, StartingTheDayAfterTheOtherPeriodEndsPasses) {
  EXPECT_TRUE(run_rule_on_state("TR361", nieuw("45A04", "2027-05-01"), with({k8001})).empty());
}

TEST(TR361, AnotherCodeMayOverlap) {
  EXPECT_TRUE(run_rule_on_state("TR361", base_message("JW317"), with({k8001})).empty());
}

TEST(TR361, AnAspecifiekProductClashesWithEveryProductOfItsCategorie) {
  expect_overlap_of(run_rule_on_state("TR361", nieuw(""), with({k8001})), kOngewijzigd, kNieuw);
}

TEST(TR361, ATeWijzigenProductUsesTheStoredIngangsdatumAndItsOwnEinddatum) {
  // 8002 (45A05) is stored until 2026-11-30; extended to 2027-06-30 it overlaps NieuwProduct 45A05 from 2026-12-01.
  const auto t8002 = toewijzing("8002", state::Product{"45", "45A05"}, 2026y / November / 1, 2026y / November / 30);
  const auto extended = with_te_wijzigen(element("JW317", "Einddatum", "2027-06-30"), "2026-11-25");
  expect_overlap_of(run_rule_on_state("TR361", extended, with({k8001, t8002})), kTeWijzigen, kNieuw);
  const auto kept = with_te_wijzigen(element("JW317", "Einddatum", "2026-11-30"), "2026-11-25");
  EXPECT_TRUE(run_rule_on_state("TR361", kept, with({k8001, t8002})).empty());
}

TEST(TR361, ATeWijzigenProductWithoutEinddatumIsOpenEnded) {
  const auto t8002 = toewijzing("8002", state::Product{"45", "45A05"}, 2026y / November / 1, 2026y / November / 30);
  expect_overlap_of(run_rule_on_state("TR361", with_te_wijzigen("", "2026-11-25"), with({k8001, t8002})), kTeWijzigen,
                    kNieuw);
}

TEST(TR361, AClassWhoseToewijzingIsUnknownIsLeftOut) {
  EXPECT_TRUE(run_rule_on_state("TR361", nieuw("45A04"), with({})).empty());
}

TEST(TR361, AClassWhoseToewijzingIsOfAnotherClientIsLeftOut) {
  auto other = k8001;
  other.bsn = "999990019";
  EXPECT_TRUE(run_rule_on_state("TR361", nieuw("45A04"), with({other})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
