#pragma once
// A database of its own for one test, on the PostgreSQL server of $IJW_DATABASE_URL (whose user may
// CREATE DATABASE), dropped afterwards. Without a server the test skips, and under CI=true it fails.

#include <optional>
#include <string>

#include "ijw/testing/oracle.hpp"  // running_in_ci

namespace ijw::testing {

// Why no database server can be used, or nullopt when one can.
std::optional<std::string> database_server_missing();

class FreshDatabase {
 public:
  FreshDatabase();  // creates it; throws std::runtime_error when it cannot
  ~FreshDatabase();
  FreshDatabase(const FreshDatabase&) = delete;
  FreshDatabase& operator=(const FreshDatabase&) = delete;

  const std::string& url() const { return url_; }

 private:
  std::string name_;
  std::string url_;
};

}  // namespace ijw::testing

// At the start of a test that needs a database server: skips without one, fails under CI=true.
#define IJW_REQUIRE_DATABASE()                                                                            \
  do {                                                                                                  \
    if (const auto ijw_database_missing = ::ijw::testing::database_server_missing(); ijw_database_missing) { \
      if (::ijw::testing::running_in_ci()) FAIL() << *ijw_database_missing << " -- CI is set: no skipping"; \
      GTEST_SKIP() << *ijw_database_missing;                                                              \
    }                                                                                                   \
  } while (false)
