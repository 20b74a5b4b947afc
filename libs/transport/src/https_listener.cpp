// The generic HTTPS listener (https_listener.hpp). Shaped after Boost.Beast's advanced_server_flex example:
// an acceptor handing each connection a strand of its own, one session object per connection, a timeout on
// every operation. A session reads one complete request, hands it to the handler and resumes on its strand
// when the handler responds.

#include "ijw/transport/https_listener.hpp"

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ijw/transport/problem.hpp"

namespace ijw::transport {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

class Session;

// What the listener and its sessions share; lives as long as any of them.
struct Shared {
  Shared(std::string name_in, ListenerOptions options_in, ssl::context tls_in, Handler& handler_in)
      : name(std::move(name_in)), options(std::move(options_in)), tls(std::move(tls_in)), handler(handler_in) {}

  std::string name;
  ListenerOptions options;
  ssl::context tls;
  Handler& handler;
  std::atomic<std::size_t> connections{0};
  std::atomic<bool> stopping{false};

  std::mutex mutex;
  std::unordered_map<const Session*, std::weak_ptr<Session>> sessions;  // to close the idle ones on stop
};

// Request ids are unique across the listeners of the process.
std::string next_request_id() {
  static std::atomic<std::uint64_t> requests{0};
  return fmt::format("{:08x}", ++requests);
}

// The subject CN of the verified client certificate, if any.
std::optional<std::string> client_common_name(SSL* ssl_handle) {
  X509* certificate = SSL_get1_peer_certificate(ssl_handle);
  if (certificate == nullptr) return std::nullopt;
  std::optional<std::string> name;
  if (SSL_get_verify_result(ssl_handle) == X509_V_OK) {
    X509_NAME* subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index >= 0) {
      unsigned char* utf8 = nullptr;
      const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
      if (length >= 0) name.emplace(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(length));
      OPENSSL_free(utf8);
    }
  }
  X509_free(certificate);
  return name;
}

