// The HTTPS intake (docs/ijwd.md). Shaped after Boost.Beast's advanced_server_flex example: a listener
// accepting onto a strand per connection, one session object per connection, a timeout on every operation.
// The session hands the body to the worker pool and resumes on its strand when the pipeline is done.

#include "ijw/transport/https_server.hpp"

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>

namespace ijw::transport {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using Response = http::response<http::string_body>;

constexpr std::string_view kBerichten = "/api/v1/berichten";
constexpr std::string_view kHealth = "/healthz";
constexpr std::string_view kProblemBase = "https://ijw-hub.nl/problems/";

class Session;

// What the listener and the sessions share; lives as long as any of them.
struct Shared {
  Shared(HttpsOptions options_in, ssl::context tls_in, WorkerPool& pool_in)
      : options(std::move(options_in)), tls(std::move(tls_in)), pool(pool_in) {}

  HttpsOptions options;
  ssl::context tls;
  WorkerPool& pool;
  std::atomic<std::size_t> connections{0};
  std::atomic<bool> stopping{false};
  std::atomic<std::uint64_t> requests{0};

  std::mutex mutex;
  std::unordered_map<const Session*, std::weak_ptr<Session>> sessions;  // to close the idle ones on stop
};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "application/xml; charset=UTF-8" -> true.
bool is_xml_content_type(std::string_view value) {
  auto type = value.substr(0, value.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  const auto name = lower(type);
  return name == "application/xml" || name == "text/xml";
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

// An RFC 9457 problem document.
nlohmann::json problem(std::string_view type, std::string_view title, http::status status, std::string_view detail) {
  return {{"type", std::string(kProblemBase) + std::string(type)},
          {"title", title},
          {"status", static_cast<unsigned>(status)},
          {"detail", detail}};
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
  enum class State { Handshake, Idle, Receiving, Processing, Writing, Closing };

  void on_run() {
    boost::system::error_code ec;
    const auto endpoint = beast::get_lowest_layer(stream_).socket().remote_endpoint(ec);
    if (!ec) peer_ = endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    stream_.async_handshake(ssl::stream_base::server,
                            beast::bind_front_handler(&Session::on_handshake, shared_from_this()));
  }

  void on_handshake(beast::error_code ec) {
    if (ec) {
      spdlog::info("{}: TLS handshake failed: {}", peer_, ec.message());
      return;
    }
    if (const auto name = client_common_name(stream_.native_handle())) {
      common_name_ = *name;
      if (const auto found = shared_->options.clients.find(*name); found != shared_->options.clients.end())
        agb_ = found->second;
      else
        spdlog::warn("{}: client certificate CN '{}' is not in the client mapping", peer_, *name);
    }
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

  void begin_request() {
    state_ = State::Receiving;
    started_ = std::chrono::steady_clock::now();
    id_ = fmt::format("{:08x}", ++shared_->requests);
    version_ = parser_->get().version();
    keep_alive_ = parser_->get().keep_alive();
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream || ec == net::error::operation_aborted) return do_close();
    if (ec == http::error::body_limit) {  // a Content-Length over the limit: refused before the body is read
      begin_request();
      keep_alive_ = false;  // the body is left unread
      return too_large();
    }
    if (ec) {
      spdlog::debug("{}: reading a request failed: {}", peer_, ec.message());
      return;  // a timeout or a broken connection; closing the socket is all there is to do
    }
    begin_request();
    const auto& request = parser_->get();
    const auto target = request.target();
    method_ = std::string(request.method_string());
    target_ = std::string(target.substr(0, 200));
    // A request answered before its body is read cannot keep the connection.
    if (!parser_->is_done()) keep_alive_ = false;

    if (target == kHealth) {
      if (request.method() != http::verb::get) return method_not_allowed("GET");
      Response response{http::status::ok, version_};
      response.set(http::field::content_type, "text/plain");
      response.body() = "ok\n";
      return write(std::move(response));
    }
    if (target != kBerichten) {
      return write(problem_response(
          problem("not-found", "Not Found", http::status::not_found, "There is no resource at this path."),
          http::status::not_found));
    }
    if (request.method() != http::verb::post) return method_not_allowed("POST");
    if (!agb_) {
      const auto detail = common_name_.empty()
                              ? std::string("A client certificate issued by the hub's client CA is required.")
                              : "The client certificate '" + common_name_ + "' is not registered for an aanbieder.";
      return write(problem_response(problem("unauthenticated", "Unauthorized", http::status::unauthorized, detail),
                                    http::status::unauthorized));
    }
    if (!is_xml_content_type(request[http::field::content_type])) {
      return write(problem_response(
          problem("unsupported-media-type", "Unsupported Media Type", http::status::unsupported_media_type,
                  "The body must be an iJw heenbericht sent as application/xml or text/xml."),
          http::status::unsupported_media_type));
    }
    if (lower(request[http::field::expect]) == "100-continue") {
      continue_.emplace(http::status::continue_, version_);
      beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
      return http::async_write(stream_, *continue_, beast::bind_front_handler(&Session::on_continue, shared_from_this()));
    }
    read_body();
  }

  void on_continue(beast::error_code ec, std::size_t) {
    if (ec) return;
    read_body();
  }

  void read_body() {
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_body, shared_from_this()));
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec == http::error::body_limit) {
      keep_alive_ = false;
      return too_large();
    }
    if (ec) {
      spdlog::info("{} {}: reading the body failed: {}", id_, peer_, ec.message());
      return;
    }
    keep_alive_ = parser_->get().keep_alive();
    state_ = State::Processing;
    beast::get_lowest_layer(stream_).expires_never();  // the pipeline's time is not the client's
    // The tracked executor keeps the io_context running until the answer is posted back.
    auto executor = net::prefer(stream_.get_executor(), net::execution::outstanding_work.tracked);
    const bool queued = shared_->pool.submit(
        std::move(parser_->get().body()), pipeline::Origin{pipeline::Side::Aanbieder, *agb_},
        [self = shared_from_this(), executor](Processed processed) {
          net::post(executor, [self, processed = std::move(processed)]() mutable { self->on_processed(std::move(processed)); });
        });
    if (!queued) {
      Processed busy;
      busy.failure = Processed::Failure::Unavailable;
      busy.what = "the worker queue is full";
      on_processed(std::move(busy));
    }
  }

