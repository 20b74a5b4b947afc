// A load generator for ijwd's HTTPS intake (docs/ijwd.md, issue 6 "Benchmark"): N keep-alive connections
// with a client certificate (mutual TLS), each a sequence of POST /api/v1/berichten, on the realistic mix of
// bench/message_mix.hpp (JW305, JW307, JW315 and JW317 of many clients, a few rejected, invalid and resent).
//
// Only a 200 counts: ijwd answers 200 once the message and its retour are committed, so 200s per second are
// durable messages per second. The JW301 toewijzingen the aanbieders' messages need come from the gemeente,
// not over HTTPS (D-308): with --database, each run starts from emptied tables and the JW301s of its clients
// are put in through the pipeline directly, before the clock starts.
//
// Each client's messages go over one connection (client index modulo connections), in order, as an aanbieder's
// system would send them; a connection is one thread with blocking steps (its own io_context, each step with
// a timeout), which is enough for tens of connections and keeps the client simple.
//
// Modes: closed loop for the highest rate (--connections 1,16), a fixed rate (--rate, or --half-rate: half of
// the highest rate measured before; the latency of a message then counts from the moment it was due, so a
// backlog shows in p99), and --record / --resend for the fault test (tests/e2e/kill9.sh).

#include <openssl/err.h>
#include <openssl/evp.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "ijw/pipeline/pipeline.hpp"
#include "ijw/store/store.hpp"
#include "ijw/validate/validator.hpp"
#include "message_mix.hpp"

#ifndef IJW_SOURCE_DIR
#error "IJW_SOURCE_DIR must point at the repository (set by bench/CMakeLists.txt)"
#endif

namespace {

namespace fs = std::filesystem;
namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr std::string_view kUsage = R"(usage: https_load --url https://HOST:PORT --ca FILE --cert FILE --key FILE [options]

Posts the benchmark mix (bench/message_mix.hpp) to ijwd's POST /api/v1/berichten over keep-alive connections
with a client certificate. Reports durable messages/second (200s only) and latency p50/p99 per run.

options:
  --connections LIST  comma-separated connection counts, one closed-loop run each (default 16)
  --seconds N         length of each timed run (default 10)
  --rate R            instead of the closed loop: R messages/second in total, spread over the connections
  --half-rate         after the closed-loop runs, one run at half the highest rate measured, with the largest
                      connection count
  --clients N         clients in the mix, about 3.3 aanbieder messages each (default 3000)
  --database URL      before each run, empty the hub's tables and put in the mix's JW301s through the pipeline
                      (the database ijwd uses); without it the database is taken as it is
  --today YYYY-MM-DD  date of receipt for those JW301s (default 2026-11-20, the mix's Dagtekening)
  --record FILE       send the whole mix once, without a time limit, and write a line per message:
                      index, HTTP status (0: sent, no answer; -1: not sent), sha256 of request and answer,
                      message type, Identificatie, kind (tab-separated); a connection that fails stops
  --resend FILE       send only the messages FILE (a --record file) has without a final answer (status
                      0, -1, 429 or 5xx), in their order; with --record, writes their new lines there
  --timeout N         seconds for each connect, handshake, write and read (default 30)
  --tsv               print results as tab-separated lines instead of a Markdown table
  --help              this text
)";

struct Options {
  std::string url;
  std::string ca, cert, key;
  std::vector<std::size_t> connections{16};
  double seconds = 10;
  std::optional<double> rate;
  bool half_rate = false;
  std::size_t clients = 3000;
  std::string database;
  std::chrono::year_month_day today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{20}};
  std::string record;
  std::string resend;
  std::chrono::seconds timeout{30};
  bool tsv = false;
};

struct Endpoint {
  std::string host;
  std::string port;
};

