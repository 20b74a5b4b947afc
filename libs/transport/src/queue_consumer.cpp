// The JW301 consumer (docs/ijwd.md "RabbitMQ"): manual acknowledgements, a prefetch limit, an ack only after
// the pipeline's transaction committed. A delivery whose outcome is committed (accepted, or rejected with a
// JW302) is acked; a poison message (not XSD-valid, refused, or failing for a reason a retry cannot cure)
// is published to the dead-letter exchange with the reason in its headers, confirmed, and only then acked;
// a transient failure (the database away) is requeued after a back-off. Nothing is acked before it is
// durable somewhere: a crash at any point leaves the delivery unacked, and the broker redelivers it; a
// redelivery of a committed JW301 gets the stored retour (TR056, D-302) and writes no second event.

#include <fmt/format.h>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "amqp_connection.hpp"
#include "ijw/transport/masked_url.hpp"
#include "ijw/transport/amqp.hpp"
#include "ijw/validate/validator.hpp"
#include "stop_signal.hpp"

namespace ijw::transport {
namespace {

// A header value is a long string, but a dead-lettered message should stay readable in a management UI.
constexpr std::size_t kMaxReason = 4000;

std::string text_of(amqp_bytes_t bytes) { return std::string(static_cast<const char*>(bytes.bytes), bytes.len); }

// D-506: a failure the same delivery may not meet again: the database is away (connection, server shutting
// down, out of resources) or the transaction lost a conflict or its commit's outcome is unknown. Anything
// else would fail again on every redelivery: the message is poison.
bool is_transient(const std::exception& error, bool connection_lost) {
  if (connection_lost) return true;
  if (dynamic_cast<const pqxx::broken_connection*>(&error) != nullptr) return true;
  if (dynamic_cast<const pqxx::in_doubt_error*>(&error) != nullptr) return true;
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&error)) {
    const std::string state = sql->sqlstate();
    for (const std::string_view prefix : {"08", "40", "53", "57", "58"}) {
      if (state.rfind(prefix, 0) == 0) return true;
    }
  }
  return false;
}

std::string invalid_reason(const std::vector<xml::Diagnostic>& errors) {
  std::string reason = "not an XSD-valid iJw heenbericht (IV032 level 1):";
  for (const auto& error : errors) {
    reason += fmt::format(" line {} column {} {}: {};", error.where.line, error.where.column, error.path, error.text);
    if (reason.size() > kMaxReason) break;
  }
  return reason;
}

// Where the first error is, for the log: no values of the message (a Bsn could be one).
std::string invalid_summary(const std::vector<xml::Diagnostic>& errors) {
  if (errors.empty()) return "no diagnostics";
  return fmt::format("{} errors, the first at line {} {}", errors.size(), errors.front().where.line,
                     errors.front().path);
}

// Frees the envelope's memory when the delivery is done with.
struct EnvelopeGuard {
  amqp_envelope_t envelope{};
  ~EnvelopeGuard() { amqp_destroy_envelope(&envelope); }
};

}  // namespace

struct QueueConsumer::Impl {
  Impl(AmqpOptions options_, std::string database_url_, std::function<std::chrono::year_month_day()> today_,
       BrokerStatus& status_, pipeline::CurrentRegion region_)
      : options(std::move(options_)),
        database_url(std::move(database_url_)),
        today(std::move(today_)),
        region(std::move(region_)),
        status(status_),
        database_backoff(options.reconnect_min) {}

  AmqpOptions options;
  std::string database_url;
  std::function<std::chrono::year_month_day()> today;
  pipeline::CurrentRegion region;
  BrokerStatus& status;
  StopSignal stop;
  const validate::Validator validator;

  std::unique_ptr<store::Connection> database;
  std::unique_ptr<AmqpConnection> consuming;     // channel 1: basic.consume
  std::unique_ptr<AmqpConnection> dead_letters;  // channel 1 in confirm mode: publications to the DLX
  std::chrono::milliseconds database_backoff;

