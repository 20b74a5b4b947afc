#pragma once
// An HTTPS listener that knows nothing of iJw: TLS 1.2+, optional client certificates, one session per
// connection with a timeout on every read and write, a body limit, a connection limit and a graceful stop,
// after Boost.Beast's advanced_server_flex example. What a request means is its Handler's business; the
// aanbieders' API and the declaratieteam's admin API are two handlers on two listeners.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace ijw::transport {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;

struct TlsFiles {
  std::string certificate;  // PEM: the server certificate, followed by its intermediates
  std::string private_key;  // PEM
  std::string client_ca;    // PEM: the CA(s) whose client certificates are accepted; empty: none are asked for
};

// The server's TLS context: TLS 1.2 or newer, the certificate and key, and, when `files.client_ca` is set,
// client certificates verified against it. Throws std::runtime_error naming the file that cannot be used.
boost::asio::ssl::context make_tls_context(const TlsFiles& files);

struct ListenerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8443;
  TlsFiles tls;
  std::size_t max_body_bytes = 1024 * 1024;  // larger bodies get 413, on the Content-Length or while reading
  std::chrono::seconds timeout{30};          // every read and write, the TLS handshake and shutdown
  std::size_t max_connections = 256;         // beyond it, new connections are closed at once
};

// Who sent a request, as far as the connection tells.
struct Caller {
  std::optional<std::string> certificate_cn;  // subject CN of a verified client certificate
  std::string remote;                         // "address:port"
  std::string request_id;                     // unique in this process; sent back as X-Request-Id
};

class Handler {
 public:
  using Respond = std::function<void(Response)>;
  virtual ~Handler() = default;
  // Called on an I/O thread with a complete request: must not block (database work goes to a worker).
  // `respond` must be called exactly once, from any thread; the listener sets keep-alive, Server,
  // X-Request-Id and Content-Length.
  virtual void handle(Request request, const Caller& caller, Respond respond) = 0;
};

class HttpsListener {
 public:
  // `name` prefixes the log lines ("aanbieders", "admin"). `handler` must outlive the listener's sessions.
  HttpsListener(boost::asio::io_context& io, std::string name, ListenerOptions options, boost::asio::ssl::context tls,
                Handler& handler);
  ~HttpsListener();
  HttpsListener(const HttpsListener&) = delete;
  HttpsListener& operator=(const HttpsListener&) = delete;

  // Binds and starts accepting (on the io_context's threads). Throws boost::system::system_error.
  void start();

  // Stops accepting and closes idle connections; requests in flight are answered, then their connections
  // close. The io_context runs out of this listener's work when the last one is done. Thread-safe.
  void stop();

  std::uint16_t port() const;  // the bound port (useful with port 0)

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace ijw::transport
