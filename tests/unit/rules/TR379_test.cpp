// TR379 (9379): a ReferentieAanbieder in a ToegewezenProduct must come from an accepted VOT or VOW of this
// aanbieder for this client at this gemeente.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_referentie(std::string_view referentie) {
  return replace_once(base_message("JW301"), "<jw301:ToewijzingNummer>8001</jw301:ToewijzingNummer>",
                      "<jw301:ToewijzingNummer>8001</jw301:ToewijzingNummer><jw301:ReferentieAanbieder>" +
                          std::string(referentie) + "</jw301:ReferentieAanbieder>");
}

state::Snapshot with_verzoek(state::VerzoekReferentie verzoek) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.verzoeken.push_back(std::move(verzoek));
  return stored;
}

TEST(TR379, AReferenceNoVerzoekCarriedIsRefusedOnTheToegewezenProduct) {
  const auto findings = run_rule_on_state("TR379", with_referentie("REF-1"), state::Snapshot{});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9379");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/ReferentieAanbieder");
  EXPECT_NE(findings[0].klasse.line, 0u);
}

TEST(TR379, AnotherReferenceOfTheClientDoesNotCount) {
  const auto findings =
      run_rule_on_state("TR379", with_referentie("REF-1"), with_verzoek({"REF-2", state::VerzoekSoort::Toewijzing}));
  EXPECT_EQ(findings.size(), 1u);
}

TEST(TR379, TheReferenceOfAnOnderhandenVotPasses) {
  EXPECT_TRUE(
      run_rule_on_state("TR379", with_referentie("REF-1"), with_verzoek({"REF-1", state::VerzoekSoort::Toewijzing}))
          .empty());
}

TEST(TR379, TheReferenceOfAnAlreadyHonouredVowPasses) {
  // IV093: every ToegewezenProduct of the JW301 answering a VOW carries its reference, and may again later.
  EXPECT_TRUE(run_rule_on_state("TR379", with_referentie("REF-1"),
                                with_verzoek({"REF-1", state::VerzoekSoort::Wijziging, false}))
                  .empty());
}

TEST(TR379, AToegewezenProductWithoutReferencePasses) {
  EXPECT_TRUE(run_rule_on_state("TR379", base_message("JW301"), state::Snapshot{}).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
