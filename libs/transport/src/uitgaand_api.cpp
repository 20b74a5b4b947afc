#include "uitgaand_api.hpp"

#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <optional>

#include "ijw/store/uitgaand.hpp"
#include "ijw/transport/problem.hpp"

namespace ijw::transport {
namespace {

namespace http = boost::beast::http;

constexpr std::size_t kDefaultLimit = 100;
constexpr std::size_t kMaxLimit = 1000;

std::optional<std::int64_t> positive_number(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// The list's query: `na` (the last id seen), `limit`, `status` (`open`: without a JW302 yet, the default;
// `alle`). Its values are numbers and words, so there is nothing to percent-decode; anything else is an error.
std::optional<store::UitgaandQuery> query_of(std::string_view query, const std::string& agb, std::string& error) {
  store::UitgaandQuery parsed{agb, 0, kDefaultLimit, true};
  while (!query.empty()) {
    const auto end = query.find('&');
    const auto pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view{} : query.substr(end + 1);
    const auto equals = pair.find('=');
    const auto name = pair.substr(0, equals);
    const auto value = equals == std::string_view::npos ? std::string_view{} : pair.substr(equals + 1);
    if (name == "na" && positive_number(value)) {
      parsed.after = *positive_number(value);
    } else if (name == "limit" && positive_number(value) && *positive_number(value) >= 1 &&
               static_cast<std::size_t>(*positive_number(value)) <= kMaxLimit) {
      parsed.limit = static_cast<std::size_t>(*positive_number(value));
    } else if (name == "status" && (value == "open" || value == "alle")) {
      parsed.only_unanswered = value == "open";
    } else {
      error = fmt::format("'{}' is not a valid parameter here; use na=<id>, limit=1..{}, status=open|alle",
                          std::string(pair.substr(0, 60)), kMaxLimit);
      return std::nullopt;
    }
  }
  return parsed;
}

nlohmann::json to_json(const store::UitgaandBericht& bericht) {
  nlohmann::json item = {{"id", bericht.id},
                         {"berichttype", "JW301"},
                         {"gemeente", bericht.gemeente},
                         {"identificatie", bericht.identificatie},
                         {"dagtekening", bericht.dagtekening},
                         {"ontvangen", bericht.received_at},
                         {"href", fmt::format("{}/{}", kUitgaand, bericht.id)},
                         {"jw302", nullptr}};
  if (bericht.jw302)
    item["jw302"] = {{"retourcodes", bericht.jw302->retour_codes}, {"ontvangen", bericht.jw302->received_at}};
  return item;
}

Response list(store::Connection& connection, const store::UitgaandQuery& query, unsigned version) {
  const auto berichten = store::uitgaand(connection, query);
  auto items = nlohmann::json::array();
  for (const auto& bericht : berichten) items.push_back(to_json(bericht));
  nlohmann::json body = {{"berichten", std::move(items)}, {"volgende", nullptr}};
  if (berichten.size() == query.limit) {  // there may be more: the next page starts after the last id
    body["volgende"] = fmt::format("{}?na={}&limit={}&status={}", kUitgaand, berichten.back().id, query.limit,
                                   query.only_unanswered ? "open" : "alle");
  }
  Response response{http::status::ok, version};
  response.set(http::field::content_type, "application/json");
  response.body() = body.dump();
  return response;
}

Response one(store::Connection& connection, const std::string& agb, std::int64_t id, unsigned version) {
  const auto raw = store::uitgaand_raw(connection, agb, id);
  if (!raw) {
    return problem(http::status::not_found, "not-found", fmt::format("There is no JW301 {} for this aanbieder.", id),
                   version);
  }
  Response response{http::status::ok, version};
  response.set(http::field::content_type, "application/xml; charset=UTF-8");
  response.body() = *raw;
  return response;
}

}  // namespace

void serve_uitgaand(WorkerPool& pool, const Request& request, const std::string& agb, Handler::Respond respond) {
  const auto version = request.version();
  const auto target = request.target();
  const auto question = target.find('?');
  const auto path = target.substr(0, question);
  std::function<Response(store::Connection&)> work;
  if (path == kUitgaand) {
    std::string error;
    const auto query = query_of(question == std::string_view::npos ? std::string_view{} : target.substr(question + 1),
                                agb, error);
    if (!query) return respond(problem(http::status::bad_request, "bad-query", error, version));
    work = [query = *query, version](store::Connection& connection) { return list(connection, query, version); };
  } else {
    const auto id = positive_number(path.substr(kUitgaand.size() + 1));
    if (!id || question != std::string_view::npos) {
      return respond(problem(http::status::not_found, "not-found", "There is no resource at this path.", version));
    }
    work = [agb, id = *id, version](store::Connection& connection) { return one(connection, agb, id, version); };
  }
  auto shared_respond = std::make_shared<Handler::Respond>(std::move(respond));
  const bool queued = pool.submit(
      [work = std::move(work), shared_respond](store::Connection& connection, const validate::Validator&) {
        (*shared_respond)(work(connection));
      },
      [shared_respond, version](Processed::Failure failure, const std::string&) {
        if (failure == Processed::Failure::Unavailable) {
          return (*shared_respond)(problem(http::status::service_unavailable, "unavailable",
                                           "The database cannot be reached now; ask again later.", version));
        }
        (*shared_respond)(problem(http::status::internal_server_error, "internal", "The list could not be made.", version));
      });
  if (!queued) {
    (*shared_respond)(problem(http::status::service_unavailable, "unavailable", "All workers are busy; ask again later.",
                              version));
  }
}

}  // namespace ijw::transport
