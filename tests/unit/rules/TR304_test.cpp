// TR304 (8187): the toewijzingen a VOW names must be of the VOW's client, and the client must have a toewijzing
// at this aanbieder and gemeente; the code goes on the Client.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

// A toewijzing of 45A04 from 2026-11-01 to 2027-04-30 of client 123456782 at aanbieder 12345678, gemeente 0983.
state::Toewijzing toewijzing(std::string nummer) {
  return {"0983", "12345678", "123456782", std::move(nummer), std::nullopt, state::Product{"45", "45A04"},
          2026y / November / 19, hours{10}, 2026y / November / 1, 2027y / April / 30, std::nullopt,
          state::Omvang{3, "04", "2"}, std::nullopt};
}

state::Snapshot with(std::vector<state::Toewijzing> toewijzingen) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen = std::move(toewijzingen);
  return stored;
}

state::Toewijzing of_other_client(std::string nummer) {
  auto other = toewijzing(std::move(nummer));
  other.bsn = "999990019";
  return other;
}

TEST(TR304, AVowNamingAToewijzingOfAnotherClientIsRefusedOnTheClient) {
  // The base VOW names 8001 as OngewijzigdProduct.
  const auto findings = run_rule_on_state("TR304", base_message("JW317"), with({of_other_client("8001")}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "8187");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Bsn");
  EXPECT_NE(findings[0].klasse.line, 0u) << "the code belongs on the Client";
  EXPECT_EQ(findings[0].explanation.find("999990019"), std::string::npos) << "no BSN in an explanation";
  EXPECT_EQ(findings[0].explanation.find("123456782"), std::string::npos) << "no BSN in an explanation";
}

TEST(TR304, ATeWijzigenProductOfAnotherClientIsRefusedToo) {
  const auto vow = with_te_wijzigen("");
  EXPECT_EQ(run_rule_on_state("TR304", vow, with({toewijzing("8001"), of_other_client("8002")})).size(), 1u);
}

TEST(TR304, AVowNamingTheClientsOwnToewijzingPasses) {
  EXPECT_TRUE(run_rule_on_state("TR304", base_message("JW317"), with({toewijzing("8001")})).empty());
}

TEST(TR304, AClientWithoutAnyToewijzingHereIsRefused) {
  EXPECT_EQ(run_rule_on_state("TR304", base_message("JW317"), with({})).size(), 1u);
}

TEST(TR304, AVerwijderdeToewijzingDoesNotCountAsOne) {
  auto verwijderd = toewijzing("8001");
  verwijderd.einddatum = verwijderd.ingangsdatum;
  verwijderd.reden_wijziging = "13";
  EXPECT_EQ(run_rule_on_state("TR304", base_message("JW317"), with({verwijderd})).size(), 1u);
}

TEST(TR304, ANumberUnknownAtTheGemeenteIsLeftToTR350) {
  EXPECT_TRUE(run_rule_on_state("TR304", base_message("JW317"), with({toewijzing("8009")})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
