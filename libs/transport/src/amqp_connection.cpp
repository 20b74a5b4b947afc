#include "amqp_connection.hpp"

#include "ijw/transport/masked_url.hpp"

#include <amqp_tcp_socket.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <ctime>
#include <vector>

namespace ijw::transport {
namespace {

amqp_bytes_t bytes_of(std::string_view text) {
  return amqp_bytes_t{text.size(), const_cast<char*>(text.data())};
}

std::string text_of(amqp_bytes_t bytes) { return std::string(static_cast<const char*>(bytes.bytes), bytes.len); }

timeval timeval_of(std::chrono::milliseconds duration) {
  timeval tv{};
  tv.tv_sec = static_cast<decltype(tv.tv_sec)>(duration.count() / 1000);
  tv.tv_usec = static_cast<decltype(tv.tv_usec)>((duration.count() % 1000) * 1000);
  return tv;
}

// What the broker or the library said about a failed RPC.
std::string reason_of(const amqp_rpc_reply_t& reply) {
  switch (reply.reply_type) {
    case AMQP_RESPONSE_NORMAL: return "ok";
    case AMQP_RESPONSE_NONE: return "no reply (missing RPC reply type)";
    case AMQP_RESPONSE_LIBRARY_EXCEPTION: return amqp_error_string2(reply.library_error);
    case AMQP_RESPONSE_SERVER_EXCEPTION:
      if (reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
        const auto* close = static_cast<const amqp_connection_close_t*>(reply.reply.decoded);
        return fmt::format("the broker closed the connection: {} {}", close->reply_code, text_of(close->reply_text));
      }
      if (reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
        const auto* close = static_cast<const amqp_channel_close_t*>(reply.reply.decoded);
        return fmt::format("the broker closed the channel: {} {}", close->reply_code, text_of(close->reply_text));
      }
      return fmt::format("the broker answered with method 0x{:08x}", reply.reply.id);
  }
  return "unknown reply";
}

}  // namespace

AmqpConnection::AmqpConnection(const std::string& url, std::chrono::seconds heartbeat, std::chrono::seconds timeout)
    : url_(mask_password(url)), timeout_(timeout) {
  std::vector<char> buffer(url.begin(), url.end());  // amqp_parse_url writes into it; info points into it
  buffer.push_back('\0');
  amqp_connection_info info{};
  if (amqp_parse_url(buffer.data(), &info) != AMQP_STATUS_OK) {
    throw AmqpError(fmt::format("{} is not an AMQP URL (amqp://user:password@host:port/vhost)", url_));
  }
  if (info.ssl) throw AmqpError(fmt::format("{}: amqps is not supported yet", url_));
  state_ = amqp_new_connection();
  if (state_ == nullptr) throw AmqpError("out of memory creating an AMQP connection");
  try {
    amqp_socket_t* socket = amqp_tcp_socket_new(state_);
    if (socket == nullptr) fail("cannot create a TCP socket");
    const timeval connect_timeout = timeval_of(timeout);
    expect_ok(amqp_socket_open_noblock(socket, info.host, info.port, &connect_timeout), "connecting");
    const timeval rpc_timeout = timeval_of(timeout);
    expect_ok(amqp_set_rpc_timeout(state_, &rpc_timeout), "setting the RPC timeout");
    const auto login = amqp_login(state_, info.vhost, 0, AMQP_DEFAULT_FRAME_SIZE, static_cast<int>(heartbeat.count()),
                                  AMQP_SASL_METHOD_PLAIN, info.user, info.password);
    if (login.reply_type != AMQP_RESPONSE_NORMAL) fail("logging in: " + reason_of(login));
    logged_in_ = true;
    amqp_channel_open(state_, kChannel);
    expect_rpc_ok("opening channel 1");
  } catch (...) {
    amqp_destroy_connection(state_);  // the destructor does not run for a constructor that throws
    throw;
  }
}

AmqpConnection::~AmqpConnection() {
  if (state_ == nullptr) return;
  if (logged_in_ && !broken_) {
    // Orderly: the broker requeues this connection's unacked deliveries either way.
    amqp_channel_close(state_, kChannel, AMQP_REPLY_SUCCESS);
    amqp_connection_close(state_, AMQP_REPLY_SUCCESS);
  }
  amqp_destroy_connection(state_);
}

void AmqpConnection::fail(std::string message) {
  broken_ = true;
  throw AmqpError(fmt::format("AMQP {}: {}", url_, message));
}

void AmqpConnection::expect_rpc_ok(std::string_view what) {
  const auto reply = amqp_get_rpc_reply(state_);
  if (reply.reply_type != AMQP_RESPONSE_NORMAL) fail(fmt::format("{}: {}", what, reason_of(reply)));
}

void AmqpConnection::expect_ok(int status, std::string_view what) {
  if (status < 0) fail(fmt::format("{}: {}", what, amqp_error_string2(status)));
}

void AmqpConnection::enable_confirms() {
  amqp_confirm_select(state_, kChannel);
  expect_rpc_ok("confirm.select");
}

std::uint64_t AmqpConnection::publish(const Publication& publication) {
  std::vector<amqp_table_entry_t> entries;
  entries.reserve(publication.headers.size());
  for (const auto& header : publication.headers) {
    amqp_table_entry_t entry{};
    entry.key = bytes_of(header.name);
    entry.value.kind = AMQP_FIELD_KIND_UTF8;
    entry.value.value.bytes = bytes_of(header.value);
    entries.push_back(entry);
  }
  amqp_basic_properties_t properties{};
  properties._flags = AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG |
                      AMQP_BASIC_TIMESTAMP_FLAG | AMQP_BASIC_APP_ID_FLAG;
  properties.content_type = bytes_of(publication.content_type);
  properties.delivery_mode = 2;  // persistent: survives a broker restart in a durable queue
  properties.message_id = bytes_of(publication.message_id);
  properties.timestamp = static_cast<std::uint64_t>(std::time(nullptr));
  properties.app_id = bytes_of("ijwd");
  if (!publication.type.empty()) {
    properties._flags |= AMQP_BASIC_TYPE_FLAG;
    properties.type = bytes_of(publication.type);
  }
  if (!entries.empty()) {
    properties._flags |= AMQP_BASIC_HEADERS_FLAG;
    properties.headers = amqp_table_t{static_cast<int>(entries.size()), entries.data()};
  }
  expect_ok(amqp_basic_publish(state_, kChannel, bytes_of(publication.exchange), bytes_of(publication.routing_key),
                               /*mandatory=*/1, /*immediate=*/0, &properties, bytes_of(publication.body)),
            fmt::format("publishing {} to exchange '{}'", publication.message_id, publication.exchange));
  const auto tag = next_tag_++;
  unconfirmed_[tag] = false;
  tag_by_id_[std::string(publication.message_id)] = tag;
  return tag;
}

std::set<std::uint64_t> AmqpConnection::await_confirms() {
  std::set<std::uint64_t> not_acked;
  const auto deadline = std::chrono::steady_clock::now() + timeout_;
  const auto settle = [&](std::uint64_t tag, bool multiple, bool acked) {
    auto it = multiple ? unconfirmed_.begin() : unconfirmed_.find(tag);
    while (it != unconfirmed_.end() && it->first <= tag) {
      if (!acked || it->second) not_acked.insert(it->first);  // returned: acked, but not delivered anywhere
      it = unconfirmed_.erase(it);
      if (!multiple) break;
    }
  };
  while (!unconfirmed_.empty()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) fail(fmt::format("no confirm from the broker within {} s", timeout_.count()));
    amqp_frame_t frame{};
    const timeval wait = timeval_of(left);
    const int status = amqp_simple_wait_frame_noblock(state_, &frame, &wait);
    if (status == AMQP_STATUS_TIMEOUT) continue;  // the deadline check above decides
    expect_ok(status, "waiting for publisher confirms");
    if (frame.frame_type != AMQP_FRAME_METHOD) continue;
    switch (frame.payload.method.id) {
      case AMQP_BASIC_ACK_METHOD: {
        const auto* ack = static_cast<const amqp_basic_ack_t*>(frame.payload.method.decoded);
        settle(ack->delivery_tag, ack->multiple != 0, true);
        break;
      }
      case AMQP_BASIC_NACK_METHOD: {
        const auto* nack = static_cast<const amqp_basic_nack_t*>(frame.payload.method.decoded);
        settle(nack->delivery_tag, nack->multiple != 0, false);
        break;
      }
      case AMQP_BASIC_RETURN_METHOD: {
        const auto* returned = static_cast<const amqp_basic_return_t*>(frame.payload.method.decoded);
        const std::string why = fmt::format("{} {}", returned->reply_code, text_of(returned->reply_text));
        amqp_message_t message{};
        const auto read = amqp_read_message(state_, frame.channel, &message, 0);
        if (read.reply_type != AMQP_RESPONSE_NORMAL) fail("reading a returned message: " + reason_of(read));
        const std::string id = (message.properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG) != 0
                                   ? text_of(message.properties.message_id)
                                   : std::string();
        amqp_destroy_message(&message);
        spdlog::error("AMQP {}: message {} came back unroutable ({}): no queue is bound for it", url_, id, why);
        if (const auto found = tag_by_id_.find(id); found != tag_by_id_.end()) {
          if (const auto it = unconfirmed_.find(found->second); it != unconfirmed_.end()) it->second = true;
        }
        break;
      }
      case AMQP_CHANNEL_CLOSE_METHOD: {
        const auto* close = static_cast<const amqp_channel_close_t*>(frame.payload.method.decoded);
        fail(fmt::format("the broker closed the channel: {} {}", close->reply_code, text_of(close->reply_text)));
      }
      case AMQP_CONNECTION_CLOSE_METHOD: {
        const auto* close = static_cast<const amqp_connection_close_t*>(frame.payload.method.decoded);
        fail(fmt::format("the broker closed the connection: {} {}", close->reply_code, text_of(close->reply_text)));
      }
      default: break;
    }
  }
  tag_by_id_.clear();
  return not_acked;
}