Endpoint parse_url(const std::string& url) {
  constexpr std::string_view kScheme = "https://";
  if (!url.starts_with(kScheme)) throw std::invalid_argument("--url must start with https://: " + url);
  const auto authority = url.substr(kScheme.size(), url.find('/', kScheme.size()) - kScheme.size());
  const auto colon = authority.rfind(':');
  if (colon == std::string::npos) return {authority, "443"};
  return {authority.substr(0, colon), authority.substr(colon + 1)};
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("EVP_Digest(sha256) failed");
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

// --- one connection --------------------------------------------------------------------------------------

// A keep-alive HTTPS connection with a client certificate. Every step runs on the connection's own
// io_context with a timeout, so a server that died or hangs ends the step with an error, not a hang.
class Connection {
 public:
  Connection(ssl::context& tls, Endpoint endpoint, std::chrono::seconds timeout)
      : tls_(tls), endpoint_(std::move(endpoint)), timeout_(timeout) {}

  // Connects unless connected; throws beast::system_error.
  void open() {
    if (!stream_) connect();
  }

  // POSTs `body`; returns the status and fills `answer`, or throws beast::system_error.
  unsigned post(std::string_view body, std::string& answer) {
    open();
    http::request<http::string_body> request{http::verb::post, "/api/v1/berichten", 11};
    request.set(http::field::host, endpoint_.host);
    request.set(http::field::content_type, "application/xml");
    request.keep_alive(true);
    request.body() = std::string(body);
    request.prepare_payload();
    run([&](auto done) { http::async_write(*stream_, request, done); });
    http::response<http::string_body> response;
    run([&](auto done) { http::async_read(*stream_, buffer_, response, done); });
    answer = std::move(response.body());
    if (!response.keep_alive()) close();  // e.g. ijwd stopping: the next message opens a new connection
    return response.result_int();
  }

  void close() {
    if (!stream_) return;
    beast::error_code ignored;
    beast::get_lowest_layer(*stream_).socket().close(ignored);
    stream_.reset();
    buffer_.clear();
  }

 private:
  using Stream = beast::ssl_stream<beast::tcp_stream>;

  void connect() {
    stream_.emplace(io_, tls_);
    if (!SSL_set_tlsext_host_name(stream_->native_handle(), endpoint_.host.c_str())) {
      throw beast::system_error(beast::error_code(static_cast<int>(::ERR_get_error()), asio::error::get_ssl_category()),
                                "SNI");
    }
    stream_->set_verify_callback(ssl::host_name_verification(endpoint_.host));
    tcp::resolver resolver(io_);
    const auto addresses = resolver.resolve(endpoint_.host, endpoint_.port);
    run([&](auto done) { beast::get_lowest_layer(*stream_).async_connect(addresses, done); });
    run([&](auto done) { stream_->async_handshake(ssl::stream_base::client, done); });
  }

  // Starts one asynchronous step with a completion handler that stores its error, runs it to the end and
  // throws on failure (the stream's timer cancels the step after `timeout_`).
  template <class Start>
  void run(Start start) {
    beast::get_lowest_layer(*stream_).expires_after(timeout_);
    beast::error_code failure;
    start([&failure](beast::error_code error, auto&&...) { failure = error; });
    io_.restart();
    io_.run();
    if (failure) {
      close();
      throw beast::system_error(failure);
    }
  }

  ssl::context& tls_;
  Endpoint endpoint_;
  std::chrono::seconds timeout_;
  asio::io_context io_;
  std::optional<Stream> stream_;
  beast::flat_buffer buffer_;
};

// --- runs ------------------------------------------------------------------------------------------------

struct Sent {
  std::size_t index = 0;  // in the mix
  int status = -1;        // HTTP status; 0: sent without an answer; -1: not sent
  std::string answer_sha256;
  double latency_ms = 0;
};

struct Figures {
  std::string name;
  std::size_t connections = 0;
  double per_second = 0;  // 200s per second
  double p50_ms = 0;
  double p99_ms = 0;
  std::size_t ok = 0;       // 200
  std::size_t invalid = 0;  // 400 (the mix's XSD-invalid messages)
  std::size_t errors = 0;   // anything else, and failed connections
  bool ran_out = false;     // a connection had no messages left before the time was up
  std::optional<double> rate;
  std::map<int, std::size_t> other_statuses;  // status (0: no answer) -> how many
};

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  const auto k = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
  return values[k];
}

