#include "ijw/transport/problem.hpp"

#include <string>

namespace ijw::transport {

Response problem(boost::beast::http::status status, std::string_view type, std::string_view detail, unsigned version,
                 const nlohmann::json& extra) {
  namespace http = boost::beast::http;
  nlohmann::json document = {{"type", "https://ijw-hub.nl/problems/" + std::string(type)},
                             {"title", std::string(http::obsolete_reason(status))},
                             {"status", static_cast<unsigned>(status)},
                             {"detail", detail}};
  document.update(extra);
  Response response{status, version};
  response.set(http::field::content_type, "application/problem+json");
  response.body() = document.dump();
  return response;
}

}  // namespace ijw::transport
