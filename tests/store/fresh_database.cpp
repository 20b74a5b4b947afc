#include "fresh_database.hpp"

#include <fmt/format.h>

#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>
#include <unistd.h>

namespace ijw::testing {
namespace {

std::string server_url() {
  const char* url = std::getenv("IJW_DATABASE_URL");
  return url ? url : "";
}

// `url` with its database (the path) replaced by `database`.
std::string with_database(const std::string& url, const std::string& database) {
  const auto authority = url.find("://");
  const auto path = url.find_first_of("/?", authority == std::string::npos ? 0 : authority + 3);
  if (path == std::string::npos) return url + "/" + database;
  const auto query = url.find('?', path);
  return url.substr(0, path) + "/" + database + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

std::optional<std::string> database_server_missing() {
  if (server_url().empty()) return "IJW_DATABASE_URL is not set (deploy/local/pg-private.sh start prints one)";
  try {
    pqxx::connection connection(server_url());
  } catch (const std::exception& error) {
    return std::string("cannot reach the database server of IJW_DATABASE_URL: ") + error.what();
  }
  return std::nullopt;
}

FreshDatabase::FreshDatabase() {
  static std::atomic<int> counter{0};
  name_ = fmt::format("ijw_test_{}_{}_{}", getpid(), ++counter, std::rand() % 100000);
  url_ = with_database(server_url(), name_);
  pqxx::connection admin(server_url());
  pqxx::nontransaction(admin).exec("CREATE DATABASE " + name_);
}

FreshDatabase::~FreshDatabase() {
  try {
    pqxx::connection admin(server_url());
    pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const std::exception&) {
    // A test database left behind is harmless; the test's own verdict matters more.
  }
}

}  // namespace ijw::testing
