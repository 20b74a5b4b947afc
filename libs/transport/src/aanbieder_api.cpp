// The aanbieders' API (docs/ijwd.md, "HTTP API"): routing, authentication by client certificate, and the
// translation of the pipeline's Result into HTTP.

#include "ijw/transport/aanbieder_api.hpp"

#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "ijw/transport/problem.hpp"
#include "uitgaand_api.hpp"

namespace ijw::transport {
namespace {

namespace http = boost::beast::http;

constexpr std::string_view kBerichten = "/api/v1/berichten";
constexpr std::string_view kHealth = "/healthz";
constexpr std::string_view kReady = "/readyz";
constexpr std::string_view kMetrics = "/metrics";
constexpr std::string_view kListener = "aanbieders";

// "application/xml; charset=UTF-8" -> true.
bool is_xml_content_type(std::string_view value) {
  auto type = value.substr(0, value.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  std::string name(type);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name == "application/xml" || name == "text/xml";
}

Response method_not_allowed(std::string_view allow, unsigned version) {
  auto response = problem(http::status::method_not_allowed, "method-not-allowed",
                          fmt::format("This resource allows {}.", allow), version);
  response.set(http::field::allow, allow);
  return response;
}

Response unavailable(std::chrono::seconds retry_after, unsigned version) {
  auto response = problem(http::status::service_unavailable, "unavailable",
                          "The message could not be processed now; nothing was stored. Send the same message again "
                          "later.",
                          version);
  response.set(http::field::retry_after, std::to_string(retry_after.count()));
  return response;
}

// What the pipeline made of a message, as HTTP: the retour (200), or a problem document.
Response answer(const Processed& processed, std::chrono::seconds retry_after, unsigned version) {
  if (processed.failure == Processed::Failure::Unavailable) return unavailable(retry_after, version);
  if (processed.failure == Processed::Failure::Internal || !processed.result) {
    return problem(http::status::internal_server_error, "internal",
                   "The message could not be processed; nothing was stored.", version);
  }
  const auto& result = *processed.result;
  switch (result.outcome) {
    case pipeline::Outcome::Accepted:
    case pipeline::Outcome::Rejected:
      if (result.retour) {
        Response response{http::status::ok, version};
        response.set(http::field::content_type, "application/xml; charset=UTF-8");
        response.body() = *result.retour;
        return response;
      }
      break;
    case pipeline::Outcome::Invalid: {
      auto errors = nlohmann::json::array();
      for (const auto& error : result.errors)
        errors.push_back(
            {{"line", error.where.line}, {"column", error.where.column}, {"path", error.path}, {"text", error.text}});
      return problem(http::status::bad_request, "invalid-message",
                     "The message is not a valid iJw 3.2 heenbericht (XSD); nothing was stored.", version,
                     {{"errors", std::move(errors)}});
    }
    case pipeline::Outcome::Refused:
      return problem(http::status::forbidden, "refused", result.refusal, version);
    case pipeline::Outcome::Linked: {  // a JW302: no retour on a retour, a receipt instead
      Response response{http::status::ok, version};
      response.set(http::field::content_type, "application/json");
      response.body() = nlohmann::json{{"gekoppeld_aan", fmt::format("{}/{}", kUitgaand, result.linked_jw301)},
                                       {"retourcodes", result.codes},
                                       {"eerder_ontvangen", result.replayed}}
                            .dump();
      return response;
    }
  }
  return problem(http::status::internal_server_error, "internal", "The pipeline gave no retourbericht.", version);
}

// One log line per message: never the body, never a Bsn; the message type, the outcome and the RetourCodes.
void log_outcome(const Caller& caller, const std::string& agb, const Processed& processed, unsigned status) {
  std::string outcome = processed.failure == Processed::Failure::Unavailable ? "unavailable" : "error";
  std::string type = "-";
  std::string codes;
  if (processed.failure == Processed::Failure::None && processed.result) {
    const auto& result = *processed.result;
    outcome = std::string(pipeline::to_string(result.outcome)) + (result.replayed ? "/replayed" : "");
    if (!result.message_type.empty()) type = result.message_type;
    for (const auto& code : result.codes) codes += (codes.empty() ? "" : ",") + code;
    // The errors may quote values of the message (a Bsn): debug level only.
    for (const auto& error : result.errors)
      spdlog::debug("{} invalid at {}:{} {}: {}", caller.request_id, error.where.line, error.where.column, error.path,
                    error.text);
  } else if (!processed.what.empty()) {
    spdlog::warn("{} agb={} not processed: {}", caller.request_id, agb, processed.what);
  }
  spdlog::info("{} {} agb={} POST {} -> {} {} {} {}", caller.request_id, caller.remote, agb, kBerichten, status, type,
               outcome, codes.empty() ? "-" : codes);
}

}  // namespace

AanbiederApi::AanbiederApi(AanbiederApiOptions options, WorkerPool& pool, Metrics& metrics, const Readiness& readiness)
    : options_(std::move(options)),
      pool_(pool),
      metrics_(metrics),
      readiness_(readiness),
      rate_limiter_(options_.rate_per_second, options_.rate_burst, options_.clock) {}

void AanbiederApi::handle(Request request, const Caller& caller, Respond respond_in) {
  const auto version = request.version();
  const auto target = request.target();
  auto respond = [this, respond_in = std::move(respond_in)](Response response) {
    metrics_.count_response(kListener, response.result_int());
    respond_in(std::move(response));
  };
  if (target == kHealth || target == kReady || target == kMetrics) {
    if (request.method() != http::verb::get) return respond(method_not_allowed("GET", version));
    return respond(operations(request));
  }
  const auto path = target.substr(0, target.find('?'));
  const bool uitgaand = path == kUitgaand || path.starts_with(std::string(kUitgaand) + "/");
  if (path != kBerichten && !uitgaand) {
    return respond(problem(http::status::not_found, "not-found", "There is no resource at this path.", version));
  }
  if (uitgaand && request.method() != http::verb::get) return respond(method_not_allowed("GET", version));
  if (!uitgaand && request.method() != http::verb::post) return respond(method_not_allowed("POST", version));

  const auto client = caller.certificate_cn ? options_.clients.find(*caller.certificate_cn) : options_.clients.end();
  if (client == options_.clients.end()) {
    if (caller.certificate_cn)
      spdlog::warn("{} {}: client certificate CN '{}' is not in the client mapping", caller.request_id, caller.remote,
                   *caller.certificate_cn);
    const auto detail = caller.certificate_cn
                            ? "The client certificate '" + *caller.certificate_cn + "' is not registered for an aanbieder."
                            : std::string("A client certificate issued by the hub's client CA is required.");
    return respond(problem(http::status::unauthorized, "unauthenticated", detail, version));
  }
  if (uitgaand) return serve_uitgaand(pool_, request, client->second, std::move(respond));
  if (!is_xml_content_type(request[http::field::content_type])) {
    return respond(problem(http::status::unsupported_media_type, "unsupported-media-type",
                           "The body must be an iJw heenbericht sent as application/xml or text/xml.", version));
  }
  if (const auto wait = rate_limiter_.acquire(client->second); wait.count() > 0) {
    const auto seconds = (wait.count() + 999) / 1000;
    spdlog::info("{} {} agb={} rate limit reached: 429", caller.request_id, caller.remote, client->second);
    auto response = problem(http::status::too_many_requests, "rate-limited",
                            fmt::format("More than {} messages per second (bursts up to {}) from this aanbieder; "
                                        "nothing was stored. Send it again after {} s.",
                                        options_.rate_per_second, options_.rate_burst, seconds),
                            version);
    response.set(http::field::retry_after, std::to_string(seconds));
    return respond(std::move(response));
  }
  post_bericht(std::move(request), caller, client->second, std::move(respond));
}

Response AanbiederApi::operations(const Request& request) const {
  const auto version = request.version();
  Response response{http::status::ok, version};
  if (request.target() == kHealth) {  // the process runs and answers
    response.set(http::field::content_type, "text/plain");
    response.body() = "ok\n";
  } else if (request.target() == kReady) {  // and can do its work: every dependency is reachable
    auto checks = nlohmann::json::object();
    for (const auto& [name, state] : readiness_.states())
      checks[name] = {{"ready", state.ready}, {"detail", state.detail}};
    const bool ready = readiness_.ready();
    response.result(ready ? http::status::ok : http::status::service_unavailable);
    response.set(http::field::content_type, "application/json");
    response.body() = nlohmann::json{{"ready", ready}, {"checks", std::move(checks)}}.dump() + "\n";
  } else {
    response.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
    response.body() = metrics_.exposition();
  }
  return response;
}

void AanbiederApi::post_bericht(Request request, const Caller& caller, const std::string& agb, Respond respond) {
  const auto version = request.version();
  const auto received = std::chrono::steady_clock::now();
  auto done = [this, caller, agb, version, received, respond](Processed processed) {
    auto response = answer(processed, options_.retry_after, version);
    log_outcome(caller, agb, processed, response.result_int());
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - received;
    if (processed.result) {
      const auto& result = *processed.result;
      metrics_.count_message(result.message_type, "https", pipeline::to_string(result.outcome), result.codes,
                             elapsed.count());
    } else {
      metrics_.count_message("-", "https",
                             processed.failure == Processed::Failure::Unavailable ? "unavailable" : "error", {},
                             elapsed.count());
    }
    respond(std::move(response));
  };
  if (!pool_.submit(std::move(request.body()), pipeline::Origin{pipeline::Side::Aanbieder, agb}, done)) {
    Processed busy;
    busy.failure = Processed::Failure::Unavailable;
    busy.what = "the worker queue is full";
    done(std::move(busy));
  }
}

}  // namespace ijw::transport