  void on_processed(Processed processed) {
    outcome_ = "-";
    if (processed.failure == Processed::Failure::Unavailable) {
      outcome_ = "unavailable";
      auto response = problem_response(
          problem("unavailable", "Service Unavailable", http::status::service_unavailable,
                  "The message could not be processed now; nothing was stored. Send the same message again later."),
          http::status::service_unavailable);
      response.set(http::field::retry_after, std::to_string(shared_->options.retry_after.count()));
      return write(std::move(response));
    }
    if (processed.failure == Processed::Failure::Internal || !processed.result) {
      outcome_ = "error";
      return write(problem_response(problem("internal", "Internal Server Error", http::status::internal_server_error,
                                            "The message could not be processed; nothing was stored."),
                                    http::status::internal_server_error));
    }
    const auto& result = *processed.result;
    outcome_ = std::string(pipeline::to_string(result.outcome));
    message_type_ = result.message_type;
    codes_.clear();
    for (const auto& code : result.codes) codes_ += (codes_.empty() ? "" : ",") + code;
    if (result.replayed) outcome_ += "/replayed";
    switch (result.outcome) {
      case pipeline::Outcome::Accepted:
      case pipeline::Outcome::Rejected:
        if (result.retour) {
          Response response{http::status::ok, version_};
          response.set(http::field::content_type, "application/xml; charset=UTF-8");
          response.body() = *result.retour;
          return write(std::move(response));
        }
        break;
      case pipeline::Outcome::Invalid: {
        auto document = problem("invalid-message", "Invalid Message", http::status::bad_request,
                                "The message is not a valid iJw 3.2 heenbericht (XSD); nothing was stored.");
        auto errors = nlohmann::json::array();
        for (const auto& error : result.errors)
          errors.push_back(
              {{"line", error.where.line}, {"column", error.where.column}, {"path", error.path}, {"text", error.text}});
        document["errors"] = std::move(errors);
        // The errors may quote values of the message (a Bsn): debug level only.
        for (const auto& error : result.errors)
          spdlog::debug("{} invalid at {}:{} {}: {}", id_, error.where.line, error.where.column, error.path, error.text);
        return write(problem_response(document, http::status::bad_request));
      }
      case pipeline::Outcome::Refused:
        return write(problem_response(problem("refused", "Forbidden", http::status::forbidden, result.refusal),
                                      http::status::forbidden));
    }
    outcome_ = "error";
    write(problem_response(problem("internal", "Internal Server Error", http::status::internal_server_error,
                                   "The pipeline gave no retourbericht."),
                           http::status::internal_server_error));
  }

