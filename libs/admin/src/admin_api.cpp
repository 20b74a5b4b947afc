// The admin API (admin_api.hpp, docs/admin-api.openapi.json). On the I/O thread: authenticate, route,
// check the role and the parameters (no database). On a query thread: one transaction that reads and, for
// personal data, writes the audit row; the answer goes out after the commit.

#include "ijw/admin/admin_api.hpp"

#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <regex>
#include <utility>

#include "database_pool.hpp"
#include "ijw/admin/csv.hpp"
#include "ijw/admin/request.hpp"
#include "ijw/transport/problem.hpp"
#include "queries.hpp"

namespace ijw::admin {
namespace {

namespace http = boost::beast::http;
using nlohmann::json;
using transport::Request;
using transport::Response;

constexpr std::string_view kPrefix = "/admin/v1";

// What one request is about, shared by the I/O thread and the query thread that answers it.
struct Exchange {
  std::string request_id;
  std::string remote;
  std::string method;
  std::string route;       // the route template, e.g. "GET /admin/v1/stops": what the log and the audit name
  std::string token_name;  // empty before authentication
  Role role = Role::Reader;
  std::string subject;         // whose data (for the audit); may be a BSN
  std::string logged_subject;  // the same, with a BSN masked (for the log)
  unsigned version = 11;
  bool keep_alive = true;
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  std::function<void(Response)> respond;
  std::atomic<bool> answered{false};

  // Sends `response` once (a second call, e.g. from a failure after the answer went out, is ignored) and
  // logs the request. Never the token, never a BSN unmasked (issue 6, "BSNs masked").
  void answer(Response response, std::size_t rows = 0) {
    if (answered.exchange(true)) return;
    response.version(version);
    response.keep_alive(keep_alive);
    // Personal data must not sit in a cache on the way (a proxy, the browser).
    response.set(http::field::cache_control, "no-store");
    response.prepare_payload();
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("admin {} {} token={} {} {} subject={} rows={} {:.1f}ms", request_id, remote,
                 token_name.empty() ? "-" : token_name, route, response.result_int(),
                 logged_subject.empty() ? "-" : logged_subject, rows, elapsed);
    respond(std::move(response));
  }
};

// The listener's RFC 9457 document; the version and keep-alive are set when answering.
Response problem(http::status status, std::string_view type, std::string_view detail) {
  return transport::problem(status, type, detail, 11);
}

Response json_response(const json& body) {
  Response response{http::status::ok, 11};
  response.set(http::field::content_type, "application/json");
  response.body() = body.dump();
  return response;
}

std::string percent_encode(std::string_view text) {
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

std::string query_string(const std::map<std::string, std::string>& query) {
  std::string out;
  for (const auto& [name, value] : query) {
    out += out.empty() ? "" : "&";
    out += percent_encode(name) + "=" + percent_encode(value);
  }
  return out;
}

bool matches(const std::string& text, const char* pattern) { return std::regex_match(text, std::regex(pattern)); }

// A list request, checked on the I/O thread.
struct ListCall {
  const ListQuery* query;
  std::vector<std::string> params;  // $1, $2, ...
  Paging paging;
  Format format;
  std::string path;  // for the next link
  std::map<std::string, std::string> query_parameters;
  std::string accept;                // the Accept header
  const char* exists_sql = nullptr;  // when set and it finds no row: 404 (the list's subject is unknown)
};

// A look-up of one subject.
struct LookupCall {
  const char* sql;
  std::vector<std::string> params;
  bool personal;
  std::string not_found;  // the detail of the 404
};

}  // namespace

struct AdminApi::Impl {
  explicit Impl(AdminOptions options_in)
      : options(std::move(options_in)), pool(options.database_url, options.workers, options.queue_limit) {}

  AdminOptions options;
  DatabasePool pool;