struct RunSpec {
  std::size_t connections = 1;
  std::optional<double> seconds;  // none: until every message is sent (record mode)
  std::optional<double> rate;     // messages per second in total; none: closed loop
  bool stop_on_failure = false;   // record mode: a failed connection records the rest of its queue as not sent
};

// Sends `indexes` (of `mix`, in order) over `spec.connections` connections, each owning the clients
// client % connections, and returns what happened to each message it tried (with its latency).
std::vector<Sent> send(const Options& options, ssl::context& tls, const ijw::bench::Mix& mix,
                       const std::vector<std::size_t>& indexes, const RunSpec& spec, Clock::duration& elapsed,
                       bool& ran_out) {
  const auto endpoint = parse_url(options.url);
  const std::size_t n = spec.connections;
  std::vector<std::vector<std::size_t>> queues(n);
  for (const auto index : indexes) queues[mix.messages[index].client % n].push_back(index);

  std::vector<std::vector<Sent>> results(n);
  std::vector<std::string> failures(n);
  std::vector<Clock::time_point> ends(n);
  std::atomic<std::size_t> ready{0};
  std::atomic<bool> go{false};
  std::atomic<bool> exhausted{false};
  Clock::time_point start;
  std::vector<std::thread> threads;
  for (std::size_t c = 0; c < n; ++c) {
    threads.emplace_back([&, c] {
      Connection connection(tls, endpoint, options.timeout);
      auto& sent = results[c];
      sent.reserve(queues[c].size());
      try {
        connection.open();  // the TCP and TLS handshakes happen before the clock starts
      } catch (const std::exception& error) {
        failures[c] = error.what();  // post() tries again, and fails or not on its own
      }
      ++ready;
      while (!go) std::this_thread::yield();
      const auto deadline = spec.seconds ? start + std::chrono::duration_cast<Clock::duration>(
                                                       std::chrono::duration<double>(*spec.seconds))
                                         : Clock::time_point::max();
      // At a fixed rate, connection c sends its i-th message at start + (i + c/n) / (rate/n).
      const auto interval = spec.rate ? std::chrono::duration<double>(static_cast<double>(n) / *spec.rate)
                                      : std::chrono::duration<double>(0);
      std::string answer;
      std::size_t i = 0;
      for (; i < queues[c].size(); ++i) {
        auto due = Clock::now();
        if (spec.rate) {
          due = start + std::chrono::duration_cast<Clock::duration>(
                            interval * (static_cast<double>(i) + static_cast<double>(c) / static_cast<double>(n)));
          if (due >= deadline) break;
          std::this_thread::sleep_until(due);
        }
        if (Clock::now() >= deadline) break;
        Sent one{queues[c][i], 0, {}, 0};
        const auto& message = mix.messages[one.index];
        try {
          one.status = static_cast<int>(connection.post(message.bytes, answer));
          one.answer_sha256 = sha256_hex(answer);
        } catch (const std::exception& error) {
          failures[c] = error.what();
          if (spec.stop_on_failure) {
            sent.push_back(one);  // sent, no answer: it may or may not have been committed
            ++i;
            break;
          }
        }
        one.latency_ms = std::chrono::duration<double, std::milli>(Clock::now() - due).count();
        sent.push_back(std::move(one));
      }
      if (i == queues[c].size() && spec.seconds && Clock::now() < deadline) exhausted = true;
      ends[c] = Clock::now();
      for (; spec.stop_on_failure && i < queues[c].size(); ++i) sent.push_back({queues[c][i], -1, {}, 0});
      connection.close();
    });
  }
  while (ready < n) std::this_thread::sleep_for(1ms);
  start = Clock::now();
  go = true;
  for (auto& thread : threads) thread.join();
  const auto end = *std::max_element(ends.begin(), ends.end());
  elapsed = end - start;
  ran_out = exhausted;
  for (std::size_t c = 0; c < n; ++c)
    if (!failures[c].empty()) std::cerr << fmt::format("https_load: connection {}: {}\n", c, failures[c]);
  std::vector<Sent> all;
  for (auto& sent : results) all.insert(all.end(), std::make_move_iterator(sent.begin()), std::make_move_iterator(sent.end()));
  return all;
}

