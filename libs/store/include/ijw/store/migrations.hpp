#pragma once
// The database schema as numbered migrations (migrations/NNNN_<what>.sql), compiled into the binaries and
// applied in order, each once, recorded in the table schema_migration. A released migration is never
// edited: applying refuses a database whose recorded checksum differs from the compiled one.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ijw::store {

struct Migration {
  int version;            // 1 for 0001_state.sql
  std::string_view name;  // "0001_state.sql"
  std::string_view sql;
};

// Every migration of this build, in version order.
std::span<const Migration> migrations();

struct MigrationReport {
  std::vector<std::string> applied;  // names applied by this call, in order
  std::size_t already = 0;           // how many were applied before
};

// Applies the missing migrations to the database at `url` in one transaction. Safe to run from several
// processes at once: they take turns on an advisory lock, and the second finds nothing left to do.
// Throws std::runtime_error when the database holds a migration this build does not know or one whose
// text changed, and pqxx errors when the database cannot be reached.
MigrationReport migrate(const std::string& url);

}  // namespace ijw::store
