#pragma once
// The HTTPS intake for aanbieders (docs/ijwd.md): TLS 1.2+, mutual TLS, the client certificate's subject CN
// mapped to an AGB code; POST /api/v1/berichten runs the pipeline on the worker pool and answers with the
// retourbericht once it is committed. One session per connection, a timeout on every read and write, a
// connection limit and a graceful stop, after Boost.Beast's advanced_server_flex example.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "ijw/transport/worker_pool.hpp"

namespace ijw::transport {

struct TlsFiles {
  std::string certificate;  // PEM: the server certificate, followed by its intermediates
  std::string private_key;  // PEM
  std::string client_ca;    // PEM: the CA(s) that issue the aanbieders' client certificates
};

struct HttpsOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8443;
  TlsFiles tls;
  // Subject CN of a verified client certificate -> AGB code of the aanbieder it authenticates. The client CA
  // should be the hub's own: whoever it signs a CN for is that aanbieder.
  std::map<std::string, std::string> clients;
  std::size_t max_body_bytes = 1024 * 1024;
  std::chrono::seconds timeout{30};  // every read and write, the TLS handshake and shutdown
  std::size_t max_connections = 256;  // beyond it, new connections are closed at once
  std::chrono::seconds retry_after{5};  // the Retry-After of a 503
};

// The server's TLS context: TLS 1.2 or newer, the certificate and key, client certificates verified against
// `files.client_ca`. Throws std::runtime_error naming the file that cannot be used.
boost::asio::ssl::context make_tls_context(const TlsFiles& files);

class HttpsServer {
 public:
  HttpsServer(boost::asio::io_context& io, HttpsOptions options, boost::asio::ssl::context tls, WorkerPool& pool);
  ~HttpsServer();
  HttpsServer(const HttpsServer&) = delete;
  HttpsServer& operator=(const HttpsServer&) = delete;

  // Binds and starts accepting (on the io_context's threads). Throws boost::system::system_error.
  void start();

  // Stops accepting and closes idle connections; requests in flight are processed and answered, then their
  // connections close. The io_context runs out of work when the last one is done. Thread-safe.
  void stop();

  std::uint16_t port() const;  // the bound port (useful with port 0)

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace ijw::transport
