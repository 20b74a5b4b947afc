// The pipeline with a region against a real database (issue 7, D-409, migration 0005): S329 in the retour,
// a blocked JW301 recorded but not stored as toewijzing, every verdict recorded with the region version.

#include <gtest/gtest.h>

#include <algorithm>
#include <pqxx/pqxx>

#include "ijw/policy/region.hpp"
#include "pipeline_fixture.hpp"

namespace ijw::pipeline {
namespace {

using namespace std::chrono;

// The base JW301 for `code` to `aanbieder`, Ingangsdatum 2025-03-01 .. 2025-08-31, Dagtekening `dagtekening`.
std::string jw301(const std::string& code, const std::string& aanbieder, const std::string& dagtekening,
                  const std::string& identificatie) {
  auto xml = replaced(base_message("JW301"), "<ijw:Code>45A04<", "<ijw:Code>" + code + "<");
  xml = replaced(xml, "<ijw:Categorie>45<", "<ijw:Categorie>" + code.substr(0, 2) + "<");
  xml = replaced(xml, "<jw301:Ontvanger>12345678<", "<jw301:Ontvanger>" + aanbieder + "<");
  xml = replaced(xml, "<jw301:Ingangsdatum>2026-11-01<", "<jw301:Ingangsdatum>2025-03-01<");
  xml = replaced(xml, "<jw301:Einddatum>2027-04-30<", "<jw301:Einddatum>2025-08-31<");
  xml = replaced(xml, "<jw301:Toewijzingsdatum>2026-11-19<", "<jw301:Toewijzingsdatum>" + dagtekening + "<");
  xml = replaced(xml, "<ijw:Dagtekening>2026-11-20<", "<ijw:Dagtekening>" + dagtekening + "<");
  return replaced(xml, "<ijw:Identificatie>TW-2026-0001<", "<ijw:Identificatie>" + identificatie + "<");
}

class PolicyPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    IJW_REQUIRE_DATABASE();
    database_.emplace();
    store::migrate(database_->url());
    connection_.emplace(database_->url());
    pipeline_.emplace(*connection_, validator_, &region_);
  }

  int count(const std::string& what) {
    pqxx::connection connection(database_->url());
    return pqxx::nontransaction(connection).exec1("SELECT count(*) FROM " + what)[0].as<int>();
  }

  std::string text(const std::string& query) {
    pqxx::connection connection(database_->url());
    return pqxx::nontransaction(connection).exec1(query)[0].as<std::string>();
  }

  const policy::Region region_ = policy::load_region(std::string(IJW_SOURCE_DIR) + "/regions/noord-limburg.json");
  std::optional<testing::FreshDatabase> database_;
  std::optional<store::Connection> connection_;
  validate::Validator validator_;
  std::optional<Pipeline> pipeline_;
};

TEST_F(PolicyPipelineTest, D409_ABlockedJw301IsRecordedWithItsVerdictButNotStoredAsToewijzing) {
  const auto result = pipeline_->process(jw301("54L02", "87654321", "2025-03-01", "B1"), kToday);
  EXPECT_EQ(result.outcome, Outcome::Accepted) << "the retour itself has no code";
  EXPECT_TRUE(result.blocked);
  ASSERT_TRUE(result.policy);
  ASSERT_EQ(result.policy->policy.size(), 1u);
  EXPECT_EQ(result.policy->policy[0].id, "NL-CONTRACT");
  EXPECT_EQ(count("bericht"), 1);
  EXPECT_EQ(count("toewijzing"), 0);
  EXPECT_EQ(count("policy_verdict WHERE blocked"), 1);
  EXPECT_EQ(text("SELECT findings->0->>'id' FROM policy_verdict"), "NL-CONTRACT");
  EXPECT_EQ(text("SELECT region_version FROM policy_verdict"), region_.versie);
}

TEST_F(PolicyPipelineTest, D409_ASignalNeitherRejectsNorStopsAndIsRecorded) {
  // Ingangsdatum 2025-03-01 before the Dagtekening 2025-03-05: NL-TERUGWERKEND, a signal (D-407).
  const auto result = pipeline_->process(jw301("45L11", "12345678", "2025-03-05", "S1"), kToday);
  EXPECT_EQ(result.outcome, Outcome::Accepted);
  EXPECT_FALSE(result.blocked);
  EXPECT_EQ(count("toewijzing"), 1);
  EXPECT_EQ(count("policy_verdict WHERE NOT blocked"), 1);
  EXPECT_EQ(text("SELECT findings->0->>'id' FROM policy_verdict"), "NL-TERUGWERKEND");
}

TEST_F(PolicyPipelineTest, TR381_AProductOutsideTheCatalogueIsRejectedWithS329) {
  const auto result = pipeline_->process(base_message("JW301"), kToday);  // 45A04: a pre-2022 code (D-404)
  EXPECT_EQ(result.outcome, Outcome::Rejected);
  EXPECT_NE(std::find(result.codes.begin(), result.codes.end(), "S329"), result.codes.end());
  EXPECT_EQ(count("toewijzing"), 0);
  EXPECT_EQ(count("policy_verdict"), 1);
}

TEST_F(PolicyPipelineTest, D409_TheBatchPathStopsAndRecordsTheSame) {
  const auto blocked = jw301("54L02", "87654321", "2025-03-01", "B2");
  const auto signalled = jw301("45L11", "12345678", "2025-03-05", "S2");
  const std::vector<Received> messages{{blocked, {}}, {signalled, {}}};
  const auto results = pipeline_->process_batch(messages, kToday);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_TRUE(results[0].result.blocked);
  EXPECT_FALSE(results[1].result.blocked);
  EXPECT_EQ(count("toewijzing"), 1);
  EXPECT_EQ(count("policy_verdict"), 2);
  EXPECT_EQ(count("policy_verdict WHERE blocked"), 1);
}

}  // namespace
}  // namespace ijw::pipeline
