#pragma once
// The pipeline on a fresh, migrated database, and the base messages of tests/data/base: what the store
// tests of the pipeline share.

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <pqxx/pqxx>
#include <sstream>
#include <stdexcept>
#include <string>

#include "fresh_database.hpp"
#include "ijw/pipeline/pipeline.hpp"
#include "ijw/store/migrations.hpp"

namespace ijw::pipeline {

inline constexpr std::chrono::year_month_day kToday{std::chrono::year{2026}, std::chrono::November,
                                                    std::chrono::day{28}};

inline std::string base_message(const std::string& type) {
  std::ifstream in(std::string(IJW_SOURCE_DIR) + "/tests/data/base/" + type + ".xml", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// `text` with the first `from` replaced by `to`; throws when `from` is not there.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::invalid_argument("not in the message: " + from);
  return text.replace(at, from.size(), to);
}

class PipelineFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    IJW_REQUIRE_DATABASE();
    database_.emplace();
    store::migrate(database_->url());
    connection_.emplace(database_->url());
    pipeline_.emplace(*connection_, validator_);
  }

  Result process(const std::string& bytes, const Origin& origin = {}) {
    return pipeline_->process(bytes, kToday, origin);
  }

  int count(const std::string& table) {
    pqxx::connection connection(database_->url());
    return pqxx::nontransaction(connection).exec1("SELECT count(*) FROM " + table)[0].as<int>();
  }

  std::optional<testing::FreshDatabase> database_;
  std::optional<store::Connection> connection_;
  validate::Validator validator_;
  std::optional<Pipeline> pipeline_;
};

}  // namespace ijw::pipeline
