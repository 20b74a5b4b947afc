#pragma once
// RFC 9457 problem documents, the error answer of every HTTP API of the hub.

#include <boost/beast/http/status.hpp>
#include <nlohmann/json.hpp>

#include <string_view>

#include "ijw/transport/https_listener.hpp"

namespace ijw::transport {

// A response with Content-Type application/problem+json: `type` is a short slug under the hub's problem
// base URI ("invalid-message"), the title is the status's reason phrase; `extra` members are merged in.
Response problem(boost::beast::http::status status, std::string_view type, std::string_view detail, unsigned version,
                 const nlohmann::json& extra = nlohmann::json::object());

}  // namespace ijw::transport