  void too_large() {
    write(problem_response(
        problem("too-large", "Content Too Large", http::status::payload_too_large,
                fmt::format("The body exceeds the limit of {} bytes.", shared_->options.max_body_bytes)),
        http::status::payload_too_large));
  }

  void method_not_allowed(std::string_view allow) {
    auto response = problem_response(
        problem("method-not-allowed", "Method Not Allowed", http::status::method_not_allowed,
                fmt::format("This resource allows {}.", allow)),
        http::status::method_not_allowed);
    response.set(http::field::allow, allow);
    write(std::move(response));
  }

  Response problem_response(const nlohmann::json& document, http::status status) {
    Response response{status, version_};
    response.set(http::field::content_type, "application/problem+json");
    response.body() = document.dump();
    return response;
  }

  void write(Response response) {
    state_ = State::Writing;
    response.set(http::field::server, "ijwd");
    response.set("X-Request-Id", id_);
    response.keep_alive(keep_alive_ && !shared_->stopping);
    response.prepare_payload();
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_);
    // Never the body, never a Bsn: the message type, the outcome and the RetourCodes only.
    spdlog::info("{} {} agb={} {} {} -> {} {} {} {} {:.1f}ms", id_, peer_, agb_.value_or("-"), method_, target_,
                 response.result_int(), message_type_.empty() ? "-" : message_type_, outcome_,
                 codes_.empty() ? "-" : codes_, elapsed.count());
    response_ = std::move(response);
    beast::get_lowest_layer(stream_).expires_after(shared_->options.timeout);
    http::async_write(stream_, *response_, beast::bind_front_handler(&Session::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, std::size_t) {
    if (ec) return;
    const bool keep = response_->keep_alive();
    response_.reset();
    message_type_.clear();
    codes_.clear();
    outcome_ = "-";
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

  std::string peer_ = "?";
  std::string common_name_;
  std::optional<std::string> agb_;

  // The request being answered.
  std::string id_ = "-";
  std::string method_;
  std::string target_;
  std::string message_type_;
  std::string outcome_ = "-";
  std::string codes_;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& io, std::shared_ptr<Shared> shared)
      : io_(io), acceptor_(net::make_strand(io)), shared_(std::move(shared)) {}

  void open(const tcp::endpoint& endpoint) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections);
    port_ = acceptor_.local_endpoint().port();
  }

  void run() {
    net::dispatch(acceptor_.get_executor(), beast::bind_front_handler(&Listener::do_accept, shared_from_this()));
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
    acceptor_.async_accept(net::make_strand(io_), beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }

  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open() || shared_->stopping) return;
    if (ec) {
      spdlog::warn("accept failed: {}", ec.message());
    } else if (shared_->connections.load() >= shared_->options.max_connections) {
      spdlog::warn("connection limit {} reached: closing a new connection", shared_->options.max_connections);
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

struct HttpsServer::Impl {
  net::io_context& io;
  std::shared_ptr<Shared> shared;
  std::shared_ptr<Listener> listener;
};

HttpsServer::HttpsServer(net::io_context& io, HttpsOptions options, ssl::context tls, WorkerPool& pool)
    : impl_(std::make_shared<Impl>(Impl{io, std::make_shared<Shared>(std::move(options), std::move(tls), pool), {}})) {}

HttpsServer::~HttpsServer() = default;

void HttpsServer::start() {
  const auto& options = impl_->shared->options;
  impl_->listener = std::make_shared<Listener>(impl_->io, impl_->shared);
  impl_->listener->open(tcp::endpoint(net::ip::make_address(options.address), options.port));
  impl_->listener->run();
}

void HttpsServer::stop() {
  impl_->shared->stopping = true;
  if (impl_->listener) impl_->listener->stop();
  std::vector<std::shared_ptr<Session>> sessions;
  {
    std::lock_guard lock(impl_->shared->mutex);
    for (auto& [key, weak] : impl_->shared->sessions)
      if (auto session = weak.lock()) sessions.push_back(std::move(session));
  }
  for (auto& session : sessions) session->stop();
}

std::uint16_t HttpsServer::port() const { return impl_->listener ? impl_->listener->port() : 0; }

}  // namespace ijw::transport