  void connect() {
    consuming = std::make_unique<AmqpConnection>(options.url, options.heartbeat, options.confirm_timeout);
    declare_topology(*consuming, options);
    amqp_basic_qos(consuming->get(), AmqpConnection::kChannel, 0, options.prefetch, 0);
    consuming->expect_rpc_ok("basic.qos");
    amqp_basic_consume(consuming->get(), AmqpConnection::kChannel, amqp_cstring_bytes(options.queue.c_str()),
                       amqp_empty_bytes, /*no_local=*/0, /*no_ack=*/0, /*exclusive=*/0, amqp_empty_table);
    consuming->expect_rpc_ok(fmt::format("consuming from queue '{}'", options.queue));
    status.set_consumer(true);
    spdlog::info("queue consumer: consuming '{}' on {} (prefetch {})", options.queue, mask_password(options.url),
                 options.prefetch);
  }

  // Waits a moment for a delivery and handles it.
  void consume_one() {
    const auto state = consuming->get();
    amqp_maybe_release_buffers(state);
    EnvelopeGuard delivery;
    const timeval wait{0, 250'000};  // how soon a stop request is noticed
    const auto reply = amqp_consume_message(state, &delivery.envelope, &wait, 0);
    if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && reply.library_error == AMQP_STATUS_TIMEOUT) return;
    if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && reply.library_error == AMQP_STATUS_UNEXPECTED_STATE) {
      // Not a delivery: the broker closed the channel or the connection, or cancelled the consumer (the
      // queue was deleted). Each means: connect again.
      amqp_frame_t frame{};
      consuming->expect_ok(amqp_simple_wait_frame(state, &frame), "reading a frame");
      if (frame.frame_type == AMQP_FRAME_METHOD) {
        throw AmqpError(fmt::format("queue consumer: the broker sent method 0x{:08x} instead of a delivery",
                                    frame.payload.method.id));
      }
      return;
    }
    if (reply.reply_type != AMQP_RESPONSE_NORMAL) {
      consuming->expect_ok(reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION ? reply.library_error : -1,
                           "waiting for a delivery");
      throw AmqpError("queue consumer: waiting for a delivery failed");
    }
    handle(delivery.envelope);
  }

  void acknowledge(std::uint64_t tag) {
    consuming->expect_ok(amqp_basic_ack(consuming->get(), AmqpConnection::kChannel, tag, 0), "basic.ack");
  }

  void handle(const amqp_envelope_t& envelope) {
    const std::string_view bytes(static_cast<const char*>(envelope.message.body.bytes), envelope.message.body.len);
    const auto tag = envelope.delivery_tag;
    pipeline::Result result;
    try {
      if (!database || !database->is_open()) database = std::make_unique<store::Connection>(database_url);
      const auto current_region = region ? region() : nullptr;  // held until the message is done
      pipeline::Pipeline pipeline(*database, validator, current_region.get());
      result = pipeline.process(bytes, today(), pipeline::Origin{pipeline::Side::Gemeente, options.gemeente});
    } catch (const std::exception& error) {
      const bool lost = !database || !database->is_open();
      if (is_transient(error, lost)) {
        database.reset();
        spdlog::warn("queue consumer: delivery {} not processed, requeued after {} ms: {}", tag,
                     database_backoff.count(), error.what());
        stop.wait_for(database_backoff);
        database_backoff = std::min(database_backoff * 2, options.reconnect_max);
        consuming->expect_ok(amqp_basic_nack(consuming->get(), AmqpConnection::kChannel, tag, 0, /*requeue=*/1),
                             "basic.nack");
        return;
      }
      dead_letter(envelope, "failed", error.what());
      spdlog::error("queue consumer: delivery {} failed and went to '{}': {}", tag, options.dead_letter_queue,
                    error.what());
      acknowledge(tag);
      return;
    }
    database_backoff = options.reconnect_min;
    switch (result.outcome) {
      case pipeline::Outcome::Accepted:
      case pipeline::Outcome::Rejected:
        acknowledge(tag);  // committed: the message, its JW302 and the event (docs/events.md)
        spdlog::info("queue consumer: {} {}{}{}", result.message_type, pipeline::to_string(result.outcome),
                     result.codes.empty() ? "" : " ", fmt::join(result.codes, ","));
        return;
      case pipeline::Outcome::Invalid:
        dead_letter(envelope, "invalid", invalid_reason(result.errors));
        acknowledge(tag);
        spdlog::warn("queue consumer: an invalid message went to '{}': {}", options.dead_letter_queue,
                     invalid_summary(result.errors));
        return;
      case pipeline::Outcome::Refused:
      case pipeline::Outcome::Linked:  // not from this side: a JW302 on the gemeente's queue is refused
        dead_letter(envelope, "refused", result.refusal);
        acknowledge(tag);
        spdlog::warn("queue consumer: a refused message went to '{}': {}", options.dead_letter_queue, result.refusal);
        return;
    }
  }

  // Publishes the delivery to the dead-letter exchange with the reason in its headers and waits for the
  // broker's confirm; throws AmqpError when it is not confirmed (the delivery stays unacked).
  void dead_letter(const amqp_envelope_t& envelope, std::string_view outcome, std::string reason) {
    if (reason.size() > kMaxReason) reason.resize(kMaxReason);
    if (!dead_letters) {
      // Without heartbeats: this connection idles between poison messages, and rabbitmq-c answers heartbeats
      // only inside its calls; a connection that died meanwhile fails the publication, and the delivery
      // comes again over a new one.
      dead_letters = std::make_unique<AmqpConnection>(options.url, std::chrono::seconds(0), options.confirm_timeout);
      dead_letters->enable_confirms();
    }
    const auto& properties = envelope.message.properties;
    const std::string message_id =
        (properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG) != 0 ? text_of(properties.message_id) : std::string();
    const std::string content_type = (properties._flags & AMQP_BASIC_CONTENT_TYPE_FLAG) != 0
                                         ? text_of(properties.content_type)
                                         : std::string("application/xml");
    Publication publication{options.dead_letter_exchange,
                            options.queue,
                            std::string_view(static_cast<const char*>(envelope.message.body.bytes),
                                             envelope.message.body.len),
                            message_id,
                            "",
                            content_type,
                            {{"x-ijw-outcome", std::string(outcome)},
                             {"x-ijw-reason", reason},
                             {"x-ijw-queue", options.queue},
                             {"x-ijw-redelivered", envelope.redelivered ? "true" : "false"}}};
    dead_letters->publish(publication);
    if (!dead_letters->await_confirms().empty()) {
      throw AmqpError(fmt::format("the dead-letter exchange '{}' did not take the message (nacked or unroutable)",
                                  options.dead_letter_exchange));
    }
  }

  void run() {
    auto backoff = options.reconnect_min;
    while (!stop.requested()) {
      try {
        if (!consuming) {
          connect();
          backoff = options.reconnect_min;
        }
        consume_one();
      } catch (const std::exception& error) {
        // An AmqpError, or anything else thrown outside the pipeline: start again from a new connection.
        spdlog::warn("queue consumer: {}; reconnecting in {} ms", error.what(), backoff.count());
        consuming.reset();
        dead_letters.reset();
        status.set_consumer(false, error.what());
        stop.wait_for(backoff);
        backoff = std::min(backoff * 2, options.reconnect_max);
      }
    }
    consuming.reset();  // the broker requeues the prefetched deliveries not acked
    dead_letters.reset();
    status.set_consumer(false);
  }
};

QueueConsumer::QueueConsumer(AmqpOptions options, std::string database_url,
                             std::function<std::chrono::year_month_day()> today, BrokerStatus& status,
                             pipeline::CurrentRegion region)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(database_url), std::move(today), status,
                                   std::move(region))) {
  thread_ = std::thread([this] { impl_->run(); });
}

QueueConsumer::~QueueConsumer() { stop(); }

void QueueConsumer::stop() {
  impl_->stop.request();
  if (thread_.joinable()) thread_.join();
}

}  // namespace ijw::transport
