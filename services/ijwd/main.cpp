// ijwd: the ijw-hub daemon, and the one composition root: it reads the configuration, builds the worker
// pool, the HTTPS intake, the backoffice channel (RabbitMQ) and the admin API from it, and runs them until
// SIGTERM or SIGINT (docs/ijwd.md).

#include <CLI/CLI.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "config.hpp"
#include "region_holder.hpp"
#include "ijw/admin/admin_api.hpp"
#include "ijw/rules/calendar.hpp"
#include "ijw/store/migrations.hpp"
#include "ijw/store/outbox.hpp"
#include "ijw/store/store.hpp"
#include "ijw/transport/aanbieder_api.hpp"
#include "ijw/transport/amqp.hpp"
#include "ijw/transport/https_listener.hpp"
#include "ijw/transport/metrics.hpp"
#include "ijw/transport/readiness.hpp"
#include "ijw/transport/worker_pool.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;      // could not start (database, port), or stopped by an error
constexpr int kConfigError = 2;  // the configuration or the command line is wrong

ijw::admin::AdminOptions admin_options(const ijw::ijwd::Config& config) {
  ijw::admin::AdminOptions options;
  options.tokens = config.admin->tokens;
  options.database_url = config.database_url;
  options.workers = config.admin->workers;
  options.queue_limit = config.admin->queue_limit;
  options.retry_after = config.aanbieders.retry_after;
  return options;
}

ijw::transport::ListenerOptions admin_listener_options(const ijw::ijwd::Config& config) {
  ijw::transport::ListenerOptions options;
  options.address = config.admin->address;
  options.port = config.admin->port;
  options.tls = {config.admin->certificate, config.admin->private_key, ""};  // bearer tokens, no client certificates
  options.max_body_bytes = 64 * 1024;  // the only body is a BSN search
  options.timeout = config.https.timeout;
  options.max_connections = 64;
  return options;
}

