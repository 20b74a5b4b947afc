#pragma once
// One rabbitmq-c connection with one channel (channel 1), owned by one thread: connecting with timeouts,
// turning rabbitmq-c's status codes and RPC replies into AmqpError, and publishing with publisher confirms.

#include <amqp.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/transport/amqp.hpp"

namespace ijw::transport {

// One header of a published message: a name and a text value.
struct Header {
  std::string name;
  std::string value;
};

struct Publication {
  std::string_view exchange;
  std::string_view routing_key;
  std::string_view body;
  std::string_view message_id;  // the AMQP message_id: the receiver de-duplicates by it
  std::string_view type;        // the AMQP type property
  std::string_view content_type;
  std::vector<Header> headers;
};

class AmqpConnection {
 public:
  // Connects, logs in and opens channel 1. Throws AmqpError naming the broker (without its password).
  AmqpConnection(const std::string& url, std::chrono::seconds heartbeat, std::chrono::seconds timeout);
  ~AmqpConnection();
  AmqpConnection(const AmqpConnection&) = delete;
  AmqpConnection& operator=(const AmqpConnection&) = delete;

  amqp_connection_state_t get() const { return state_; }
  static constexpr amqp_channel_t kChannel = 1;

  // Throws AmqpError with `what` and the broker's or the library's reason when the last RPC failed.
  void expect_rpc_ok(std::string_view what);
  // Throws AmqpError when `status` (a rabbitmq-c status code) is an error.
  void expect_ok(int status, std::string_view what);

  // Puts channel 1 in confirm mode (confirm.select): every publication is then acked or nacked.
  void enable_confirms();

  // Publishes persistently and mandatory (an unroutable message comes back instead of being dropped);
  // returns its delivery tag.
  std::uint64_t publish(const Publication& publication);

  // Waits for the confirms of every publication so far; returns the delivery tags that were not acked
  // (nacked, or returned as unroutable). Throws AmqpError when a confirm does not come within the timeout
  // or the channel closes: then none of them may be taken as published.
  std::set<std::uint64_t> await_confirms();

  // Waits up to `duration` for a frame, so that rabbitmq-c answers the broker's heartbeats on an idle
  // connection (it does so only inside its calls); throws AmqpError when the broker closed the connection.
  void idle(std::chrono::milliseconds duration);

 private:
  [[noreturn]] void fail(std::string message);

  amqp_connection_state_t state_ = nullptr;
  std::string url_;           // masked
  std::chrono::seconds timeout_;
  bool broken_ = false;       // after an error: no orderly close (it could block on a dead socket)
  bool logged_in_ = false;
  std::uint64_t next_tag_ = 1;                         // the next publication's delivery tag
  std::map<std::uint64_t, bool> unconfirmed_;          // tag -> returned
  std::map<std::string, std::uint64_t> tag_by_id_;     // message_id -> tag, to match basic.return
};

// Declares the exchanges and queues of `options` on `connection` (idempotent). Throws AmqpError.
void declare_topology(AmqpConnection& connection, const AmqpOptions& options);

}  // namespace ijw::transport