void AmqpConnection::idle(std::chrono::milliseconds duration) {
  amqp_frame_t frame{};
  const timeval wait = timeval_of(duration);
  const int status = amqp_simple_wait_frame_noblock(state_, &frame, &wait);
  if (status == AMQP_STATUS_TIMEOUT) return;
  expect_ok(status, "waiting on an idle connection");
  if (frame.frame_type == AMQP_FRAME_METHOD &&
      (frame.payload.method.id == AMQP_CHANNEL_CLOSE_METHOD || frame.payload.method.id == AMQP_CONNECTION_CLOSE_METHOD)) {
    fail("the broker closed the idle connection");
  }
}

void BrokerStatus::set_consumer(bool connected, const std::string& error) {
  consumer_.store(connected);
  if (!error.empty()) {
    std::lock_guard lock(mutex_);
    last_error_ = "consumer: " + error;
  }
}

void BrokerStatus::set_relay(bool connected, const std::string& error) {
  relay_.store(connected);
  if (!error.empty()) {
    std::lock_guard lock(mutex_);
    last_error_ = "relay: " + error;
  }
}

std::string BrokerStatus::last_error() const {
  std::lock_guard lock(mutex_);
  return last_error_;
}

namespace {

void declare_exchange(AmqpConnection& connection, const std::string& name, const char* type) {
  amqp_exchange_declare(connection.get(), AmqpConnection::kChannel, amqp_cstring_bytes(name.c_str()),
                        amqp_cstring_bytes(type), /*passive=*/0, /*durable=*/1, /*auto_delete=*/0, /*internal=*/0,
                        amqp_empty_table);
  connection.expect_rpc_ok(fmt::format("declaring exchange '{}'", name));
}

void declare_queue(AmqpConnection& connection, const std::string& name, amqp_table_t arguments) {
  amqp_queue_declare(connection.get(), AmqpConnection::kChannel, amqp_cstring_bytes(name.c_str()), /*passive=*/0,
                     /*durable=*/1, /*exclusive=*/0, /*auto_delete=*/0, arguments);
  connection.expect_rpc_ok(fmt::format("declaring queue '{}'", name));
}

void bind_queue(AmqpConnection& connection, const std::string& queue, const std::string& exchange,
                const std::string& key) {
  amqp_queue_bind(connection.get(), AmqpConnection::kChannel, amqp_cstring_bytes(queue.c_str()),
                  amqp_cstring_bytes(exchange.c_str()), amqp_cstring_bytes(key.c_str()), amqp_empty_table);
  connection.expect_rpc_ok(fmt::format("binding queue '{}' to exchange '{}'", queue, exchange));
}

}  // namespace

