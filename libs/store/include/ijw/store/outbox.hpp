#pragma once
// How far the backoffice's events lag behind (migrations/0002_outbox.sql, docs/events.md): for /metrics.

#include <cstdint>

#include "ijw/store/store.hpp"

namespace ijw::store {

struct OutboxBacklog {
  std::int64_t pending = 0;      // events not yet confirmed by the broker
  double oldest_seconds = 0;     // age of the oldest of them; 0 when none
};

OutboxBacklog outbox_backlog(Connection& connection);

}  // namespace ijw::store
