// The admin API against a real PostgreSQL, filled by the pipeline with the demo messages
// (deploy/local/demo-messages): tokens and roles (D-601, D-602), the look-ups and lists of issue 6, paging (D-605),
// CSV (D-607), the audit log (D-603, D-604), 503 without a database; every response checked against
// docs/admin-api.openapi.json.

#include <gtest/gtest.h>

#include <boost/beast/http.hpp>
#include <pqxx/pqxx>

#include <algorithm>
#include <array>
#include <fstream>
#include <future>
#include <map>
#include <sstream>

#include "../store/fresh_database.hpp"
#include "ijw/admin/admin_api.hpp"
#include "ijw/pipeline/pipeline.hpp"
#include "ijw/store/migrations.hpp"
#include "openapi_check.hpp"

namespace ijw::admin {
namespace {

namespace http = boost::beast::http;
using nlohmann::json;
using namespace std::chrono;
constexpr year_month_day kToday = 2026y / November / 28;
constexpr const char* kReaderToken = "reader-token-for-the-test";
constexpr const char* kAdminToken = "admin-token-for-the-test";
constexpr const char* kBsn = "999994128";  // the demo client

std::string demo(const std::string& name) {
  std::ifstream in(std::string(IJW_SOURCE_DIR) + "/deploy/local/demo-messages/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (bytes.str().empty()) throw std::runtime_error("cannot read the demo message " + name);
  return bytes.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::invalid_argument("not in the message: " + from);
  return text.replace(at, from.size(), to);
}

struct Answer {
  unsigned status = 0;
  std::string content_type;
  std::string body;
  transport::Response response;
  json json_body() const { return json::parse(body); }
};

const testing::OpenApi& openapi() {
  static const testing::OpenApi document(std::string(IJW_SOURCE_DIR) + "/docs/admin-api.openapi.json");
  return document;
}

AdminOptions options_for(const std::string& url) {
  AdminOptions options;
  options.database_url = url;
  options.workers = 1;
  options.tokens = {{"declaratieteam", Role::Reader, sha256(kReaderToken)},
                    {"beheerder", Role::Admin, sha256(kAdminToken)}};
  return options;
}

// One request through the handler, as the listener would make it; waits for the answer.
Answer call(AdminApi& api, http::verb method, const std::string& target, const char* token,
            const std::string& body = "", const std::string& accept = "") {
  transport::Request request{method, target, 11};
  if (token != nullptr) request.set(http::field::authorization, std::string("Bearer ") + token);
  if (!accept.empty()) request.set(http::field::accept, accept);
  if (!body.empty()) {
    request.set(http::field::content_type, "application/json");
    request.body() = body;
    request.prepare_payload();
  }
  std::promise<transport::Response> promise;
  auto future = promise.get_future();
  api.handle(std::move(request), transport::Caller{std::nullopt, "127.0.0.1:40000", "test-request"},
             [&promise](transport::Response response) { promise.set_value(std::move(response)); });
  if (future.wait_for(seconds(20)) != std::future_status::ready) throw std::runtime_error("no answer in 20 s");
  Answer answer;
  answer.response = future.get();
  answer.status = answer.response.result_int();
  answer.content_type = std::string(answer.response[http::field::content_type]);
  answer.body = answer.response.body();
  return answer;
}

// The answer must be as docs/admin-api.openapi.json says for `path` (the document's template).
void expect_documented(const Answer& answer, const std::string& path, const std::string& method = "get") {
  for (const auto& error : openapi().check(path, method, answer.status, answer.content_type, answer.body))
    ADD_FAILURE() << error << "\nbody: " << answer.body.substr(0, 2000);
}

// A database of its own for one test, with the admin API on it.
class AdminApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    IJW_REQUIRE_DATABASE();
    database_.emplace();
    store::migrate(database_->url());
    connection_.emplace(database_->url());
    api_ = std::make_unique<AdminApi>(options_for(database_->url()));
  }

  pipeline::Outcome process(const std::string& bytes) {
    pipeline::Pipeline pipeline(*connection_, validator_);
    return pipeline.process(bytes, kToday).outcome;
  }

