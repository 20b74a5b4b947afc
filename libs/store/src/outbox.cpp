#include "ijw/store/outbox.hpp"

#include <pqxx/pqxx>

#include "connection_access.hpp"

namespace ijw::store {

OutboxBacklog outbox_backlog(Connection& connection) {
  pqxx::read_transaction work(ConnectionAccess::of(connection));
  // The partial index on the pending rows keeps this cheap however long the history is.
  const auto row = work.exec1(
      "SELECT count(*), coalesce(extract(epoch FROM now() - min(created)), 0)::float8 "
      "FROM outbox_event WHERE published_at IS NULL");
  return {row[0].as<std::int64_t>(), row[1].as<double>()};
}

}  // namespace ijw::store
