#pragma once
// The configuration of ijwd: one JSON file (every key optional, with the defaults of docs/ijwd.md), then
// the environment (IJW_DATABASE_URL, IJW_AMQP_URL). Only main.cpp reads it.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ijw/admin/auth.hpp"
#include "ijw/transport/aanbieder_api.hpp"
#include "ijw/transport/amqp.hpp"
#include "ijw/transport/https_listener.hpp"
#include "ijw/transport/masked_url.hpp"

namespace ijw::ijwd {

using transport::mask_password;

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The declaratieteam's admin listener (docs/ijwd.md, "admin"; docs/admin-api.openapi.json): its own address,
// TLS certificate (no client certificates) and bearer tokens, of which the file holds only the SHA-256.
struct AdminConfig {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8444;
  std::string certificate;  // PEM server certificate (+ intermediates)
  std::string private_key;  // PEM
  std::vector<admin::Token> tokens;
  std::size_t workers = 2;       // query threads, each with its own database connection
  std::size_t queue_limit = 32;  // requests waiting for a query thread before 503
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
  // The backoffice channel over RabbitMQ; absent (no "amqp" section): HTTPS only (D-507).
  std::optional<transport::AmqpOptions> amqp;
  std::optional<AdminConfig> admin;  // absent: no admin listener
  // The region file of the regional policy (regions/noord-limburg.json); absent: no regional policy.
  // Reloaded on SIGHUP.
  std::optional<std::string> region;
};

// Reads `path`, applies the environment, checks every value. Relative file names in the file are taken
// relative to the file's directory. Throws ConfigError saying which key is wrong and why.
Config load_config(const std::filesystem::path& path);

// The effective configuration as JSON, without secrets (the database password is masked).
nlohmann::json to_json(const Config& config);


}  // namespace ijw::ijwd