  Answer get(const std::string& target, const char* token = kReaderToken, const std::string& accept = "") {
    return call(*api_, http::verb::get, target, token, "", accept);
  }

  std::optional<testing::FreshDatabase> database_;
  std::optional<store::Connection> connection_;
  validate::Validator validator_;
  std::unique_ptr<AdminApi> api_;
};

// One database for the suite, filled once with the demo flow (the tests only read it); the audit log is
// emptied before each test.
class AdminApiFlowTest : public ::testing::Test {
 protected:
  // The demo flow: VOT, its toewijzing (two products), the start of both, a second start with another
  // Identificatie for the same products (rejected), a stop of the first.
  static void SetUpTestSuite() {
    if (testing::database_server_missing()) return;
    database_ = new testing::FreshDatabase();
    store::migrate(database_->url());
    store::Connection connection(database_->url());
    const validate::Validator validator;
    pipeline::Pipeline pipeline(connection, validator);
    const std::vector<std::pair<std::string, pipeline::Outcome>> flow{
        {demo("0-JW315-verzoek-om-toewijzing.xml"), pipeline::Outcome::Accepted},
        {demo("1-JW301-toewijzing.xml"), pipeline::Outcome::Accepted},
        {demo("2-JW305-start.xml"), pipeline::Outcome::Accepted},
        {replaced(demo("2-JW305-start.xml"), "DEMO-305-001", "DEMO-305-009"), pipeline::Outcome::Rejected},
        {demo("4-JW307-stop.xml"), pipeline::Outcome::Accepted}};
    for (const auto& [bytes, expected] : flow)
      if (pipeline.process(bytes, kToday).outcome != expected) flow_failed_ = true;
  }

  static void TearDownTestSuite() {
    delete database_;
    database_ = nullptr;
  }

  void SetUp() override {
    IJW_REQUIRE_DATABASE();
    ASSERT_NE(database_, nullptr);
    ASSERT_FALSE(flow_failed_) << "the demo flow did not end as expected";
    pqxx::connection connection(database_->url());
    pqxx::nontransaction(connection).exec("TRUNCATE admin_audit");
    api_ = std::make_unique<AdminApi>(options_for(database_->url()));
  }

  pqxx::result audit_rows() {
    pqxx::connection connection(database_->url());
    return pqxx::nontransaction(connection)
        .exec("SELECT token_name, role, endpoint, subject, rows, request_id, remote FROM admin_audit ORDER BY id");
  }

  Answer get(const std::string& target, const char* token = kReaderToken, const std::string& accept = "") {
    return call(*api_, http::verb::get, target, token, "", accept);
  }

