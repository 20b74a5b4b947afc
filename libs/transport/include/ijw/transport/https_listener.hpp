#pragma once
// PLACEHOLDER until "transport: a generic HTTPS listener with handlers" lands on main: only the handler
// interface the admin API plugs into, as announced by the integrator. Replaced by main's file on merge.

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>
#include <optional>
#include <string>

namespace ijw::transport {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;

struct Caller {
  std::optional<std::string> certificate_cn;  // subject CN of a verified client certificate, if any
  std::string remote;                         // "address:port"
  std::string request_id;                     // unique per request; the listener sets X-Request-Id on the response
};

class Handler {
 public:
  virtual ~Handler() = default;
  // Called on an I/O thread; must not block (run database work elsewhere). Call `respond` exactly once,
  // from any thread. The listener has already answered 413 (body too large) and timeouts itself.
  virtual void handle(Request request, const Caller& caller, std::function<void(Response)> respond) = 0;
};

}  // namespace ijw::transport
