// amqp_probe: what the e2e tests need of a broker that amqp-tools cannot show: a message with its
// properties and headers (amqp-get prints only the body), a queue's message count, and clean-up.
//
//   amqp_probe URL get QUEUE        one message, acked, as JSON on stdout; exit 3 when the queue is empty
//   amqp_probe URL count QUEUE      the number of ready messages
//   amqp_probe URL delete-queue NAME... / delete-exchange NAME...
//
// Exit: 0 done, 1 broker error, 2 usage, 3 empty queue.

#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

std::string text(amqp_bytes_t bytes) { return std::string(static_cast<const char*>(bytes.bytes), bytes.len); }

void expect_rpc_ok(amqp_connection_state_t state, const std::string& what) {
  const auto reply = amqp_get_rpc_reply(state);
  if (reply.reply_type == AMQP_RESPONSE_NORMAL) return;
  std::string reason = reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION ? amqp_error_string2(reply.library_error)
                                                                           : "the broker refused";
  if (reply.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
    reason = text(static_cast<const amqp_channel_close_t*>(reply.reply.decoded)->reply_text);
  }
  throw std::runtime_error(what + ": " + reason);
}

amqp_connection_state_t connect(std::string url) {
  amqp_connection_info info{};
  if (amqp_parse_url(url.data(), &info) != AMQP_STATUS_OK) throw std::runtime_error("not an AMQP URL");
  auto state = amqp_new_connection();
  auto socket = amqp_tcp_socket_new(state);
  const timeval timeout{5, 0};
  if (amqp_socket_open_noblock(socket, info.host, info.port, &timeout) != AMQP_STATUS_OK) {
    throw std::runtime_error("cannot connect to the broker");
  }
  const auto login = amqp_login(state, info.vhost, 0, AMQP_DEFAULT_FRAME_SIZE, 0, AMQP_SASL_METHOD_PLAIN, info.user,
                                info.password);
  if (login.reply_type != AMQP_RESPONSE_NORMAL) throw std::runtime_error("cannot log in");
  amqp_channel_open(state, 1);
  expect_rpc_ok(state, "opening a channel");
  return state;
}

json field_json(const amqp_field_value_t& value) {
  switch (value.kind) {
    case AMQP_FIELD_KIND_UTF8:
    case AMQP_FIELD_KIND_BYTES: return text(value.value.bytes);
    case AMQP_FIELD_KIND_BOOLEAN: return value.value.boolean != 0;
    case AMQP_FIELD_KIND_I32: return value.value.i32;
    case AMQP_FIELD_KIND_I64: return value.value.i64;
    default: return "(kind " + std::to_string(value.kind) + ")";
  }
}

int get(amqp_connection_state_t state, const std::string& queue) {
  amqp_basic_get(state, 1, amqp_cstring_bytes(queue.c_str()), /*no_ack=*/1);
  const auto reply = amqp_get_rpc_reply(state);
  if (reply.reply_type != AMQP_RESPONSE_NORMAL) expect_rpc_ok(state, "basic.get " + queue);
  if (reply.reply.id == AMQP_BASIC_GET_EMPTY_METHOD) return 3;
  amqp_message_t message{};
  const auto read = amqp_read_message(state, 1, &message, 0);
  if (read.reply_type != AMQP_RESPONSE_NORMAL) throw std::runtime_error("reading the message failed");
  const auto& properties = message.properties;
  json out{{"body", text(message.body)}, {"headers", json::object()}};
  if (properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG) out["message_id"] = text(properties.message_id);
  if (properties._flags & AMQP_BASIC_TYPE_FLAG) out["type"] = text(properties.type);
  if (properties._flags & AMQP_BASIC_CONTENT_TYPE_FLAG) out["content_type"] = text(properties.content_type);
  if (properties._flags & AMQP_BASIC_DELIVERY_MODE_FLAG) out["delivery_mode"] = properties.delivery_mode;
  if (properties._flags & AMQP_BASIC_HEADERS_FLAG) {
    for (int i = 0; i < properties.headers.num_entries; ++i) {
      const auto& entry = properties.headers.entries[i];
      out["headers"][text(entry.key)] = field_json(entry.value);
    }
  }
  out["routing_key"] = text(static_cast<const amqp_basic_get_ok_t*>(reply.reply.decoded)->routing_key);
  amqp_destroy_message(&message);
  std::cout << out.dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: amqp_probe URL get|count QUEUE | delete-queue|delete-exchange NAME...\n";
    return 2;
  }
  const std::string command = argv[2];
  try {
    auto state = connect(argv[1]);
    int status = 0;
    if (command == "get") {
      status = get(state, argv[3]);
    } else if (command == "count") {
      const auto* ok = amqp_queue_declare(state, 1, amqp_cstring_bytes(argv[3]), /*passive=*/1, 0, 0, 0,
                                          amqp_empty_table);
      expect_rpc_ok(state, std::string("queue ") + argv[3]);
      std::cout << ok->message_count << "\n";
    } else if (command == "delete-queue") {
      for (int i = 3; i < argc; ++i) {
        amqp_queue_delete(state, 1, amqp_cstring_bytes(argv[i]), 0, 0);
        expect_rpc_ok(state, std::string("deleting queue ") + argv[i]);
      }
    } else if (command == "delete-exchange") {
      for (int i = 3; i < argc; ++i) {
        amqp_exchange_delete(state, 1, amqp_cstring_bytes(argv[i]), 0);
        expect_rpc_ok(state, std::string("deleting exchange ") + argv[i]);
      }
    } else {
      std::cerr << "amqp_probe: unknown command " << command << "\n";
      return 2;
    }
    amqp_channel_close(state, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(state, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(state);
    return status;
  } catch (const std::exception& error) {
    std::cerr << "amqp_probe: " << error.what() << "\n";
    return 1;
  }
}
