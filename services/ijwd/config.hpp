#pragma once
// The configuration of ijwd: one JSON file (every key optional, with the defaults of docs/ijwd.md), then
// the environment (IJW_DATABASE_URL). Only main.cpp reads it.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "ijw/transport/aanbieder_api.hpp"
#include "ijw/transport/https_listener.hpp"

namespace ijw::ijwd {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Config {
  transport::ListenerOptions https;  // the aanbieders' listener
  transport::AanbiederApiOptions aanbieders;
  std::string database_url = "postgresql://ijw@127.0.0.1:5432/ijw";
  std::size_t workers = 4;
  std::size_t queue_limit = 64;
  std::size_t io_threads = 2;
  std::string log_level = "info";
  std::optional<std::chrono::year_month_day> today;  // fixed date of receipt, for tests only
};

// Reads `path`, applies the environment, checks every value. Relative file names in the file are taken
// relative to the file's directory. Throws ConfigError saying which key is wrong and why.
Config load_config(const std::filesystem::path& path);

// The effective configuration as JSON, without secrets (the database password is masked).
nlohmann::json to_json(const Config& config);

// `url` with its password replaced by "***".
std::string mask_password(const std::string& url);

}  // namespace ijw::ijwd
