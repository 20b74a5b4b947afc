#include "ijw/store/migrations.hpp"

#include <fmt/format.h>

#include <map>
#include <pqxx/pqxx>
#include <stdexcept>

namespace ijw::store {
namespace {

// Any constant the hub's processes agree on; only migrate() takes this lock.
constexpr std::int64_t kMigrationLock = 0x696a772d6d696772;  // "ijw-migr"

}  // namespace

MigrationReport migrate(const std::string& url) {
  pqxx::connection connection(url);
  pqxx::work transaction(connection);
  transaction.exec("SET LOCAL client_min_messages = warning");
  transaction.exec(fmt::format("SELECT pg_advisory_xact_lock({})", kMigrationLock));
  transaction.exec(
      "CREATE TABLE IF NOT EXISTS schema_migration ("
      " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
      " applied_at timestamptz NOT NULL DEFAULT now())");

  std::map<int, std::pair<std::string, std::string>> recorded;  // version -> (name, checksum)
  for (const auto& row : transaction.exec("SELECT version, name, checksum FROM schema_migration")) {
    recorded[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
  }

  MigrationReport report;
  for (const Migration& migration : migrations()) {
    const std::string text(migration.sql);
    const auto checksum = transaction.exec_params1("SELECT encode(sha256($1::bytea), 'hex')",
                                                   pqxx::binarystring(text.data(), text.size()))[0]
                              .as<std::string>();
    const auto found = recorded.find(migration.version);
    if (found != recorded.end()) {
      if (found->second.second != checksum) {
        throw std::runtime_error(fmt::format(
            "migration {} was changed after it was applied (recorded as {}); released migrations are never "
            "edited: add a new one",
            migration.name, found->second.first));
      }
      recorded.erase(found);
      ++report.already;
      continue;
    }
    transaction.exec(text);
    transaction.exec_params("INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)",
                            migration.version, std::string(migration.name), checksum);
    report.applied.emplace_back(migration.name);
  }
  if (!recorded.empty()) {
    throw std::runtime_error(fmt::format("the database has migration {} ({}), which this build does not know: it "
                                         "was made by a newer ijw-hub",
                                         recorded.begin()->first, recorded.begin()->second.first));
  }
  transaction.commit();
  return report;
}

}  // namespace ijw::store