  static testing::FreshDatabase* database_;
  static bool flow_failed_;
  std::unique_ptr<AdminApi> api_;
};

testing::FreshDatabase* AdminApiFlowTest::database_ = nullptr;
bool AdminApiFlowTest::flow_failed_ = false;

TEST_F(AdminApiFlowTest, D601_WithoutOrWithAWrongTokenIs401) {
  const auto none = get("/admin/v1/stops", nullptr);
  EXPECT_EQ(none.status, 401u);
  EXPECT_EQ(none.response[http::field::www_authenticate], R"(Bearer realm="ijw-admin")");
  expect_documented(none, "/admin/v1/stops");
  const auto wrong = get("/admin/v1/stops", "not-a-token");
  EXPECT_EQ(wrong.status, 401u);
  EXPECT_NE(wrong.response[http::field::www_authenticate].find("invalid_token"), std::string_view::npos);
  expect_documented(wrong, "/admin/v1/stops");
  // The hash itself is not a token.
  EXPECT_EQ(get("/admin/v1/stops", to_hex(sha256(kReaderToken)).c_str()).status, 401u);
  // Unknown paths need a token too, so they do not tell which paths exist.
  EXPECT_EQ(get("/admin/v1/nothing", nullptr).status, 401u);
  EXPECT_EQ(get("/admin/v1/nothing").status, 404u);
  EXPECT_EQ(get("/healthz", nullptr).status, 200u);
  EXPECT_TRUE(audit_rows().empty());
}

TEST_F(AdminApiFlowTest, D602_ReaderMayNotReadStatisticsTheAuditLogOrExportCsv) {
  for (const auto* path : {"/admin/v1/statistieken", "/admin/v1/audit"}) {
    const auto reader = get(path);
    EXPECT_EQ(reader.status, 403u) << path;
    expect_documented(reader, path);
    const auto admin = get(path, kAdminToken);
    EXPECT_EQ(admin.status, 200u) << path << admin.body;
    expect_documented(admin, path);
  }
  const auto csv = get("/admin/v1/stops?format=csv");
  EXPECT_EQ(csv.status, 403u);
  expect_documented(csv, "/admin/v1/stops");
  EXPECT_EQ(get("/admin/v1/stops", kReaderToken, "text/csv").status, 403u);
  EXPECT_EQ(get("/admin/v1/stops", kAdminToken, "text/csv").status, 200u);
}

TEST_F(AdminApiFlowTest, FindsAClientByBsnAndAuditsTheRead) {
  const auto answer = call(*api_, http::verb::post, "/admin/v1/clients/zoek", kReaderToken, json{{"bsn", kBsn}}.dump());
  ASSERT_EQ(answer.status, 200u) << answer.body;
  expect_documented(answer, "/admin/v1/clients/zoek", "post");
  EXPECT_EQ(answer.response[http::field::cache_control], "no-store");
  const auto client = answer.json_body();
  EXPECT_EQ(client["bsn"], kBsn);
  ASSERT_EQ(client["gemeenten"].size(), 1u);
  EXPECT_EQ(client["gemeenten"][0]["gemeente"], "0983");
  ASSERT_EQ(client["toewijzingen"].size(), 2u);
  EXPECT_EQ(client["toewijzingen"][0]["nummer"], "98300101");
  ASSERT_EQ(client["verzoeken"].size(), 1u);
  EXPECT_EQ(client["verzoeken"][0]["open"], false);  // honoured by the JW301 (TR374, D-304)
  EXPECT_EQ(client["berichten_totaal"], 5);

  const auto rows = audit_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].as<std::string>(), "declaratieteam");
  EXPECT_EQ(rows[0][1].as<std::string>(), "reader");
  EXPECT_EQ(rows[0][2].as<std::string>(), "POST /admin/v1/clients/zoek");
  EXPECT_EQ(rows[0][3].as<std::string>(), kBsn);
  EXPECT_EQ(rows[0][4].as<int>(), 1);
  EXPECT_EQ(rows[0][5].as<std::string>(), "test-request");
  EXPECT_EQ(rows[0][6].as<std::string>(), "127.0.0.1:40000");
}

TEST_F(AdminApiFlowTest, AnUnknownBsnIs404AndStillAudited) {
  const auto answer =
      call(*api_, http::verb::post, "/admin/v1/clients/zoek", kReaderToken, json{{"bsn", "123456782"}}.dump());
  EXPECT_EQ(answer.status, 404u);
  expect_documented(answer, "/admin/v1/clients/zoek", "post");
  const auto rows = audit_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][3].as<std::string>(), "123456782");
  EXPECT_EQ(rows[0][4].as<int>(), 0);
}

TEST_F(AdminApiFlowTest, D610_TheClientSearchTakesTheBsnInTheBodyOnly) {
  for (const auto* body : {"", "{}", R"({"bsn": 999994128})", R"({"bsn": "99999412"})", "not json"}) {
    const auto answer = call(*api_, http::verb::post, "/admin/v1/clients/zoek", kReaderToken, body);
    EXPECT_EQ(answer.status, 400u) << body;
    expect_documented(answer, "/admin/v1/clients/zoek", "post");
  }
  const auto by_get = get("/admin/v1/clients/zoek?bsn=999994128");
  EXPECT_EQ(by_get.status, 405u);
  EXPECT_EQ(by_get.response[http::field::allow], "POST");
  EXPECT_TRUE(audit_rows().empty());
}

