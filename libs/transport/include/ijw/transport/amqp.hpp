#pragma once
// The backoffice channel over RabbitMQ (rabbitmq-c; docs/ijwd.md "RabbitMQ", docs/events.md). rabbitmq-c is
// blocking and not thread-safe, so each of the two parts owns one thread with its own broker connection and
// its own database connection:
// - QueueConsumer takes JW301 from a queue with manual acknowledgements, runs the pipeline as the gemeente
//   side, and acks only after the transaction committed; a poison message goes to the dead-letter exchange
//   with the reason in its headers, a transient failure (database away) is requeued after a back-off.
// - OutboxRelay publishes the outbox's pending events with publisher confirms and marks them published only
//   after the broker's ack.
// Both reconnect with a growing back-off when the broker or the database goes away, and report whether they
// are connected in a BrokerStatus that /readyz can read from any thread.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include "ijw/pipeline/pipeline.hpp"
#include "ijw/pipeline/pipeline.hpp"

namespace ijw::transport {

// A failure talking to the broker (connection refused, closed channel, missing confirm): the caller
// reconnects.
class AmqpError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The names and limits shared by the consumer and the relay. Every exchange and queue is declared durable at
// start-up (declaring is idempotent; a queue declared before with other arguments is an error to fix).
struct AmqpOptions {
  std::string url = "amqp://guest:guest@127.0.0.1:5672/%2f";
  std::string queue = "ijw.jw301";                       // where the backoffice publishes JW301
  std::string dead_letter_exchange = "ijw.dead-letter";  // fanout; the queue's x-dead-letter-exchange
  std::string dead_letter_queue = "ijw.jw301.dead-letter";
  std::string events_exchange = "ijw.events";  // topic; routing key = the event type (D-505)
  // Bound to events_exchange with "#", so no event is dropped before the backoffice binds its own queue;
  // empty: none is declared (the backoffice must bind one, or the relay's publications come back unroutable).
  std::string events_queue = "ijw.events.backoffice";
  std::optional<std::string> events_routing_key;  // one routing key for every event instead of its type
  // When set, the Afzender of every JW301 must be this gemeentecode (Origin::sender).
  std::optional<std::string> gemeente;
  std::uint16_t prefetch = 8;
  std::chrono::seconds heartbeat{30};
  std::chrono::milliseconds reconnect_min{250};
  std::chrono::milliseconds reconnect_max{30'000};
  std::chrono::seconds confirm_timeout{10};
  std::size_t relay_batch = 64;
  std::chrono::milliseconds relay_poll{200};  // how often the relay looks for new events when idle
};

// Whether the consumer and the relay are connected to the broker; thread-safe.
class BrokerStatus {
 public:
  void set_consumer(bool connected, const std::string& error = {});
  void set_relay(bool connected, const std::string& error = {});
  bool consumer_connected() const { return consumer_.load(); }
  bool relay_connected() const { return relay_.load(); }
  bool connected() const { return consumer_connected() && relay_connected(); }
  std::string last_error() const;  // the latest reason for a disconnection, "" when none

 private:
  std::atomic<bool> consumer_{false};
  std::atomic<bool> relay_{false};
  mutable std::mutex mutex_;
  std::string last_error_;
};

// Declares the exchanges and queues of `options` (idempotent). Throws AmqpError.
void declare_topology(const AmqpOptions& options);

class QueueConsumer {
 public:
  // `today` gives the date of receipt (Europe/Amsterdam), `region` the regional policy in force. Starts its
  // thread at once.
  QueueConsumer(AmqpOptions options, std::string database_url, std::function<std::chrono::year_month_day()> today,
                BrokerStatus& status, pipeline::CurrentRegion region = {});
  ~QueueConsumer();
  QueueConsumer(const QueueConsumer&) = delete;
  QueueConsumer& operator=(const QueueConsumer&) = delete;

  // Finishes the message in hand (its ack included), closes the connection (the broker requeues what was
  // prefetched and not acked) and joins the thread. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
};

class OutboxRelay {
 public:
  // Starts its thread at once.
  OutboxRelay(AmqpOptions options, std::string database_url, BrokerStatus& status);
  ~OutboxRelay();
  OutboxRelay(const OutboxRelay&) = delete;
  OutboxRelay& operator=(const OutboxRelay&) = delete;

  // Finishes the batch in hand (its confirms and their record included) and joins the thread. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
};

}  // namespace ijw::transport
