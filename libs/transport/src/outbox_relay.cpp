// The outbox relay (docs/events.md): publishes the outbox's pending events with publisher confirms. A batch
// of rows is taken FOR UPDATE SKIP LOCKED, so the relays of several ijwd instances on one database never
// publish one event at the same time; the rows are marked published in the same transaction, after the
// broker's acks. A crash between the ack and the commit publishes the event again on the next round, under
// the same message_id (at least once; the backoffice de-duplicates).

#include <fmt/format.h>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <vector>

#include "amqp_connection.hpp"
#include "ijw/transport/masked_url.hpp"
#include "ijw/transport/amqp.hpp"
#include "stop_signal.hpp"

namespace ijw::transport {
namespace {

constexpr const char* kTakePending = R"sql(
SELECT id, message_id::text, event_type, payload::text
FROM outbox_event
WHERE published_at IS NULL
ORDER BY id
LIMIT $1
FOR UPDATE SKIP LOCKED
)sql";

constexpr const char* kMarkPublished = R"sql(
UPDATE outbox_event SET published_at = now(), attempts = attempts + 1
WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)::bigint))
)sql";

constexpr const char* kCountAttempt = R"sql(
UPDATE outbox_event SET attempts = attempts + 1
WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)::bigint))
)sql";

std::string id_list(const std::vector<std::int64_t>& ids) {
  std::string list = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) list += (i == 0 ? "" : ",") + std::to_string(ids[i]);
  return list + "]";
}

}  // namespace

struct OutboxRelay::Impl {
  Impl(AmqpOptions options_, std::string database_url_, BrokerStatus& status_)
      : options(std::move(options_)), database_url(std::move(database_url_)), status(status_) {}

  AmqpOptions options;
  std::string database_url;
  BrokerStatus& status;
  StopSignal stop;

  std::unique_ptr<pqxx::connection> database;
  std::unique_ptr<AmqpConnection> broker;

  struct Round {
    std::size_t published = 0;
    std::size_t refused = 0;  // nacked or unroutable: still pending
  };

  // Publishes one batch of pending events.
  Round publish_batch() {
    if (!database || !database->is_open()) database = std::make_unique<pqxx::connection>(database_url);
    if (!broker) {
      broker = std::make_unique<AmqpConnection>(options.url, options.heartbeat, options.confirm_timeout);
      declare_topology(*broker, options);
      broker->enable_confirms();
      status.set_relay(true);
      spdlog::info("outbox relay: connected to {}", mask_password(options.url));
    }
    pqxx::work work(*database);
    const auto rows = work.exec_params(kTakePending, static_cast<std::int64_t>(options.relay_batch));
    if (rows.empty()) return {};
    std::map<std::uint64_t, std::int64_t> id_by_tag;
    for (const auto& row : rows) {
      const std::string message_id = row[1].as<std::string>();
      const std::string type = row[2].as<std::string>();
      const std::string payload = row[3].as<std::string>();
      const auto tag = broker->publish({options.events_exchange, options.events_routing_key.value_or(type), payload,
                                        message_id, type, "application/json", {}});
      id_by_tag[tag] = row[0].as<std::int64_t>();
    }
    const auto not_acked = broker->await_confirms();  // throws: nothing is marked, all goes again later
    std::vector<std::int64_t> published;
    std::vector<std::int64_t> refused;
    for (const auto& [tag, id] : id_by_tag) (not_acked.count(tag) ? refused : published).push_back(id);
    if (!published.empty()) work.exec_params(kMarkPublished, id_list(published));
    if (!refused.empty()) work.exec_params(kCountAttempt, id_list(refused));
    work.commit();
    spdlog::debug("outbox relay: published {} events", published.size());
    return {published.size(), refused.size()};
  }

  void run() {
    auto backoff = options.reconnect_min;
    while (!stop.requested()) {
      try {
        const auto round = publish_batch();
        if (round.refused > 0) {
          // The connection is fine, the broker's routing is not (or it is out of resources): a person has to
          // bind a queue; the events stay pending and are tried again, less and less often.
          spdlog::error("outbox relay: {} events were nacked or unroutable on exchange '{}'; they stay pending, "
                        "next try in {} ms",
                        round.refused, options.events_exchange, backoff.count());
          stop.wait_for(backoff);
          backoff = std::min(backoff * 2, options.reconnect_max);
          continue;
        }
        backoff = options.reconnect_min;
        if (round.published < options.relay_batch && broker) broker->idle(options.relay_poll);
      } catch (const std::exception& error) {
        const bool broker_failed = dynamic_cast<const AmqpError*>(&error) != nullptr;
        spdlog::warn("outbox relay: {}; retrying in {} ms", error.what(), backoff.count());
        if (broker_failed) {
          broker.reset();
          status.set_relay(false, error.what());
        } else {
          database.reset();  // a database error: a new connection next round (the broker is fine)
        }
        stop.wait_for(backoff);
        backoff = std::min(backoff * 2, options.reconnect_max);
      }
    }
    broker.reset();
    status.set_relay(false);
  }
};

OutboxRelay::OutboxRelay(AmqpOptions options, std::string database_url, BrokerStatus& status)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(database_url), status)) {
  thread_ = std::thread([this] { impl_->run(); });
}

OutboxRelay::~OutboxRelay() { stop(); }

void OutboxRelay::stop() {
  impl_->stop.request();
  if (thread_.joinable()) thread_.join();
}

}  // namespace ijw::transport
