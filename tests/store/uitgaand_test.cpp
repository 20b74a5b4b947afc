// Outgoing JW301s and the JW302s that answer them (issue 6, "Outgoing messages"), against a real database.

#include <gtest/gtest.h>

#include "ijw/store/uitgaand.hpp"
#include "pipeline_fixture.hpp"

namespace ijw::pipeline {
namespace {

const Origin kGemeente{Side::Gemeente, std::nullopt};
const Origin kAanbieder{Side::Aanbieder, std::string("12345678")};

class UitgaandTest : public PipelineFixture {
 protected:
  std::vector<store::UitgaandBericht> list(const std::string& aanbieder, bool only_unanswered = true) {
    return store::uitgaand(*connection_, {aanbieder, 0, 100, only_unanswered});
  }
};

TEST_F(UitgaandTest, AnAcceptedJw301WaitsForItsAanbiederOnly) {
  ASSERT_EQ(process(base_message("JW301"), kGemeente).outcome, Outcome::Accepted);
  const auto waiting = list("12345678");
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].gemeente, "0983");
  EXPECT_EQ(waiting[0].identificatie, "TW-2026-0001");
  EXPECT_EQ(waiting[0].dagtekening, "2026-11-20");
  EXPECT_FALSE(waiting[0].jw302);
  EXPECT_EQ(store::uitgaand_raw(*connection_, "12345678", waiting[0].id), base_message("JW301"));
  EXPECT_TRUE(list("87654321").empty());
  EXPECT_FALSE(store::uitgaand_raw(*connection_, "87654321", waiting[0].id));
}

TEST_F(UitgaandTest, ARejectedJw301NeverReachesTheAanbieder) {
  // TR056: the Identificatie again with other bytes is rejected (and gets the hub's own JW302).
  ASSERT_EQ(process(base_message("JW301"), kGemeente).outcome, Outcome::Accepted);
  const auto again = replaced(base_message("JW301"), "<ijw:Dagtekening>2026-11-20<", "<ijw:Dagtekening>2026-11-21<");
  ASSERT_EQ(process(again, kGemeente).outcome, Outcome::Rejected);
  EXPECT_EQ(list("12345678").size(), 1u);
}

TEST_F(UitgaandTest, TheJw302IsLinkedToItsJw301AndTakesItOffTheOpenList) {
  ASSERT_EQ(process(base_message("JW301"), kGemeente).outcome, Outcome::Accepted);
  const auto id = list("12345678").at(0).id;
  const auto result = process(base_message("JW302"), kAanbieder);
  EXPECT_EQ(result.outcome, Outcome::Linked) << result.refusal;
  EXPECT_EQ(result.linked_jw301, id);
  EXPECT_EQ(result.codes, std::vector<std::string>{"0200"});
  EXPECT_FALSE(result.retour);  // a retour gets no retour
  EXPECT_TRUE(list("12345678").empty());
  const auto all = list("12345678", false);
  ASSERT_EQ(all.size(), 1u);
  ASSERT_TRUE(all[0].jw302);
  EXPECT_EQ(all[0].jw302->retour_codes, std::vector<std::string>{"0200"});
  EXPECT_EQ(count("bericht"), 1);  // the JW302 is no heenbericht
}

TEST_F(UitgaandTest, TheSameJw302AgainIsAReplayAnotherOneIsRefused) {
  ASSERT_EQ(process(base_message("JW301"), kGemeente).outcome, Outcome::Accepted);
  ASSERT_EQ(process(base_message("JW302"), kAanbieder).outcome, Outcome::Linked);
  const auto again = process(base_message("JW302"), kAanbieder);
  EXPECT_EQ(again.outcome, Outcome::Linked);
  EXPECT_TRUE(again.replayed);
  const auto other = replaced(base_message("JW302"), "RT-2026-0001", "RT-2026-0002");
  const auto refused = process(other, kAanbieder);
  EXPECT_EQ(refused.outcome, Outcome::Refused);
  EXPECT_NE(refused.refusal.find("already answered"), std::string::npos) << refused.refusal;
  EXPECT_EQ(count("ontvangen_retour"), 1);
}

TEST_F(UitgaandTest, AJw302ForAnUnknownJw301IsRefusedAndStoresNothing) {
  const auto result = process(base_message("JW302"), kAanbieder);
  EXPECT_EQ(result.outcome, Outcome::Refused);
  EXPECT_NE(result.refusal.find("TW-2026-0001"), std::string::npos) << result.refusal;
  EXPECT_EQ(count("ontvangen_retour"), 0);
}

TEST_F(UitgaandTest, D308_AJw302OfAnotherAanbiederIsRefused) {
  ASSERT_EQ(process(base_message("JW301"), kGemeente).outcome, Outcome::Accepted);
  const auto result = process(base_message("JW302"), {Side::Aanbieder, std::string("87654321")});
  EXPECT_EQ(result.outcome, Outcome::Refused);
  EXPECT_NE(result.refusal.find("87654321"), std::string::npos) << result.refusal;
  EXPECT_EQ(count("ontvangen_retour"), 0);
}

TEST_F(UitgaandTest, D308_AJw302FromTheGemeenteSideIsRefused) {
  EXPECT_EQ(process(base_message("JW302"), kGemeente).outcome, Outcome::Refused);
}

TEST_F(UitgaandTest, PagingGoesOnAfterTheLastIdSeen) {
  for (int i = 1; i <= 3; ++i) {
    const auto jw301 = replaced(replaced(base_message("JW301"), "TW-2026-0001", "TW-2026-000" + std::to_string(i)),
                                "<jw301:ToewijzingNummer>", "<jw301:ToewijzingNummer>" + std::to_string(i));
    ASSERT_EQ(process(jw301, kGemeente).outcome, Outcome::Accepted) << i;
  }
  const auto first = store::uitgaand(*connection_, {"12345678", 0, 2, true});
  ASSERT_EQ(first.size(), 2u);
  const auto rest = store::uitgaand(*connection_, {"12345678", first.back().id, 2, true});
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].identificatie, "TW-2026-0003");
}

}  // namespace
}  // namespace ijw::pipeline