TEST_F(AdminApiFlowTest, TR332_FindsAToewijzingByGemeenteAndNumber) {
  const auto answer = get("/admin/v1/gemeenten/0983/toewijzingen/98300101");
  ASSERT_EQ(answer.status, 200u) << answer.body;
  expect_documented(answer, "/admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}");
  const auto toewijzing = answer.json_body();
  EXPECT_EQ(toewijzing["aanbieder"], "12345678");
  EXPECT_EQ(toewijzing["bsn"], kBsn);
  EXPECT_EQ(toewijzing["versies"].size(), 1u);
  EXPECT_EQ(toewijzing["starts"].size(), 1u);
  EXPECT_EQ(toewijzing["stops"].size(), 1u);
  EXPECT_EQ(audit_rows().size(), 1u);

  const auto elsewhere = get("/admin/v1/gemeenten/0889/toewijzingen/98300101");  // the number is per gemeente
  EXPECT_EQ(elsewhere.status, 404u);
  expect_documented(elsewhere, "/admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}");
  EXPECT_EQ(get("/admin/v1/gemeenten/983/toewijzingen/98300101").status, 400u);
}

TEST_F(AdminApiFlowTest, D609_TheHistoryOfAToewijzingHasEveryMessageWithItsRetour) {
  const auto answer = get("/admin/v1/gemeenten/0983/toewijzingen/98300101/berichten");
  ASSERT_EQ(answer.status, 200u) << answer.body;
  expect_documented(answer, "/admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}/berichten");
  const auto page = answer.json_body();
  std::vector<std::string> seen;
  for (const auto& item : page["items"])
    seen.push_back(item["bericht_type"].get<std::string>() + ":" + item["identificatie"].get<std::string>() + ":" +
                   item["outcome"].get<std::string>());
  EXPECT_EQ(seen, (std::vector<std::string>{"JW315:DEMO-VOT-01:accepted", "JW301:VL2026000417:accepted",
                                            "JW305:DEMO-305-001:accepted", "JW305:DEMO-305-009:rejected",
                                            "JW307:DEMO-307-001:accepted"}));
  EXPECT_EQ(page["total"], 5);
  EXPECT_FALSE(page["items"][3]["retour_codes"].empty());  // the rejected start's RetourCodes
  EXPECT_EQ(page["items"][3]["retour_type"], "JW306");
  // The second toewijzing was never stopped: no JW307 in its history.
  const auto other = get("/admin/v1/gemeenten/0983/toewijzingen/98300102/berichten").json_body();
  EXPECT_EQ(other["total"], 4);
  EXPECT_EQ(get("/admin/v1/gemeenten/0983/toewijzingen/12345/berichten").status, 404u);
}

TEST_F(AdminApiTest, TR374_OpenVerzoekenUntilTheToewijzingHonoursThem) {
  ASSERT_EQ(process(demo("0-JW315-verzoek-om-toewijzing.xml")), pipeline::Outcome::Accepted);
  auto answer = get("/admin/v1/verzoeken/open");
  ASSERT_EQ(answer.status, 200u) << answer.body;
  expect_documented(answer, "/admin/v1/verzoeken/open");
  auto page = answer.json_body();
  ASSERT_EQ(page["total"], 1);
  EXPECT_EQ(page["items"][0]["soort"], "VOT");
  EXPECT_EQ(page["items"][0]["open_referenties"], json::array({"DEMO-0001", "DEMO-0002"}));
  EXPECT_EQ(get("/admin/v1/verzoeken/open?gemeente=0889").json_body()["total"], 0);

  ASSERT_EQ(process(demo("1-JW301-toewijzing.xml")), pipeline::Outcome::Accepted);
  EXPECT_EQ(get("/admin/v1/verzoeken/open").json_body()["total"], 0);
}