void declare_topology(AmqpConnection& connection, const AmqpOptions& options) {
  declare_exchange(connection, options.dead_letter_exchange, "fanout");
  declare_queue(connection, options.dead_letter_queue, amqp_empty_table);
  bind_queue(connection, options.dead_letter_queue, options.dead_letter_exchange, "");
  // Whatever the broker itself dead-letters from the queue (a reject without requeue, an expiry) lands in the
  // same dead-letter queue as the consumer's poison messages.
  amqp_table_entry_t dead_letter{};
  dead_letter.key = amqp_cstring_bytes("x-dead-letter-exchange");
  dead_letter.value.kind = AMQP_FIELD_KIND_UTF8;
  dead_letter.value.value.bytes = amqp_cstring_bytes(options.dead_letter_exchange.c_str());
  declare_queue(connection, options.queue, amqp_table_t{1, &dead_letter});
  declare_exchange(connection, options.events_exchange, "topic");
  if (!options.events_queue.empty()) {
    declare_queue(connection, options.events_queue, amqp_empty_table);
    bind_queue(connection, options.events_queue, options.events_exchange, "#");
  }
}

void declare_topology(const AmqpOptions& options) {
  AmqpConnection connection(options.url, options.heartbeat, options.confirm_timeout);
  declare_topology(connection, options);
}

}  // namespace ijw::transport
