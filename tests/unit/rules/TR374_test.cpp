// TR374 (9374): no new VOT or VOW while an earlier verzoek of this aanbieder for this client is onderhanden;
// the code goes on the Client (JW315) or the Verzoek (JW317).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

state::Snapshot with_verzoeken(std::vector<state::VerzoekReferentie> verzoeken) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.verzoeken = std::move(verzoeken);
  return stored;
}

const state::VerzoekReferentie kOnderhandenVot{"REF-1", state::VerzoekSoort::Toewijzing, true};
const state::VerzoekReferentie kHonouredVot{"REF-1", state::VerzoekSoort::Toewijzing, false};
const state::VerzoekReferentie kOnderhandenVow{"REF-3", state::VerzoekSoort::Wijziging, true};

TEST(TR374, AVotWhileAVotIsOnderhandenIsRefusedOnTheClient) {
  const auto findings = run_rule_on_state("TR374", base_message("JW315"), with_verzoeken({kOnderhandenVot}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9374");
  EXPECT_EQ(findings[0].path, "/Bericht/Client");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR374, AVowWhileAVowIsOnderhandenIsRefusedOnTheVerzoek) {
  const auto findings = run_rule_on_state("TR374", base_message("JW317"), with_verzoeken({kOnderhandenVow}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9374");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Verzoek");
}

TEST(TR374, AVotWithOneReferenceStillOnderhandenIsOnderhanden) {
  const state::VerzoekReferentie second{"REF-2", state::VerzoekSoort::Toewijzing, true};
  EXPECT_EQ(run_rule_on_state("TR374", base_message("JW317"), with_verzoeken({kHonouredVot, second})).size(), 1u);
}

TEST(TR374, AVerzoekAfterEveryEarlierOneWasHonouredPasses) {
  EXPECT_TRUE(run_rule_on_state("TR374", base_message("JW315"), with_verzoeken({kHonouredVot})).empty());
  EXPECT_TRUE(run_rule_on_state("TR374", base_message("JW317"), with_verzoeken({kHonouredVot})).empty());
}

TEST(TR374, AFirstVerzoekPasses) {
  EXPECT_TRUE(run_rule_on_state("TR374", base_message("JW315"), with_verzoeken({})).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