int run(const ijw::ijwd::Config& config, ijw::ijwd::RegionHolder& regions, boost::asio::ssl::context tls,
        std::optional<boost::asio::ssl::context> admin_tls) {
  namespace net = boost::asio;
  spdlog::set_level(spdlog::level::from_str(config.log_level));
  spdlog::info("ijwd starting; database {}", ijw::ijwd::mask_password(config.database_url));

  const auto migrated = ijw::store::migrate(config.database_url);
  spdlog::info("migrations: {} applied, {} already there", migrated.applied.size(), migrated.already);

  ijw::transport::WorkerPoolOptions pool_options;
  pool_options.database_url = config.database_url;
  pool_options.workers = config.workers;
  pool_options.queue_limit = config.queue_limit;
  if (config.today) {
    pool_options.today = [today = *config.today] { return today; };
  } else {
    pool_options.today = [] { return ijw::rules::amsterdam_date(std::chrono::system_clock::now()); };
  }
  const auto today = pool_options.today;
  const ijw::pipeline::CurrentRegion current_region = [&regions] { return regions.current(); };
  pool_options.region = current_region;
  if (const auto region = regions.current())
    spdlog::info("regional policy: {} versie {} ({})", region->regio, region->versie, *config.region);
  ijw::transport::WorkerPool pool(std::move(pool_options));

  ijw::transport::Metrics metrics;
  metrics.add_gauge("ijw_worker_queue_depth", "Messages waiting for a worker",
                    [&pool] { return static_cast<double>(pool.queued()); });
  // The outbox backlog is read by the database probe, off the I/O threads; /metrics shows the last reading.
  std::atomic<std::int64_t> outbox_pending{0};
  std::atomic<double> outbox_oldest_seconds{0};
  metrics.add_gauge("ijw_outbox_pending", "Events for the backoffice not yet confirmed by the broker",
                    [&] { return static_cast<double>(outbox_pending.load()); });
  metrics.add_gauge("ijw_outbox_oldest_pending_seconds", "Age of the oldest unconfirmed event (the queue lag)",
                    [&] { return outbox_oldest_seconds.load(); });
  ijw::transport::Readiness readiness;
  // A new connection every few seconds: what a worker would need to process the next message.
  ijw::transport::ReadinessProbe database_probe(
      readiness, "database", std::chrono::seconds(5), [&, url = config.database_url]() -> std::optional<std::string> {
        ijw::store::Connection connection(url);
        if (!connection.is_open()) return "no connection";
        const auto backlog = ijw::store::outbox_backlog(connection);
        outbox_pending = backlog.pending;
        outbox_oldest_seconds = backlog.oldest_seconds;
        return std::nullopt;
      });

  // The backoffice channel (docs/ijwd.md, "RabbitMQ"): each part on its own thread with its own connections;
  // they connect (and reconnect) in the background, so a broker that is away does not stop the HTTPS intake.
  ijw::transport::BrokerStatus broker_status;
  std::optional<ijw::transport::QueueConsumer> consumer;
  std::optional<ijw::transport::OutboxRelay> relay;
  if (config.amqp) {
    relay.emplace(*config.amqp, config.database_url, broker_status);
    consumer.emplace(*config.amqp, config.database_url, today, broker_status, current_region);
    spdlog::info("backoffice channel: consuming '{}', publishing events to '{}'", config.amqp->queue,
                 config.amqp->events_exchange);
  }
  std::optional<ijw::transport::ReadinessProbe> broker_probe;
  if (config.amqp) {
    broker_probe.emplace(readiness, "broker", std::chrono::seconds(1), [&]() -> std::optional<std::string> {
      if (broker_status.connected()) return std::nullopt;
      const auto error = broker_status.last_error();
      return error.empty() ? std::string("connecting") : error;
    });
  }

  net::io_context io{static_cast<int>(config.io_threads)};
  ijw::transport::AanbiederApi aanbieder_api(config.aanbieders, pool, metrics, readiness);
  ijw::transport::HttpsListener server(io, "aanbieders", config.https, std::move(tls), aanbieder_api);
  server.start();
  spdlog::info("listening on https://{}:{} ({} workers, {} I/O threads)", config.https.address, server.port(),
               config.workers, config.io_threads);

  // The declaratieteam's admin API (docs/admin-api.openapi.json): its own listener, TLS and query threads on
  // the same io_context; the API is declared before its listener, so it outlives the listener's sessions.
  std::unique_ptr<ijw::admin::AdminApi> admin_api;
  std::unique_ptr<ijw::transport::HttpsListener> admin_listener;
  if (config.admin) {
    admin_api = std::make_unique<ijw::admin::AdminApi>(admin_options(config));
    admin_listener = std::make_unique<ijw::transport::HttpsListener>(io, "admin", admin_listener_options(config),
                                                                     std::move(*admin_tls), *admin_api);
    admin_listener->start();
    spdlog::info("admin API on https://{}:{} ({} tokens, {} query threads)", config.admin->address,
                 admin_listener->port(), config.admin->tokens.size(), config.admin->workers);
  }

  // SIGHUP: the region file again; a file with errors leaves the region in force (issue 7).
  net::signal_set hangup(io, SIGHUP);
  std::function<void(const boost::system::error_code&, int)> on_hangup = [&](const boost::system::error_code& ec,
                                                                               int) {
    if (ec) return;
    if (const auto error = regions.reload()) {
      spdlog::error("SIGHUP: the region file has errors; the region in force stays: {}", *error);
    } else if (const auto region = regions.current()) {
      spdlog::info("SIGHUP: regional policy reloaded: {} versie {}", region->regio, region->versie);
    }
    hangup.async_wait(on_hangup);
  };
  hangup.async_wait(on_hangup);

  // Graceful stop: no new connections, in-flight requests are answered, then io.run() runs out of work.
  net::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code& ec, int signal) {
    if (ec) return;
    spdlog::info("signal {}: stopping; answering the requests in flight", signal);
    boost::system::error_code ignored;
    hangup.cancel(ignored);
    server.stop();
    if (admin_listener) admin_listener->stop();
  });

  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < config.io_threads; ++i) threads.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : threads) thread.join();
  if (consumer) consumer->stop();  // finishes and acks the message in hand; the broker keeps the rest
  pool.stop();
  if (relay) relay->stop();  // after the last commit; what is still pending goes out on the next start
  if (admin_api) admin_api->stop();
  spdlog::info("ijwd stopped");
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"ijwd: the ijw-hub daemon; receives iJw 3.2 heenberichten from aanbieders over HTTPS (mutual TLS)"};
  std::string config_file;
  bool check_only = false;
  app.add_option("--config", config_file, "The configuration file (JSON; docs/ijwd.md lists every key and default)")
      ->required();
  app.add_flag("--check-config", check_only,
               "Check the configuration (and the TLS files), print the effective configuration without secrets, "
               "and exit");
  app.footer(
      "The environment variables IJW_DATABASE_URL and IJW_AMQP_URL override database.url and amqp.url.\n"
      "On start-up ijwd applies the missing database migrations; SIGTERM or SIGINT stops it gracefully.\n"
      "Exit status: 0 stopped by a signal (or the configuration is fine), 1 could not start or failed,\n"
      "2 a wrong configuration or command line.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return kConfigError;
  }

  ijw::ijwd::Config config;
  std::optional<ijw::ijwd::RegionHolder> regions;
  std::optional<boost::asio::ssl::context> tls;
  std::optional<boost::asio::ssl::context> admin_tls;
  try {
    config = ijw::ijwd::load_config(config_file);
    regions.emplace(config.region);
    tls.emplace(ijw::transport::make_tls_context(config.https.tls));
    if (config.admin) {
      try {
        admin_tls.emplace(ijw::transport::make_tls_context({config.admin->certificate, config.admin->private_key, ""}));
      } catch (const std::exception& error) {
        throw std::runtime_error(std::string("admin.") + error.what());  // "admin.tls.certificate ...: ..."
      }
    }
  } catch (const std::exception& error) {
    std::cerr << "ijwd: configuration error in " << config_file << ": " << error.what() << "\n";
    return kConfigError;
  }
  if (check_only) {
    std::cout << ijw::ijwd::to_json(config).dump(2) << "\n";
    return kOk;
  }
  try {
    return run(config, *regions, std::move(*tls), std::move(admin_tls));
  } catch (const std::exception& error) {
    spdlog::critical("ijwd: {}", error.what());
    return kFailure;
  }
}