  void handle(Request request, const transport::Caller& caller, std::function<void(Response)> respond);
  void route(const Request& request, const std::shared_ptr<Exchange>& exchange);
  void list(const std::shared_ptr<Exchange>& exchange, ListCall call);
  void lookup(const std::shared_ptr<Exchange>& exchange, LookupCall call);
  void submit(const std::shared_ptr<Exchange>& exchange, std::function<void(pqxx::connection&)> run);
  void unavailable(const std::shared_ptr<Exchange>& exchange, std::string_view detail);
};

AdminApi::AdminApi(AdminOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
AdminApi::~AdminApi() { stop(); }
void AdminApi::stop() { impl_->pool.stop(); }

void AdminApi::handle(Request request, const transport::Caller& caller, std::function<void(Response)> respond) {
  impl_->handle(std::move(request), caller, std::move(respond));
}

void AdminApi::Impl::handle(Request request, const transport::Caller& caller, std::function<void(Response)> respond) {
  auto exchange = std::make_shared<Exchange>();
  exchange->request_id = caller.request_id;
  exchange->remote = caller.remote;
  exchange->method = std::string(request.method_string());
  exchange->route = exchange->method + " (unrouted)";
  exchange->version = request.version();
  exchange->keep_alive = request.keep_alive();
  exchange->respond = std::move(respond);
  try {
    route(request, exchange);
  } catch (const std::exception& error) {
    spdlog::error("admin {}: {}", exchange->request_id, error.what());
    exchange->answer(problem(http::status::internal_server_error, "internal",
                             "Something went wrong; the request id is in X-Request-Id."));
  }
}

void AdminApi::Impl::route(const Request& request, const std::shared_ptr<Exchange>& exchange) {
  const auto target = parse_target(request.target());
  if (!target)
    return exchange->answer(
        problem(http::status::bad_request, "bad-request", "The request target is malformed (a bad %-escape?)."));
  const auto& segments = target->segments;
  if (segments.size() == 1 && segments[0] == "healthz" && request.method() == http::verb::get) {
    exchange->route = "GET /healthz";
    Response response{http::status::ok, 11};
    response.set(http::field::content_type, "text/plain");
    response.body() = "ok\n";
    return exchange->answer(std::move(response));
  }

  // Who: every other path needs a token (D-601), also to learn which paths exist.
  const auto presented = bearer_token(request[http::field::authorization]);
  const Token* token = presented ? find_token(options.tokens, *presented) : nullptr;
  if (token == nullptr) {
    auto response = problem(http::status::unauthorized, "unauthenticated",
                            presented ? "The bearer token is not valid." : "A bearer token is required.");
    response.set(http::field::www_authenticate,
                 presented ? R"(Bearer realm="ijw-admin", error="invalid_token")" : R"(Bearer realm="ijw-admin")");
    return exchange->answer(std::move(response));
  }
  exchange->token_name = token->name;
  exchange->role = token->role;

  const auto not_found = [&] {
    exchange->answer(problem(http::status::not_found, "not-found", "There is no resource at this path."));
  };
  if (segments.size() < 3 || segments[0] != "admin" || segments[1] != "v1") return not_found();
  const std::vector<std::string> rest(segments.begin() + 2, segments.end());
  const auto is = [&](std::initializer_list<const char*> pattern) {
    if (pattern.size() != rest.size()) return false;
    std::size_t i = 0;
    for (const char* part : pattern) {
      if (std::string_view(part) != "*" && rest[i] != part) return false;
      ++i;
    }
    return true;
  };
  const auto bad_request = [&](const std::string& detail) {
    exchange->answer(problem(http::status::bad_request, "bad-request", detail));
  };
  const auto method_is = [&](http::verb verb, const char* name) {
    if (request.method() == verb) return true;
    auto response = problem(http::status::method_not_allowed, "method-not-allowed",
                            fmt::format("This resource answers {} only.", name));
    response.set(http::field::allow, name);
    exchange->answer(std::move(response));
    return false;
  };
  const auto may = [&](Role needed) {
    if (exchange->role == Role::Admin || needed == Role::Reader) return true;
    exchange->answer(problem(
        http::status::forbidden, "forbidden",
        fmt::format("The role '{}' may not do this; it needs '{}'.", to_string(exchange->role), to_string(needed))));
    return false;
  };

  // The look-ups.
  if (is({"clients", "zoek"})) {
    // D-610: the BSN travels in the body, never in a URL (URLs end up in logs and browser histories).
    exchange->route = "POST /admin/v1/clients/zoek";
    if (!method_is(http::verb::post, "POST")) return;
    json body;
    try {
      body = json::parse(request.body());
    } catch (const json::exception&) {
      return bad_request(R"(The body must be JSON: {"bsn": "123456782"}.)");
    }
    if (!body.is_object() || !body.contains("bsn") || !body["bsn"].is_string() ||
        !looks_like_bsn(body["bsn"].get<std::string>()))
      return bad_request(R"(The body must be {"bsn": "<nine digits>"}.)");
    const auto bsn = body["bsn"].get<std::string>();
    exchange->subject = bsn;
    exchange->logged_subject = mask_bsn(bsn);
    return lookup(exchange, {kClientSql, {bsn}, true, "No client, and no message, with this BSN."});
  }
  if (is({"gemeenten", "*", "toewijzingen", "*"}) || is({"gemeenten", "*", "toewijzingen", "*", "berichten"})) {
    const bool history = rest.size() == 5;
    exchange->route = history ? "GET /admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}/berichten"
                              : "GET /admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}";
    if (!method_is(http::verb::get, "GET")) return;
    const auto& gemeente = rest[1];
    const auto& nummer = rest[3];
    if (!matches(gemeente, "[0-9]{4}")) return bad_request("The gemeente is a gemeentecode of four digits.");
    if (!matches(nummer, "[0-9A-Za-z]{1,20}"))
      return bad_request("The toewijzing number is 1 to 20 letters or digits.");
    exchange->subject = exchange->logged_subject = gemeente + "/" + nummer;
    if (!history) return lookup(exchange, {kToewijzingSql, {gemeente, nummer}, true, "No such toewijzing."});
    if (!may(toewijzing_historie().role)) return;
    ListCall call{&toewijzing_historie(),
                  {gemeente, nummer},
                  {},
                  Format::Json,
                  std::string(kPrefix) + "/" + fmt::format("gemeenten/{}/toewijzingen/{}/berichten", gemeente, nummer),
                  target->query,
                  std::string(request[http::field::accept]),
                  kToewijzingExistsSql};
    return list(exchange, std::move(call));
  }
  if (is({"aanbieders", "*"})) {
    exchange->route = "GET /admin/v1/aanbieders/{agb}";
    if (!method_is(http::verb::get, "GET")) return;
    if (!matches(rest[1], "[0-9]{8}")) return bad_request("The AGB code has eight digits.");
    exchange->subject = exchange->logged_subject = rest[1];
    return lookup(exchange, {kAanbiederSql, {rest[1]}, false, "Nothing is known of this aanbieder."});
  }

  // The lists.
  const ListQuery* query = nullptr;
  if (is({"verzoeken", "open"}))
    query = &open_verzoeken();
  else if (is({"toewijzingen", "zonder-start"}))
    query = &toewijzingen_zonder_start();
  else if (is({"stops"}))
    query = &stops();
  else if (is({"berichten", "afgekeurd"}))
    query = &afgekeurde_berichten();
  else if (is({"statistieken"}))
    query = &statistieken();
  else if (is({"audit"}))
    query = &audit_log();
  if (query == nullptr) return not_found();
  std::string path(kPrefix);
  for (const auto& part : rest) path += "/" + part;
  exchange->route = "GET " + path;
  if (!method_is(http::verb::get, "GET")) return;
  if (!may(query->role)) return;
  ListCall call{query, {}, {}, Format::Json, path, target->query, std::string(request[http::field::accept])};
  for (const auto& name : query->filters) {
    const auto found = target->query.find(name);
    call.params.push_back(found == target->query.end() ? std::string() : found->second);
  }
  std::string filters;
  for (const auto& [name, value] : target->query) {
    if (name == "limit" || name == "offset" || name == "format") continue;
    if (std::find(query->filters.begin(), query->filters.end(), name) == query->filters.end())
      return bad_request(fmt::format("Unknown query parameter '{}'.", name));
    filters += (filters.empty() ? "" : "&") + name + "=" + value;
  }
  // The filters are gemeentecodes, AGB codes, message types and token names: no BSN.
  exchange->subject = exchange->logged_subject = filters;
  return list(exchange, std::move(call));
}

void AdminApi::Impl::list(const std::shared_ptr<Exchange>& exchange, ListCall call) {
  const auto format = requested_format(call.query_parameters, call.accept);
  if (!format)
    return exchange->answer(problem(http::status::bad_request, "bad-request", "format must be json or csv."));
  call.format = *format;
  const auto paging = parse_paging(call.query_parameters, call.format == Format::Csv);
  if (const auto* error = std::get_if<std::string>(&paging))
    return exchange->answer(problem(http::status::bad_request, "bad-request", *error));
  call.paging = std::get<Paging>(paging);
  // D-602: CSV is a bulk export of personal data; only the admin role may take one.
  if (call.format == Format::Csv && exchange->role != Role::Admin)
    return exchange->answer(problem(http::status::forbidden, "forbidden", "A CSV export needs the role 'admin'."));

  submit(exchange, [exchange, call = std::move(call)](pqxx::connection& connection) {
    const auto& query = *call.query;
    pqxx::transaction<pqxx::repeatable_read> transaction(connection, "admin list");
    if (call.exists_sql != nullptr &&
        transaction.exec_params(call.exists_sql, pqxx::prepare::make_dynamic_params(call.params)).empty()) {
      // Asking is a read too: it says whether the subject exists.
      if (query.personal)
        transaction.exec_params(kAuditInsertSql, exchange->token_name, std::string(to_string(exchange->role)),
                                exchange->request_id, exchange->remote, exchange->route, exchange->subject, 0LL);
      transaction.commit();
      return exchange->answer(problem(http::status::not_found, "not-found", "No such toewijzing."));
    }
    const auto dynamic = pqxx::prepare::make_dynamic_params(call.params);
    const auto total =
        transaction.exec_params1("SELECT count(*) FROM (" + query.sql + ") q", dynamic)[0].as<long long>();
    auto with_page = call.params;
    with_page.push_back(std::to_string(call.paging.limit));
    with_page.push_back(std::to_string(call.paging.offset));
    const auto n = call.params.size();
    const auto rows = transaction.exec_params(
        fmt::format("SELECT row_to_json(q)::text FROM ({}) q ORDER BY {} LIMIT ${}::bigint OFFSET ${}::bigint",
                    query.sql, query.order, n + 1, n + 2),
        pqxx::prepare::make_dynamic_params(with_page));
    if (query.personal)
      transaction.exec_params(kAuditInsertSql, exchange->token_name, std::string(to_string(exchange->role)),
                              exchange->request_id, exchange->remote, exchange->route, exchange->subject,
                              static_cast<long long>(rows.size()));
    transaction.commit();

    std::optional<std::string> next;
    if (call.paging.offset + rows.size() < static_cast<std::size_t>(total)) {
      auto parameters = call.query_parameters;
      parameters["offset"] = std::to_string(call.paging.offset + rows.size());
      parameters["limit"] = std::to_string(call.paging.limit);
      next = call.path + "?" + query_string(parameters);
    }
    if (call.format == Format::Csv) {
      CsvWriter csv(query.columns);
      for (const auto& row : rows) csv.record(json::parse(row[0].c_str()));
      Response response{http::status::ok, 11};
      response.set(http::field::content_type, "text/csv; charset=UTF-8");
      response.set(http::field::content_disposition, fmt::format("attachment; filename=\"{}.csv\"", query.name));
      response.set("X-Total-Count", std::to_string(total));
      if (next) response.set(http::field::link, fmt::format("<{}>; rel=\"next\"", *next));
      response.body() = csv.text();
      return exchange->answer(std::move(response), rows.size());
    }
    json items = json::array();
    for (const auto& row : rows) items.push_back(json::parse(row[0].c_str()));
    json body = {{"items", std::move(items)},
                 {"total", total},
                 {"limit", call.paging.limit},
                 {"offset", call.paging.offset},
                 {"next", next ? json(*next) : json(nullptr)}};
    exchange->answer(json_response(body), rows.size());
  });
}

void AdminApi::Impl::lookup(const std::shared_ptr<Exchange>& exchange, LookupCall call) {
  submit(exchange, [exchange, call = std::move(call)](pqxx::connection& connection) {
    pqxx::work transaction(connection, "admin lookup");
    const auto rows = transaction.exec_params(call.sql, pqxx::prepare::make_dynamic_params(call.params));
    // A search that finds nothing is audited too: it tells whether the BSN is known to the hub.
    if (call.personal)
      transaction.exec_params(kAuditInsertSql, exchange->token_name, std::string(to_string(exchange->role)),
                              exchange->request_id, exchange->remote, exchange->route, exchange->subject,
                              static_cast<long long>(rows.size()));
    transaction.commit();
    if (rows.empty()) return exchange->answer(problem(http::status::not_found, "not-found", call.not_found));
    exchange->answer(json_response(json::parse(rows[0][0].c_str())), 1);
  });
}

void AdminApi::Impl::submit(const std::shared_ptr<Exchange>& exchange, std::function<void(pqxx::connection&)> run) {
  DatabaseJob job;
  job.run = std::move(run);
  job.fail = [this, exchange](DatabaseFailure failure, const std::string& what) {
    // The error text may quote a parameter (a BSN): the log gets it at debug level only.
    spdlog::warn("admin {}: the query failed ({})", exchange->request_id,
                 failure == DatabaseFailure::Unavailable ? "database unavailable" : "internal error");
    spdlog::debug("admin {}: {}", exchange->request_id, what);
    if (failure == DatabaseFailure::Unavailable) return unavailable(exchange, "The database cannot be reached.");
    exchange->answer(problem(http::status::internal_server_error, "internal",
                             "The query failed; the request id is in X-Request-Id."));
  };
  if (!pool.submit(std::move(job))) unavailable(exchange, "The admin API is busy or stopping.");
}

void AdminApi::Impl::unavailable(const std::shared_ptr<Exchange>& exchange, std::string_view detail) {
  auto response = problem(http::status::service_unavailable, "unavailable", detail);
  response.set(http::field::retry_after, std::to_string(options.retry_after.count()));
  exchange->answer(std::move(response));
}

}  // namespace ijw::admin
