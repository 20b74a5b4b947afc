// Migrations: applied once, in order, safely from several processes at once, never edited once applied.

#include <gtest/gtest.h>

#include <future>
#include <pqxx/pqxx>

#include "fresh_database.hpp"
#include "ijw/store/migrations.hpp"

namespace ijw::store {
namespace {

int recorded_migrations(const std::string& url) {
  pqxx::connection connection(url);
  return pqxx::nontransaction(connection).exec1("SELECT count(*) FROM schema_migration")[0].as<int>();
}

TEST(Migrations, AreNumberedInOrderFromOne) {
  int expected = 1;
  for (const auto& migration : migrations()) {
    EXPECT_EQ(migration.version, expected++) << migration.name;
    EXPECT_FALSE(migration.sql.empty()) << migration.name;
  }
  EXPECT_GT(expected, 1) << "no migration compiled in";
}

TEST(Migrations, ApplyOnceAndThenFindNothingToDo) {
  IJW_REQUIRE_DATABASE();
  testing::FreshDatabase database;
  const auto first = migrate(database.url());
  EXPECT_EQ(first.applied.size(), migrations().size());
  EXPECT_EQ(first.already, 0u);
  const auto second = migrate(database.url());
  EXPECT_TRUE(second.applied.empty());
  EXPECT_EQ(second.already, migrations().size());
  EXPECT_EQ(recorded_migrations(database.url()), static_cast<int>(migrations().size()));
}

TEST(Migrations, TwoProcessesMigratingAtOnceApplyEachMigrationOnce) {
  IJW_REQUIRE_DATABASE();
  testing::FreshDatabase database;
  auto one = std::async(std::launch::async, [&] { return migrate(database.url()); });
  auto two = std::async(std::launch::async, [&] { return migrate(database.url()); });
  const auto a = one.get();
  const auto b = two.get();
  EXPECT_EQ(a.applied.size() + b.applied.size(), migrations().size()) << "each applied by exactly one of them";
  EXPECT_EQ(recorded_migrations(database.url()), static_cast<int>(migrations().size()));
}

TEST(Migrations, AnEditedMigrationIsRefusedAndNothingChanges) {
  IJW_REQUIRE_DATABASE();
  testing::FreshDatabase database;
  migrate(database.url());
  {
    pqxx::connection connection(database.url());
    pqxx::nontransaction(connection).exec("UPDATE schema_migration SET checksum = 'edited' WHERE version = 1");
  }
  try {
    migrate(database.url());
    FAIL() << "an edited migration was accepted";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find(std::string(migrations().front().name)), std::string::npos)
        << error.what();
  }
}

TEST(Migrations, ADatabaseFromANewerBuildIsRefused) {
  IJW_REQUIRE_DATABASE();
  testing::FreshDatabase database;
  migrate(database.url());
  {
    pqxx::connection connection(database.url());
    pqxx::nontransaction(connection)
        .exec("INSERT INTO schema_migration (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')");
  }
  EXPECT_THROW(migrate(database.url()), std::runtime_error);
}

TEST(Migrations, AnUnreachableServerIsAClearError) {
  EXPECT_THROW(migrate("postgresql://ijw@127.0.0.1:1/nothing?connect_timeout=2"), pqxx::broken_connection);
}

}  // namespace
}  // namespace ijw::store