// --- the database ----------------------------------------------------------------------------------------

// Empties the hub's tables (ijwd keeps running; its connections hold no locks between messages) and puts in
// the mix's JW301 toewijzingen through the pipeline, as the gemeente's queue would, in batches.
void prepare_database(const Options& options, const ijw::bench::Mix& mix) {
  {
    // ijwd has migrated the database at start-up. CASCADE: tables added later that refer to these go too.
    pqxx::connection connection(options.database);
    pqxx::work work(connection);
    work.exec(
        "TRUNCATE bericht, retour, client, toewijzing, toewijzing_versie, start_product, stop_product, verzoek, "
        "verzoek_referentie CASCADE");
    work.commit();
  }
  const ijw::validate::Validator validator;
  ijw::store::Connection connection(options.database);
  ijw::pipeline::Pipeline pipeline(connection, validator);
  std::vector<ijw::pipeline::Received> batch;
  const auto flush = [&] {
    for (const auto& result : pipeline.process_batch(batch, options.today)) {
      if (result.error) std::rethrow_exception(result.error);
      if (result.result.outcome != ijw::pipeline::Outcome::Accepted)
        throw std::runtime_error("a JW301 of the mix was not accepted: " +
                                 std::string(ijw::pipeline::to_string(result.result.outcome)));
    }
    batch.clear();
  };
  for (const auto& message : mix.messages) {
    if (message.berichtcode != "JW301") continue;
    batch.push_back({message.bytes, {ijw::pipeline::Side::Gemeente, std::nullopt}});
    if (batch.size() == 64) flush();
  }
  flush();
}

// The messages an aanbieder sends (everything but the JW301s), in mix order.
std::vector<std::size_t> aanbieder_messages(const ijw::bench::Mix& mix) {
  std::vector<std::size_t> indexes;
  for (std::size_t i = 0; i < mix.messages.size(); ++i)
    if (mix.messages[i].berichtcode != "JW301") indexes.push_back(i);
  return indexes;
}

Figures timed_run(const Options& options, ssl::context& tls, const ijw::bench::Mix& mix, std::size_t connections,
                  std::optional<double> rate) {
  if (!options.database.empty()) prepare_database(options, mix);
  Clock::duration elapsed{};
  bool ran_out = false;
  const auto sent = send(options, tls, mix, aanbieder_messages(mix),
                         RunSpec{connections, options.seconds, rate, false}, elapsed, ran_out);
  Figures figures;
  figures.connections = connections;
  figures.rate = rate;
  figures.ran_out = ran_out;
  figures.name = rate ? fmt::format("HTTPS {} connection{} at {:.0f} msgs/s", connections, connections == 1 ? "" : "s", *rate)
                      : fmt::format("HTTPS {} connection{}", connections, connections == 1 ? "" : "s");
  std::vector<double> latencies;
  for (const auto& one : sent) {
    if (one.status == 200) {
      ++figures.ok;
      latencies.push_back(one.latency_ms);
    } else if (one.status == 400) {
      ++figures.invalid;
    } else {
      ++figures.errors;
      ++figures.other_statuses[one.status];
    }
  }
  figures.per_second = static_cast<double>(figures.ok) / std::chrono::duration<double>(elapsed).count();
  figures.p50_ms = percentile(latencies, 0.50);
  figures.p99_ms = percentile(latencies, 0.99);
  return figures;
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

// --- record and resend (tests/e2e/kill9.sh) --------------------------------------------------------------

// The mix indexes a record file leaves without a final answer (status 0, -1, 429 or 5xx), in mix order.
std::vector<std::size_t> unanswered(const std::string& path, std::size_t mix_size) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::set<std::size_t> indexes;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::size_t index = 0;
    int status = 0;
    if (!(fields >> index >> status) || index >= mix_size)
      throw std::runtime_error(fmt::format("{}: not a record line of this mix: '{}'", path, line));
    if (status <= 0 || status == 429 || status >= 500) indexes.insert(index);  // 429, 503: "send it again later"
  }
  return {indexes.begin(), indexes.end()};
}