bool expects_continue(const Request& request) {
  std::string value(request[http::field::expect]);
  std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return value == "100-continue";
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, std::shared_ptr<Shared> shared)
      : stream_(std::move(socket), shared->tls), shared_(std::move(shared)) {}

  ~Session() {
    {
      std::lock_guard lock(shared_->mutex);
      shared_->sessions.erase(this);
    }
    --shared_->connections;
  }

  void run() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::on_run, shared_from_this()));
  }

  // On stop: a connection waiting for a handshake or its next request is closed; one whose request is in
  // flight is answered first (its response then closes it).
  void stop() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->state_ == State::Handshake || self->state_ == State::Idle) beast::get_lowest_layer(self->stream_).cancel();
    });
  }

 private:
  enum class State { Handshake, Idle, Receiving, Handling, Writing, Closing };

  void on_run() {
    boost::system::error_code ec;
    const auto endpoint = beast::get_lowest_layer(stream_).socket().remote_endpoint(ec);
    caller_.remote = ec ? "?" : endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    stream_.async_handshake(ssl::stream_base::server,
                            beast::bind_front_handler(&Session::on_handshake, shared_from_this()));
  }

  void on_handshake(beast::error_code ec) {
    if (ec) {
      spdlog::info("{} {}: TLS handshake failed: {}", shared_->name, caller_.remote, ec.message());
      return;
    }
    caller_.certificate_cn = client_common_name(stream_.native_handle());
    do_read();
  }

  void do_read() {
    if (shared_->stopping) return do_close();
    state_ = State::Idle;
    parser_.emplace();
    parser_->body_limit(shared_->options.max_body_bytes);
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream || ec == net::error::operation_aborted) return do_close();
    if (ec && ec != http::error::body_limit) {
      spdlog::debug("{} {}: reading a request failed: {}", shared_->name, caller_.remote, ec.message());
      return;  // a timeout or a broken connection; closing the socket is all there is to do
    }
    state_ = State::Receiving;
    started_ = std::chrono::steady_clock::now();
    caller_.request_id = next_request_id();
    version_ = parser_->get().version();
    method_ = std::string(parser_->get().method_string());
    target_ = std::string(parser_->get().target().substr(0, 200));
    if (ec == http::error::body_limit) return too_large();  // refused on its Content-Length, body unread
    if (expects_continue(parser_->get())) {
      continue_.emplace(http::status::continue_, version_);
      beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
      return http::async_write(stream_, *continue_, beast::bind_front_handler(&Session::on_continue, shared_from_this()));
    }
    read_body();
  }

  void on_continue(beast::error_code ec, std::size_t) {
    if (!ec) read_body();
  }

  void read_body() {
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_body, shared_from_this()));
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec == http::error::body_limit) return too_large();
    if (ec) {
      spdlog::info("{} {} {}: reading the body failed: {}", shared_->name, caller_.request_id, caller_.remote,
                   ec.message());
      return;
    }
    keep_alive_ = parser_->get().keep_alive();
    state_ = State::Handling;
    beast::get_lowest_layer(stream_).expires_never();  // the handler's time is not the client's
    // The tracked executor keeps the io_context running until the response is posted back.
    auto executor = net::prefer(stream_.get_executor(), net::execution::outstanding_work.tracked);
    shared_->handler.handle(parser_->release(), caller_, [self = shared_from_this(), executor](Response response) {
      net::post(executor, [self, response = std::move(response)]() mutable { self->write(std::move(response)); });
    });
  }

  void too_large() {
    keep_alive_ = false;  // the rest of the body is left unread
    write(problem(http::status::payload_too_large, "too-large",
                  fmt::format("The body exceeds the limit of {} bytes.", shared_->options.max_body_bytes), version_));
  }

  void write(Response response) {
    state_ = State::Writing;
    response.version(version_);
    response.set(http::field::server, "ijwd");
    response.set("X-Request-Id", caller_.request_id);
    response.keep_alive(keep_alive_ && !shared_->stopping);
    response.prepare_payload();
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_);
    // The target may hold a search term (a Bsn): debug level only.
    spdlog::debug("{} {} {} {} {} -> {} {:.1f}ms", shared_->name, caller_.request_id, caller_.remote, method_, target_,
                  response.result_int(), elapsed.count());
    response_ = std::move(response);
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    http::async_write(stream_, *response_, beast::bind_front_handler(&Session::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, std::size_t) {
    if (ec) return;
    const bool keep = response_->keep_alive();
    response_.reset();
    keep_alive_ = true;
    if (!keep) return do_close();
    do_read();
  }

  void do_close() {
    state_ = State::Closing;
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    stream_.async_shutdown([self = shared_from_this()](beast::error_code) {});
  }

  beast::ssl_stream<beast::tcp_stream> stream_;
  std::shared_ptr<Shared> shared_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  std::optional<Response> response_;
  State state_ = State::Handshake;
  Caller caller_;

  // The request being answered.
  std::string method_;
  std::string target_;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

class Acceptor : public std::enable_shared_from_this<Acceptor> {
 public:
  Acceptor(net::io_context& io, std::shared_ptr<Shared> shared)
      : io_(io), acceptor_(net::make_strand(io)), shared_(std::move(shared)) {}

  void open(const tcp::endpoint& endpoint) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections);
    port_ = acceptor_.local_endpoint().port();
  }

  void run() {
    net::dispatch(acceptor_.get_executor(), beast::bind_front_handler(&Acceptor::do_accept, shared_from_this()));
  }

  void stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
      boost::system::error_code ignored;
      self->acceptor_.close(ignored);
    });
  }

  std::uint16_t port() const { return port_; }

 private:
  void do_accept() {
    acceptor_.async_accept(net::make_strand(io_), beast::bind_front_handler(&Acceptor::on_accept, shared_from_this()));
  }

  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open() || shared_->stopping) return;
    if (ec) {
      spdlog::warn("{}: accept failed: {}", shared_->name, ec.message());
    } else if (shared_->connections.load() >= shared_->options.max_connections) {
      spdlog::warn("{}: connection limit {} reached: closing a new connection", shared_->name,
                   shared_->options.max_connections);
      boost::system::error_code ignored;
      socket.close(ignored);
    } else {
      ++shared_->connections;
      auto session = std::make_shared<Session>(std::move(socket), shared_);
      {
        std::lock_guard lock(shared_->mutex);
        shared_->sessions.emplace(session.get(), session);
      }
      session->run();
    }
    do_accept();
  }

  net::io_context& io_;
  tcp::acceptor acceptor_;
  std::shared_ptr<Shared> shared_;
  std::uint16_t port_ = 0;
};

}  // namespace

struct HttpsListener::Impl {
  net::io_context& io;
  std::shared_ptr<Shared> shared;
  std::shared_ptr<Acceptor> acceptor;
};

HttpsListener::HttpsListener(net::io_context& io, std::string name, ListenerOptions options, ssl::context tls,
                             Handler& handler)
    : impl_(std::make_shared<Impl>(
          Impl{io, std::make_shared<Shared>(std::move(name), std::move(options), std::move(tls), handler), {}})) {}

HttpsListener::~HttpsListener() = default;

void HttpsListener::start() {
  const auto& options = impl_->shared->options;
  impl_->acceptor = std::make_shared<Acceptor>(impl_->io, impl_->shared);
  impl_->acceptor->open(tcp::endpoint(net::ip::make_address(options.address), options.port));
  impl_->acceptor->run();
}

void HttpsListener::stop() {
  impl_->shared->stopping = true;
  if (impl_->acceptor) impl_->acceptor->stop();
  std::vector<std::shared_ptr<Session>> sessions;
  {
    std::lock_guard lock(impl_->shared->mutex);
    for (auto& [key, weak] : impl_->shared->sessions)
      if (auto session = weak.lock()) sessions.push_back(std::move(session));
  }
  for (auto& session : sessions) session->stop();
}

std::uint16_t HttpsListener::port() const { return impl_->acceptor ? impl_->acceptor->port() : 0; }

}  // namespace ijw::transport
