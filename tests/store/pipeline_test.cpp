// The pipeline against a real database: what is stored when, idempotent resends, TR056, sides.

#include <gtest/gtest.h>

#include "pipeline_fixture.hpp"

namespace ijw::pipeline {
namespace {

using namespace std::chrono;

class PipelineTest : public PipelineFixture {};

TEST_F(PipelineTest, AnAcceptedToewijzingIsStoredWithItsRetour) {
  const auto result = process(base_message("JW301"));
  EXPECT_EQ(result.outcome, Outcome::Accepted);
  EXPECT_TRUE(result.codes.empty());
  ASSERT_TRUE(result.retour);
  EXPECT_NE(result.retour->find("jw302:IdentificatieRetour>R00000000001<"), std::string::npos) << *result.retour;
  EXPECT_EQ(count("bericht"), 1);
  EXPECT_EQ(count("retour"), 1);
  EXPECT_EQ(count("toewijzing"), 1);
  EXPECT_EQ(count("toewijzing_versie"), 1);
}

TEST_F(PipelineTest, D302_TheSameBytesAgainGetTheStoredRetourAndChangeNothing) {
  const auto first = process(base_message("JW301"));
  const auto again = process(base_message("JW301"));
  EXPECT_FALSE(first.replayed);
  EXPECT_TRUE(again.replayed);
  EXPECT_EQ(again.outcome, first.outcome);
  EXPECT_EQ(again.retour, first.retour) << "byte for byte, IdentificatieRetour included";
  EXPECT_EQ(count("bericht"), 1);
  EXPECT_EQ(count("toewijzing_versie"), 1);
}

TEST_F(PipelineTest, D302_ARejectedResendIsAnsweredAsBefore) {
  const auto start = base_message("JW305");  // no toewijzing 8001 yet: TR019
  const auto first = process(start);
  const auto again = process(start);
  EXPECT_EQ(first.outcome, Outcome::Rejected);
  EXPECT_TRUE(again.replayed);
  EXPECT_EQ(again.codes, first.codes);
  EXPECT_EQ(again.retour, first.retour);
}

TEST_F(PipelineTest, OP286_ARejectedMessageStoresOnlyItselfAndItsRetour) {
  const auto result = process(base_message("JW305"));
  ASSERT_EQ(result.outcome, Outcome::Rejected);
  EXPECT_EQ(result.codes, (std::vector<std::string>{"0200", "9019", "0200"}));
  EXPECT_EQ(count("bericht"), 1);
  EXPECT_EQ(count("retour"), 1);
  EXPECT_EQ(count("start_product"), 0);
  EXPECT_EQ(count("client"), 0) << "a rejected message stores nothing of the client";
}

TEST_F(PipelineTest, TR056_AnotherMessageUnderAUsedIdentificatieGets9056AndIsNotRecorded) {
  ASSERT_EQ(process(base_message("JW301")).outcome, Outcome::Accepted);
  const auto other = replaced(base_message("JW301"), "<jw301:ToewijzingNummer>8001<", "<jw301:ToewijzingNummer>8009<");
  const auto result = process(other);
  EXPECT_EQ(result.outcome, Outcome::Rejected);
  EXPECT_EQ(result.codes, std::vector<std::string>{"9056"});
  EXPECT_EQ(count("bericht"), 1);
  EXPECT_EQ(count("toewijzing"), 1);
}

TEST_F(PipelineTest, TR056_TheSameIdentificatieInAnotherBerichtsoortIsFree) {
  ASSERT_EQ(process(base_message("JW301")).outcome, Outcome::Accepted);
  const auto start = replaced(base_message("JW305"), "<ijw:Identificatie>ST-2026-0001<", "<ijw:Identificatie>TW-2026-0001<");
  EXPECT_EQ(process(start).outcome, Outcome::Accepted);
}

TEST_F(PipelineTest, IV032_AnInvalidMessageGetsNoRetourAndStoresNothing) {
  const auto broken = replaced(base_message("JW305"), "<jw305:Begindatum>2026-11-02<", "<jw305:Begindatum>2026-02-30<");
  const auto result = process(broken);
  EXPECT_EQ(result.outcome, Outcome::Invalid);
  EXPECT_FALSE(result.retour);
  EXPECT_FALSE(result.errors.empty());
  EXPECT_EQ(count("bericht"), 0);
}

TEST_F(PipelineTest, D308_AToewijzingFromAnAanbiederIsRefused) {
  const auto result = process(base_message("JW301"), {Side::Aanbieder, std::nullopt});
  EXPECT_EQ(result.outcome, Outcome::Refused);
  EXPECT_FALSE(result.retour);
  EXPECT_NE(result.refusal.find("gemeente"), std::string::npos) << result.refusal;
  EXPECT_EQ(count("bericht"), 0);
}

TEST_F(PipelineTest, D308_AStartFromTheGemeenteSideIsRefused) {
  EXPECT_EQ(process(base_message("JW305"), {Side::Gemeente, std::nullopt}).outcome, Outcome::Refused);
}

TEST_F(PipelineTest, D308_AnAfzenderOtherThanTheAuthenticatedSenderIsRefused) {
  const auto result = process(base_message("JW305"), {Side::Aanbieder, std::string("87654321")});
  EXPECT_EQ(result.outcome, Outcome::Refused);
  EXPECT_NE(result.refusal.find("87654321"), std::string::npos) << result.refusal;
}

TEST_F(PipelineTest, TR056_ALevel2RejectionUsesTheIdentificatieToo) {
  // CS002: a Bsn that fails the 11-proef gives 0001; the Identificatie is then used (TR056, D-301).
  const auto bad_bsn = replaced(base_message("JW305"), "<jw305:Bsn>123456782<", "<jw305:Bsn>123456789<");
  ASSERT_EQ(process(bad_bsn).codes, std::vector<std::string>{"0001"});
  EXPECT_EQ(process(base_message("JW305")).codes, std::vector<std::string>{"9056"});
}

}  // namespace
}  // namespace ijw::pipeline