int record_run(const Options& options, ssl::context& tls, const ijw::bench::Mix& mix) {
  std::vector<std::size_t> indexes;
  if (options.resend.empty()) {
    if (!options.database.empty()) prepare_database(options, mix);
    indexes = aanbieder_messages(mix);
  } else {
    indexes = unanswered(options.resend, mix.messages.size());
  }
  Clock::duration elapsed{};
  bool ran_out = false;
  auto sent = send(options, tls, mix, indexes, RunSpec{options.connections.back(), std::nullopt, std::nullopt, true},
                   elapsed, ran_out);
  std::sort(sent.begin(), sent.end(), [](const Sent& a, const Sent& b) { return a.index < b.index; });
  std::ofstream out(options.record.empty() ? "/dev/null" : options.record);
  std::map<int, std::size_t> statuses;
  for (const auto& one : sent) {
    const auto& message = mix.messages[one.index];
    ++statuses[one.status];
    out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", one.index, one.status, sha256_hex(message.bytes),
                       one.answer_sha256.empty() ? "-" : one.answer_sha256, message.berichtcode,
                       message.identificatie, message.kind);
  }
  if (!out) throw std::runtime_error("cannot write " + options.record);
  std::cerr << fmt::format("https_load: {} messages in {:.1f} s:", sent.size(), std::chrono::duration<double>(elapsed).count());
  for (const auto& [status, count] : statuses) std::cerr << fmt::format(" {} x{}", status, count);
  std::cerr << "\n";
  return 0;
}

// --- main ------------------------------------------------------------------------------------------------

ssl::context make_tls(const Options& options) {
  ssl::context tls(ssl::context::tls_client);
  tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                  ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
  tls.load_verify_file(options.ca);
  tls.use_certificate_chain_file(options.cert);
  tls.use_private_key_file(options.key, ssl::context::pem);
  tls.set_verify_mode(ssl::verify_peer);
  return tls;
}

int run(const Options& options) {
  auto tls = make_tls(options);
  ijw::bench::MixOptions mix_options;
  mix_options.clients = options.clients;
  mix_options.with_invalid = true;
  const auto mix = ijw::bench::generate_mix(fs::path(IJW_SOURCE_DIR) / "tests/data/base", mix_options);
  if (!options.record.empty() || !options.resend.empty()) return record_run(options, tls, mix);

  std::vector<Figures> runs;
  const auto report = [&](Figures figures) {
    std::cerr << fmt::format("  {:<38} {:>7.0f}/s  p50 {:7.2f} ms  p99 {:7.2f} ms  (200: {}, 400: {}, other: {})  load {}\n",
                             figures.name, figures.per_second, figures.p50_ms, figures.p99_ms, figures.ok,
                             figures.invalid, figures.errors, load_average());
    for (const auto& [status, count] : figures.other_statuses)
      std::cerr << fmt::format("https_load: {} messages got {}{}\n", count,
                               status == 0 ? "no answer" : "HTTP " + std::to_string(status),
                               status == 429 ? " (ijwd's rate limit: raise limits.rate_per_second)" : "");
    if (figures.ran_out) std::cerr << "https_load: warning: the mix ran out before the time; use more --clients\n";
    runs.push_back(std::move(figures));
  };
  for (const auto connections : options.connections) report(timed_run(options, tls, mix, connections, options.rate));
  if (options.half_rate && !options.rate) {
    const auto best = std::max_element(runs.begin(), runs.end(), [](const Figures& a, const Figures& b) {
      return a.per_second < b.per_second;
    });
    report(timed_run(options, tls, mix, options.connections.back(), best->per_second / 2));
  }

  if (options.tsv) {
    for (const auto& r : runs)
      std::cout << fmt::format("{}\t{}\t{:.1f}\t{:.2f}\t{:.2f}\t{}\t{}\t{}\t{}\n", r.name, r.connections, r.per_second,
                               r.p50_ms, r.p99_ms, r.ok, r.invalid, r.errors, r.ran_out ? "ran-out" : "-");
  } else {
    std::cout << "| Run | msgs/s (200s) | p50 ms | p99 ms | 200 | 400 | other |\n|---|---:|---:|---:|---:|---:|---:|\n";
    for (const auto& r : runs)
      std::cout << fmt::format("| {} | {:.0f} | {:.2f} | {:.2f} | {} | {} | {} |\n", r.name, r.per_second, r.p50_ms,
                               r.p99_ms, r.ok, r.invalid, r.errors);
  }
  std::size_t errors = 0;
  for (const auto& r : runs) errors += r.errors;
  return errors == 0 ? 0 : 1;
}