TEST_F(AdminApiTest, D605_ToewijzingenWithoutStartArePagedInAStableOrder) {
  ASSERT_EQ(process(demo("0-JW315-verzoek-om-toewijzing.xml")), pipeline::Outcome::Accepted);
  ASSERT_EQ(process(demo("1-JW301-toewijzing.xml")), pipeline::Outcome::Accepted);
  const auto first = get("/admin/v1/toewijzingen/zonder-start?limit=1&aanbieder=12345678");
  ASSERT_EQ(first.status, 200u) << first.body;
  expect_documented(first, "/admin/v1/toewijzingen/zonder-start");
  const auto page1 = first.json_body();
  EXPECT_EQ(page1["total"], 2);
  EXPECT_EQ(page1["limit"], 1);
  ASSERT_EQ(page1["items"].size(), 1u);
  EXPECT_EQ(page1["items"][0]["nummer"], "98300101");
  ASSERT_TRUE(page1["next"].is_string());
  EXPECT_EQ(page1["next"], "/admin/v1/toewijzingen/zonder-start?aanbieder=12345678&limit=1&offset=1");
  const auto page2 = get(page1["next"].get<std::string>()).json_body();
  ASSERT_EQ(page2["items"].size(), 1u);
  EXPECT_EQ(page2["items"][0]["nummer"], "98300102");
  EXPECT_TRUE(page2["next"].is_null());
  EXPECT_EQ(get("/admin/v1/toewijzingen/zonder-start?offset=5").json_body()["items"].size(), 0u);

  ASSERT_EQ(process(demo("2-JW305-start.xml")), pipeline::Outcome::Accepted);
  EXPECT_EQ(get("/admin/v1/toewijzingen/zonder-start").json_body()["total"], 0);

  for (const auto* bad : {"limit=0", "limit=1001", "offset=-1", "limit=x", "gemeenten=0983", "format=xml"}) {
    const auto answer = get(std::string("/admin/v1/toewijzingen/zonder-start?") + bad);
    EXPECT_EQ(answer.status, 400u) << bad;
    expect_documented(answer, "/admin/v1/toewijzingen/zonder-start");
  }
}

TEST_F(AdminApiFlowTest, StopsRejectedMessagesAndStatistics) {
  const auto stops_answer = get("/admin/v1/stops");
  expect_documented(stops_answer, "/admin/v1/stops");
  const auto stops_page = stops_answer.json_body();
  ASSERT_EQ(stops_page["total"], 1);
  EXPECT_EQ(stops_page["items"][0]["toewijzing_nummer"], "98300101");

  const auto rejected_answer = get("/admin/v1/berichten/afgekeurd");
  expect_documented(rejected_answer, "/admin/v1/berichten/afgekeurd");
  const auto rejected = rejected_answer.json_body();
  ASSERT_EQ(rejected["total"], 1);
  EXPECT_EQ(rejected["items"][0]["identificatie"], "DEMO-305-009");
  EXPECT_FALSE(rejected["items"][0]["retour_codes"].empty());
  EXPECT_EQ(get("/admin/v1/berichten/afgekeurd?bericht_type=JW307").json_body()["total"], 0);

  const auto statistics_answer = get("/admin/v1/statistieken", kAdminToken);
  expect_documented(statistics_answer, "/admin/v1/statistieken");
  const auto statistics = statistics_answer.json_body();
  // D-608: 44A91 toegewezen from 2026-03, started 2026-03, stopped in the month of its Einddatum.
  std::map<std::string, std::array<int, 3>> counts;
  for (const auto& row : statistics["items"])
    counts[row["product_code"].get<std::string>() + " " + row["maand"].get<std::string>()] = {
        row["toewijzingen"].get<int>(), row["starts"].get<int>(), row["stops"].get<int>()};
  EXPECT_EQ(counts["44A91 2026-03"], (std::array<int, 3>{1, 1, 0}));
  EXPECT_EQ(counts["44A93 2026-03"], (std::array<int, 3>{1, 1, 0}));
  int stops_counted = 0;
  for (const auto& [key, value] : counts) stops_counted += value[2];
  EXPECT_EQ(stops_counted, 1);
}

