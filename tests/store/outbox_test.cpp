// The transactional outbox (migrations/0002_outbox.sql, docs/events.md): an event row exists if and only if
// the transaction of its message committed, and only for the outcomes the backoffice hears of (D-501).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "pipeline_fixture.hpp"

namespace ijw::pipeline {
namespace {

using namespace std::chrono;
using nlohmann::json;

struct OutboxRow {
  std::string message_id;
  std::string type;
  json payload;
  bool has_bericht;
};

class OutboxTest : public PipelineFixture {
 protected:
  std::vector<OutboxRow> events() {
    pqxx::connection connection(database_->url());
    std::vector<OutboxRow> rows;
    for (const auto& row : pqxx::nontransaction(connection).exec(
             "SELECT message_id::text, event_type, payload::text, bericht_id IS NOT NULL FROM outbox_event ORDER BY id")) {
      rows.push_back({row[0].as<std::string>(), row[1].as<std::string>(), json::parse(row[2].as<std::string>()),
                      row[3].as<bool>()});
    }
    return rows;
  }
};

TEST_F(OutboxTest, D501_AnAcceptedJW301GivesOneEventWithTheMessageAndItsJW302) {
  const auto toewijzing = base_message("JW301");
  const auto result = process(toewijzing);
  ASSERT_EQ(result.outcome, Outcome::Accepted);
  const auto rows = events();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].type, "ijw.jw301.accepted");
  EXPECT_TRUE(rows[0].has_bericht);
  const auto& payload = rows[0].payload;
  EXPECT_EQ(payload["id"], rows[0].message_id) << "the envelope's id is the AMQP message_id";
  EXPECT_EQ(payload["type"], "ijw.jw301.accepted");
  EXPECT_EQ(payload["bericht"]["xml"], toewijzing) << "the message exactly as received";
  EXPECT_EQ(payload["bericht"]["identificatie"], "TW-2026-0001");
  EXPECT_EQ(payload["retour"]["type"], "JW302");
  EXPECT_EQ(payload["retour"]["xml"], *result.retour);
  EXPECT_TRUE(payload["retour"]["codes"].empty());
  EXPECT_TRUE(payload.contains("created"));
}

TEST_F(OutboxTest, D501_ARejectedJW301GivesTheHubsJW302WithItsCodesAndFindings) {
  // CS002: a Bsn failing the 11-proef is a level-2 rejection (0001).
  const auto result = process(replaced(base_message("JW301"), "<jw301:Bsn>123456782<", "<jw301:Bsn>123456789<"));
  ASSERT_EQ(result.outcome, Outcome::Rejected);
  const auto rows = events();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].type, "ijw.jw301.rejected");
  EXPECT_EQ(rows[0].payload["retour"]["codes"], json(result.codes));
  ASSERT_FALSE(rows[0].payload["findings"].empty());
  EXPECT_EQ(rows[0].payload["findings"][0]["retourcode"], "0001");
}

TEST_F(OutboxTest, D501_TR056_AJW301UnderATakenIdentificatieIsRejectedWithAnEventThoughNotRecorded) {
  ASSERT_EQ(process(base_message("JW301")).outcome, Outcome::Accepted);
  const auto other = replaced(base_message("JW301"), "<jw301:ToewijzingNummer>8001<", "<jw301:ToewijzingNummer>8009<");
  ASSERT_EQ(process(other).codes, std::vector<std::string>{"9056"});
  const auto rows = events();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].type, "ijw.jw301.rejected");
  EXPECT_FALSE(rows[1].has_bericht);
  EXPECT_EQ(rows[1].payload["bericht"]["recorded"], false);
  EXPECT_EQ(rows[1].payload["retour"]["codes"], json({"9056"}));
}

TEST_F(OutboxTest, D501_AnAcceptedStartGivesAnEventAndARejectedOneNone) {
  ASSERT_EQ(process(base_message("JW305")).outcome, Outcome::Rejected);  // TR019: no toewijzing yet
  EXPECT_TRUE(events().empty()) << "a rejected aanbieder message goes back to the aanbieder only";
  ASSERT_EQ(process(base_message("JW301")).outcome, Outcome::Accepted);
  const auto start = replaced(base_message("JW305"), "<ijw:Identificatie>ST-2026-0001<", "<ijw:Identificatie>ST-2026-0002<");
  ASSERT_EQ(process(start).outcome, Outcome::Accepted);
  const auto rows = events();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].type, "ijw.jw305.accepted");
  EXPECT_EQ(rows[1].payload["bericht"]["afzender"], "12345678");
}

TEST_F(OutboxTest, D302_AReplayAddsNoSecondEvent) {
  ASSERT_EQ(process(base_message("JW301")).outcome, Outcome::Accepted);
  ASSERT_TRUE(process(base_message("JW301")).replayed);
  EXPECT_EQ(events().size(), 1u);
}

TEST_F(OutboxTest, IV032_InvalidAndRefusedMessagesGiveNoEvent) {
  ASSERT_EQ(process("<not-ijw/>").outcome, Outcome::Invalid);
  ASSERT_EQ(pipeline_->process(base_message("JW301"), kToday, {Side::Aanbieder, std::nullopt}).outcome,
            Outcome::Refused);
  EXPECT_TRUE(events().empty());
}

TEST_F(OutboxTest, OP286_AnEventExistsOnlyWhenItsTransactionCommitted) {
  const store::Event event{"ijw.test.event", R"({"type": "ijw.test.event"})"};
  {
    store::Transaction transaction(*connection_);
    transaction.add_event(event);
  }  // destroyed without commit: rolled back
  EXPECT_TRUE(events().empty());
  {
    store::Transaction transaction(*connection_);
    transaction.add_event(event);
    transaction.commit();
  }
  ASSERT_EQ(events().size(), 1u);
  EXPECT_EQ(events()[0].type, "ijw.test.event");
}

TEST_F(OutboxTest, D501_ABatchWritesTheEventsOfItsMessagesAsProcessOneByOneWould) {
  const auto toewijzing = base_message("JW301");
  const auto start = replaced(base_message("JW305"), "<ijw:Identificatie>ST-2026-0001<", "<ijw:Identificatie>ST-2026-0002<");
  const auto replay = toewijzing;
  const std::vector<Received> messages{{toewijzing, {}}, {start, {}}, {replay, {}}};
  const auto results = pipeline_->process_batch(messages, kToday);
  ASSERT_EQ(results.size(), 3u);
  for (const auto& result : results) ASSERT_FALSE(result.error);
  const auto rows = events();
  ASSERT_EQ(rows.size(), 2u) << "the replay adds none";
  EXPECT_EQ(rows[0].type, "ijw.jw301.accepted");
  EXPECT_EQ(rows[1].type, "ijw.jw305.accepted");
}

}  // namespace
}  // namespace ijw::pipeline