std::vector<std::size_t> parse_list(const std::string& text) {
  std::vector<std::size_t> values;
  std::istringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const auto value = std::stoul(item);
    if (value == 0) throw std::invalid_argument("--connections: 0 connections");
    values.push_back(value);
  }
  if (values.empty()) throw std::invalid_argument("--connections needs a value");
  return values;
}

std::chrono::year_month_day parse_date(const std::string& text) {
  int y = 0;
  unsigned m = 0, d = 0;
  char dash1 = 0, dash2 = 0;
  std::istringstream in(text);
  if (!(in >> y >> dash1 >> m >> dash2 >> d) || dash1 != '-' || dash2 != '-')
    throw std::invalid_argument("not a date YYYY-MM-DD: " + text);
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) throw std::invalid_argument("not a date: " + text);
  return date;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw std::invalid_argument(args[i] + " needs a value");
      return args[++i];
    };
    try {
      if (args[i] == "--help") {
        std::cout << kUsage;
        return 0;
      } else if (args[i] == "--url") {
        options.url = value();
      } else if (args[i] == "--ca") {
        options.ca = value();
      } else if (args[i] == "--cert") {
        options.cert = value();
      } else if (args[i] == "--key") {
        options.key = value();
      } else if (args[i] == "--connections") {
        options.connections = parse_list(value());
      } else if (args[i] == "--seconds") {
        options.seconds = std::stod(value());
      } else if (args[i] == "--rate") {
        options.rate = std::stod(value());
      } else if (args[i] == "--half-rate") {
        options.half_rate = true;
      } else if (args[i] == "--clients") {
        options.clients = std::stoul(value());
      } else if (args[i] == "--database") {
        options.database = value();
      } else if (args[i] == "--today") {
        options.today = parse_date(value());
      } else if (args[i] == "--record") {
        options.record = value();
      } else if (args[i] == "--resend") {
        options.resend = value();
      } else if (args[i] == "--timeout") {
        options.timeout = std::chrono::seconds(std::stoi(value()));
      } else if (args[i] == "--tsv") {
        options.tsv = true;
      } else {
        throw std::invalid_argument("unknown option " + args[i]);
      }
    } catch (const std::exception& error) {
      std::cerr << "https_load: " << error.what() << "\n" << kUsage;
      return 2;
    }
  }
  if (options.url.empty() || options.ca.empty() || options.cert.empty() || options.key.empty()) {
    std::cerr << "https_load: --url, --ca, --cert and --key are required\n" << kUsage;
    return 2;
  }
  if (options.rate && *options.rate <= 0) {
    std::cerr << "https_load: --rate must be positive\n";
    return 2;
  }
  try {
    return run(options);
  } catch (const std::exception& error) {
    std::cerr << "https_load: " << error.what() << "\n";
    return 1;
  }
}