TEST_F(AdminApiFlowTest, D603_EveryListWithBsnsIsAuditedAndTheAuditLogCanBeRead) {
  get("/admin/v1/stops?gemeente=0983");
  get("/admin/v1/verzoeken/open");
  get("/admin/v1/aanbieders/12345678");        // counts only: not audited
  get("/admin/v1/statistieken", kAdminToken);  // no personal data: not audited
  const auto answer = get("/admin/v1/audit", kAdminToken);
  ASSERT_EQ(answer.status, 200u) << answer.body;
  expect_documented(answer, "/admin/v1/audit");
  const auto page = answer.json_body();
  ASSERT_EQ(page["total"], 2);
  EXPECT_EQ(page["items"][0]["endpoint"], "GET /admin/v1/stops");
  EXPECT_EQ(page["items"][0]["subject"], "gemeente=0983");
  EXPECT_EQ(page["items"][0]["rows"], 1);
  EXPECT_EQ(page["items"][1]["endpoint"], "GET /admin/v1/verzoeken/open");
  // Reading the audit log (it holds BSNs) is itself audited.
  EXPECT_EQ(audit_rows().size(), 3u);
  EXPECT_EQ(get("/admin/v1/audit?token=nobody", kAdminToken).json_body()["total"], 0);
}

TEST_F(AdminApiFlowTest, FindsAnAanbiederByAgbCode) {
  const auto answer = get("/admin/v1/aanbieders/12345678");
  ASSERT_EQ(answer.status, 200u) << answer.body;
  expect_documented(answer, "/admin/v1/aanbieders/{agb}");
  const auto aanbieder = answer.json_body();
  EXPECT_EQ(aanbieder["gemeenten"], json::array({"0983"}));
  EXPECT_EQ(aanbieder["toewijzingen"], 2);
  EXPECT_EQ(aanbieder["starts"], 2);
  EXPECT_EQ(aanbieder["stops"], 1);
  EXPECT_EQ(aanbieder["open_verzoeken"], 0);
  const auto unknown = get("/admin/v1/aanbieders/87654321");
  EXPECT_EQ(unknown.status, 404u);
  expect_documented(unknown, "/admin/v1/aanbieders/{agb}");
  EXPECT_EQ(get("/admin/v1/aanbieders/1234").status, 400u);
}

TEST_F(AdminApiFlowTest, D607_CsvExportOfAListWithHeaderTotalAndNextLink) {
  const auto answer = get("/admin/v1/toewijzingen/zonder-start", kAdminToken);  // both started: empty
  EXPECT_EQ(answer.json_body()["total"], 0);
  const auto csv = get("/admin/v1/berichten/afgekeurd?format=csv", kAdminToken);
  ASSERT_EQ(csv.status, 200u) << csv.body;
  expect_documented(csv, "/admin/v1/berichten/afgekeurd");
  EXPECT_EQ(csv.content_type, "text/csv; charset=UTF-8");
  EXPECT_EQ(csv.response["X-Total-Count"], "1");
  EXPECT_EQ(csv.body.substr(0, csv.body.find("\r\n")),
            "bericht_id,bericht_type,afzender,ontvanger,identificatie,dagtekening,ontvangen,bsn,retour_type,"
            "identificatie_retour,retour_codes");
  EXPECT_NE(csv.body.find(",JW305,12345678,0983,DEMO-305-009,2026-03-12,"), std::string::npos) << csv.body;
  const auto paged = get("/admin/v1/stops?limit=1&offset=0", kAdminToken, "text/csv");
  EXPECT_EQ(paged.response["X-Total-Count"], "1");
  EXPECT_EQ(paged.response[http::field::link], "");  // one stop: no next page
  const auto lines = std::count(paged.body.begin(), paged.body.end(), '\n');
  EXPECT_EQ(lines, 2);
}

TEST_F(AdminApiTest, D604_NoAuditRowNoAnswer) {
  ASSERT_EQ(process(demo("0-JW315-verzoek-om-toewijzing.xml")), pipeline::Outcome::Accepted);
  {
    // Every audit insert now fails, as it would on a full disk or a revoked grant.
    pqxx::connection connection(database_->url());
    pqxx::nontransaction(connection).exec("ALTER TABLE admin_audit ADD CONSTRAINT refuse_all CHECK (false) NOT VALID");
  }
  const auto search =
      call(*api_, http::verb::post, "/admin/v1/clients/zoek", kReaderToken, json{{"bsn", kBsn}}.dump());
  EXPECT_EQ(search.status, 500u);
  EXPECT_EQ(search.body.find(kBsn), std::string::npos) << search.body;
  const auto list = get("/admin/v1/verzoeken/open");
  EXPECT_EQ(list.status, 500u);
  EXPECT_EQ(list.body.find(kBsn), std::string::npos) << list.body;
  // Without personal data nothing is audited, so nothing stands in the way.
  EXPECT_EQ(get("/admin/v1/aanbieders/12345678").status, 200u);
}

TEST_F(AdminApiTest, D609_AJw301InTheHistoryShowsTheJw302ItsAanbiederAnsweredWith) {
  const auto base = [](const std::string& type) {
    std::ifstream in(std::string(IJW_SOURCE_DIR) + "/tests/data/base/" + type + ".xml", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  };
  pipeline::Pipeline pipeline(*connection_, validator_);
  ASSERT_EQ(pipeline.process(base("JW301"), 2026y / November / 20).outcome, pipeline::Outcome::Accepted);
  const auto before = get("/admin/v1/gemeenten/0983/toewijzingen/8001/berichten");
  ASSERT_EQ(before.status, 200u) << before.body;
  expect_documented(before, "/admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}/berichten");
  ASSERT_EQ(before.json_body()["items"].size(), 1u);
  EXPECT_TRUE(before.json_body()["items"][0]["antwoord"].is_null());

  const pipeline::Origin aanbieder{pipeline::Side::Aanbieder, "12345678"};
  ASSERT_EQ(pipeline.process(base("JW302"), 2026y / November / 21, aanbieder).outcome, pipeline::Outcome::Linked);
  const auto after = get("/admin/v1/gemeenten/0983/toewijzingen/8001/berichten");
  expect_documented(after, "/admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}/berichten");
  const auto antwoord = after.json_body()["items"][0]["antwoord"];
  EXPECT_EQ(antwoord["identificatie_retour"], "RT-2026-0001");
  EXPECT_EQ(antwoord["retour_codes"], json::array({"0200"}));
}

// The checker itself must catch what it is there for, or every test above passes vacuously.
TEST(OpenApiCheck, FindsMissingWrongAndUndocumentedMembers) {
  const auto& schema = openapi().document()["components"]["schemas"]["Stop"];
  json stop = {{"stop_id", 1},          {"gemeente", "0983"},     {"aanbieder", "12345678"},  {"bsn", "999994128"},
               {"toewijzing_nummer", nullptr}, {"product_categorie", "44"}, {"product_code", nullptr},
               {"begindatum", "2026-03-11"},   {"einddatum", "2026-06-30"}, {"reden_beeindiging", "02"},
               {"identificatie", "X"},  {"dagtekening", "2026-06-29"}, {"ontvangen", "2026-11-28T12:00:00.5+00:00"}};
  EXPECT_TRUE(openapi().validate(stop, schema).empty());
  auto missing = stop;
  missing.erase("bsn");
  EXPECT_EQ(openapi().validate(missing, schema).size(), 1u);
  auto wrong = stop;
  wrong["stop_id"] = "1";
  wrong["begindatum"] = "11-03-2026";
  wrong["gemeente"] = "983";
  EXPECT_EQ(openapi().validate(wrong, schema).size(), 3u);
  auto extra = stop;
  extra["naam"] = "Demo";
  EXPECT_EQ(openapi().validate(extra, schema).size(), 1u);
  EXPECT_FALSE(openapi().check("/admin/v1/stops", "get", 418, "application/json", "{}").empty());
  EXPECT_FALSE(openapi().check("/admin/v1/stops", "get", 200, "application/xml", "{}").empty());
  EXPECT_FALSE(openapi().check("/admin/v1/none", "get", 200, "application/json", "{}").empty());
}

TEST(AdminApiWithoutDatabase, IsUnavailableWith503AndRetryAfter) {
  // Port 1 on loopback: nothing listens, the connection is refused at once.
  AdminApi api(options_for("postgresql://ijw@127.0.0.1:1/ijw?connect_timeout=2"));
  const auto answer = call(api, http::verb::get, "/admin/v1/stops", kReaderToken);
  EXPECT_EQ(answer.status, 503u);
  EXPECT_EQ(answer.response[http::field::retry_after], "5");
  expect_documented(answer, "/admin/v1/stops");
}

}  // namespace
}  // namespace ijw::admin
