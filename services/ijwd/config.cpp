// Loading and checking ijwd's configuration (docs/ijwd.md, "Configuration").

#include "config.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "ijw/model/values.hpp"

namespace ijw::ijwd {
namespace {

using nlohmann::json;

// Rejects keys this version does not know: a typo must not silently fall back to a default.
void only_keys(const json& object, const std::string& where, const std::set<std::string>& known) {
  if (!object.is_object()) throw ConfigError(fmt::format("{} must be a JSON object", where));
  for (const auto& [key, value] : object.items())
    if (!known.count(key))
      throw ConfigError(fmt::format("unknown key '{}{}'", where == "the configuration" ? "" : where + ".", key));
}

template <typename T>
void read(const json& object, const std::string& key, const std::string& name, T& target) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return;
  try {
    target = found->get<T>();
  } catch (const json::exception&) {
    throw ConfigError(fmt::format("{} has the wrong type: {}", name, found->dump()));
  }
}

std::size_t positive(const json& object, const std::string& key, const std::string& name, std::size_t value) {
  std::int64_t number = static_cast<std::int64_t>(value);
  read(object, key, name, number);
  if (number < 1) throw ConfigError(fmt::format("{} must be at least 1, not {}", name, number));
  return static_cast<std::size_t>(number);
}

std::string file_name(const json& object, const std::string& key, const std::string& name,
                      const std::filesystem::path& base) {
  std::string value;
  read(object, key, name, value);
  if (value.empty()) throw ConfigError(name + " is required");
  const std::filesystem::path path(value);
  const auto resolved = path.is_absolute() ? path : base / path;
  std::ifstream probe(resolved);
  if (!probe) throw ConfigError(fmt::format("{}: cannot read {}", name, resolved.string()));
  return resolved.string();
}

// The "amqp" section (docs/ijwd.md, "RabbitMQ"); IJW_AMQP_URL overrides amqp.url.
transport::AmqpOptions read_amqp(const json& section) {
  only_keys(section, "amqp",
            {"url", "queue", "dead_letter_exchange", "dead_letter_queue", "events_exchange", "events_queue",
             "events_routing_key", "gemeente", "prefetch", "heartbeat_seconds", "reconnect_max_seconds",
             "confirm_timeout_seconds", "relay_batch", "relay_poll_ms"});
  transport::AmqpOptions amqp;
  read(section, "url", "amqp.url", amqp.url);
  if (const char* url = std::getenv("IJW_AMQP_URL"); url != nullptr && *url != '\0') amqp.url = url;
  if (amqp.url.rfind("amqp://", 0) != 0) throw ConfigError(fmt::format("amqp.url must start with amqp://, not '{}'",
                                                                       mask_password(amqp.url)));
  const auto name = [&](const char* key, std::string& target, bool may_be_empty) {
    read(section, key, fmt::format("amqp.{}", key), target);
    if (!may_be_empty && target.empty()) throw ConfigError(fmt::format("amqp.{} must not be empty", key));
  };
  name("queue", amqp.queue, false);
  name("dead_letter_exchange", amqp.dead_letter_exchange, false);
  name("dead_letter_queue", amqp.dead_letter_queue, false);
  name("events_exchange", amqp.events_exchange, false);
  name("events_queue", amqp.events_queue, true);
  std::string routing_key;
  read(section, "events_routing_key", "amqp.events_routing_key", routing_key);
  if (!routing_key.empty()) amqp.events_routing_key = routing_key;
  std::string gemeente;
  read(section, "gemeente", "amqp.gemeente", gemeente);
  if (!gemeente.empty()) {
    static const std::regex gemeentecode(R"(\d{4})");
    if (!std::regex_match(gemeente, gemeentecode))
      throw ConfigError(fmt::format("amqp.gemeente must be a gemeentecode of 4 digits, not '{}'", gemeente));
    amqp.gemeente = gemeente;
  }
  const auto prefetch = positive(section, "prefetch", "amqp.prefetch", amqp.prefetch);
  if (prefetch > 65535) throw ConfigError(fmt::format("amqp.prefetch must be at most 65535, not {}", prefetch));
  amqp.prefetch = static_cast<std::uint16_t>(prefetch);
  const auto seconds = [&](const char* key, std::chrono::seconds current) {
    return std::chrono::seconds(static_cast<std::int64_t>(
        positive(section, key, fmt::format("amqp.{}", key), static_cast<std::size_t>(current.count()))));
  };
  amqp.heartbeat = seconds("heartbeat_seconds", amqp.heartbeat);
  amqp.reconnect_max = seconds("reconnect_max_seconds",
                               std::chrono::duration_cast<std::chrono::seconds>(amqp.reconnect_max));
  amqp.confirm_timeout = seconds("confirm_timeout_seconds", amqp.confirm_timeout);
  amqp.relay_batch = positive(section, "relay_batch", "amqp.relay_batch", amqp.relay_batch);
  amqp.relay_poll = std::chrono::milliseconds(static_cast<std::int64_t>(
      positive(section, "relay_poll_ms", "amqp.relay_poll_ms", static_cast<std::size_t>(amqp.relay_poll.count()))));
  return amqp;
}

json amqp_json(const transport::AmqpOptions& amqp) {
  return {{"url", mask_password(amqp.url)},
          {"queue", amqp.queue},
          {"dead_letter_exchange", amqp.dead_letter_exchange},
          {"dead_letter_queue", amqp.dead_letter_queue},
          {"events_exchange", amqp.events_exchange},
          {"events_queue", amqp.events_queue},
          {"events_routing_key", amqp.events_routing_key ? json(*amqp.events_routing_key) : json(nullptr)},
          {"gemeente", amqp.gemeente ? json(*amqp.gemeente) : json(nullptr)},
          {"prefetch", amqp.prefetch},
          {"heartbeat_seconds", amqp.heartbeat.count()},
          {"reconnect_max_seconds", std::chrono::duration_cast<std::chrono::seconds>(amqp.reconnect_max).count()},
          {"confirm_timeout_seconds", amqp.confirm_timeout.count()},
          {"relay_batch", amqp.relay_batch},
          {"relay_poll_ms", amqp.relay_poll.count()}};
}

// The "admin" section (docs/ijwd.md): absent or null means no admin listener.
std::optional<AdminConfig> load_admin(const json& root, const std::filesystem::path& base) {
  const auto found = root.find("admin");
  if (found == root.end() || found->is_null()) return std::nullopt;
  const auto& section = *found;
  only_keys(section, "admin", {"listen", "tls", "tokens", "workers", "queue_limit"});
  AdminConfig admin;
  const json empty = json::object();
  const auto& listen = section.contains("listen") && !section["listen"].is_null() ? section["listen"] : empty;
  only_keys(listen, "admin.listen", {"address", "port"});
  read(listen, "address", "admin.listen.address", admin.address);
  std::int64_t port = admin.port;
  read(listen, "port", "admin.listen.port", port);
  if (port < 0 || port > 65535) throw ConfigError(fmt::format("admin.listen.port must be 0-65535, not {}", port));
  admin.port = static_cast<std::uint16_t>(port);

  const auto& tls = section.contains("tls") && !section["tls"].is_null() ? section["tls"] : empty;
  only_keys(tls, "admin.tls", {"certificate", "private_key"});
  admin.certificate = file_name(tls, "certificate", "admin.tls.certificate", base);
  admin.private_key = file_name(tls, "private_key", "admin.tls.private_key", base);

  const auto tokens = section.find("tokens");
  if (tokens == section.end() || !tokens->is_array() || tokens->empty())
    throw ConfigError(R"(admin.tokens must be a list of {"name", "role", "sha256"}, not empty)");
  std::set<std::string> names;
  std::set<std::string> hashes;
  for (std::size_t i = 0; i < tokens->size(); ++i) {
    const auto& entry = (*tokens)[i];
    const auto where = fmt::format("admin.tokens[{}]", i);
    only_keys(entry, where, {"name", "role", "sha256"});
    std::string name, role, hash;
    read(entry, "name", where + ".name", name);
    read(entry, "role", where + ".role", role);
    read(entry, "sha256", where + ".sha256", hash);
    if (name.empty()) throw ConfigError(where + ".name is required (it names the token in the audit log)");
    if (!names.insert(name).second) throw ConfigError(fmt::format("{}.name '{}' is used twice", where, name));
    const auto parsed_role = admin::role_from_string(role);
    if (!parsed_role) throw ConfigError(fmt::format("{}.role must be reader or admin, not '{}'", where, role));
    const auto digest = admin::sha256_from_hex(hash);
    if (!digest)
      throw ConfigError(where + ".sha256 must be the SHA-256 of the token in 64 hex digits "
                                "(printf %s TOKEN | sha256sum)");
    if (!hashes.insert(admin::to_hex(*digest)).second)
      throw ConfigError(fmt::format("{}.sha256 is the hash of another token too", where));
    admin.tokens.push_back(admin::Token{name, *parsed_role, *digest});
  }
  admin.workers = positive(section, "workers", "admin.workers", admin.workers);
  admin.queue_limit = positive(section, "queue_limit", "admin.queue_limit", admin.queue_limit);
  return admin;
}

}  // namespace

Config load_config(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw ConfigError(fmt::format("cannot read the configuration file {}", path.string()));
  std::stringstream text;
  text << in.rdbuf();
  json root;
  try {
    root = json::parse(text.str());
  } catch (const json::parse_error& error) {
    throw ConfigError(fmt::format("{} is not valid JSON: {}", path.string(), error.what()));
  }
  const auto base = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  only_keys(root, "the configuration",
            {"listen", "tls", "clients", "database", "workers", "queue_limit", "io_threads", "limits", "timeouts",
             "log_level", "today", "amqp", "admin", "region"});

  Config config;
  const json empty = json::object();
  const auto section = [&](const char* key) -> const json& {
    const auto found = root.find(key);
    return found == root.end() || found->is_null() ? empty : *found;
  };

  const auto& listen = section("listen");
  only_keys(listen, "listen", {"address", "port"});
  read(listen, "address", "listen.address", config.https.address);
  std::int64_t port = config.https.port;
  read(listen, "port", "listen.port", port);
  if (port < 0 || port > 65535) throw ConfigError(fmt::format("listen.port must be 0-65535, not {}", port));
  config.https.port = static_cast<std::uint16_t>(port);

  const auto& tls = section("tls");
  only_keys(tls, "tls", {"certificate", "private_key", "client_ca"});
  config.https.tls.certificate = file_name(tls, "certificate", "tls.certificate", base);
  config.https.tls.private_key = file_name(tls, "private_key", "tls.private_key", base);
  config.https.tls.client_ca = file_name(tls, "client_ca", "tls.client_ca", base);

  const auto& clients = section("clients");
  if (!clients.is_object()) throw ConfigError("clients must be an object {\"certificate CN\": \"AGB code\"}");
  static const std::regex agb(R"(\d{8})");
  for (const auto& [cn, code] : clients.items()) {
    if (!code.is_string() || !std::regex_match(code.get<std::string>(), agb))
      throw ConfigError(fmt::format("clients.\"{}\" must be an AGB code of 8 digits, not {}", cn, code.dump()));
    config.aanbieders.clients.emplace(cn, code.get<std::string>());
  }
  if (config.aanbieders.clients.empty()) throw ConfigError("clients is empty: no aanbieder could send a message");

  const auto& database = section("database");
  only_keys(database, "database", {"url"});
  read(database, "url", "database.url", config.database_url);
  if (const char* url = std::getenv("IJW_DATABASE_URL"); url != nullptr && *url != '\0') config.database_url = url;
  if (config.database_url.empty()) throw ConfigError("database.url is empty");

  config.workers = positive(root, "workers", "workers", config.workers);
  config.queue_limit = positive(root, "queue_limit", "queue_limit", config.queue_limit);
  config.io_threads = positive(root, "io_threads", "io_threads", config.io_threads);

  const auto& limits = section("limits");
  only_keys(limits, "limits", {"max_body_bytes", "max_connections", "rate_per_second", "rate_burst"});
  config.https.max_body_bytes = positive(limits, "max_body_bytes", "limits.max_body_bytes", config.https.max_body_bytes);
  config.https.max_connections =
      positive(limits, "max_connections", "limits.max_connections", config.https.max_connections);
  read(limits, "rate_per_second", "limits.rate_per_second", config.aanbieders.rate_per_second);
  if (!(config.aanbieders.rate_per_second > 0))
    throw ConfigError(fmt::format("limits.rate_per_second must be above 0, not {}", config.aanbieders.rate_per_second));
  read(limits, "rate_burst", "limits.rate_burst", config.aanbieders.rate_burst);
  if (!(config.aanbieders.rate_burst >= 1))
    throw ConfigError(fmt::format("limits.rate_burst must be at least 1, not {}", config.aanbieders.rate_burst));

  const auto& timeouts = section("timeouts");
  only_keys(timeouts, "timeouts", {"io_seconds", "retry_after_seconds"});
  config.https.timeout = std::chrono::seconds(static_cast<std::int64_t>(
      positive(timeouts, "io_seconds", "timeouts.io_seconds", static_cast<std::size_t>(config.https.timeout.count()))));
  config.aanbieders.retry_after = std::chrono::seconds(static_cast<std::int64_t>(positive(
      timeouts, "retry_after_seconds", "timeouts.retry_after_seconds",
      static_cast<std::size_t>(config.aanbieders.retry_after.count()))));

  read(root, "log_level", "log_level", config.log_level);
  static const std::set<std::string> levels{"trace", "debug", "info", "warn", "error", "critical", "off"};
  if (!levels.count(config.log_level))
    throw ConfigError(fmt::format("log_level must be one of trace, debug, info, warn, error, critical, off; not '{}'",
                                  config.log_level));

  std::string today;
  read(root, "today", "today", today);
  if (!today.empty()) {
    config.today = model::to_date(today);
    if (!config.today) throw ConfigError(fmt::format("today must be a date YYYY-MM-DD, not '{}'", today));
  }

  if (const auto amqp = root.find("amqp"); amqp != root.end() && !amqp->is_null()) config.amqp = read_amqp(*amqp);
  config.admin = load_admin(root, base);
  if (const auto region = root.find("region"); region != root.end() && !region->is_null())
    config.region = file_name(root, "region", "region", base);
  return config;
}

json to_json(const Config& config) {
  json clients = json::object();
  for (const auto& [cn, code] : config.aanbieders.clients) clients[cn] = code;
  json root = {
      {"listen", {{"address", config.https.address}, {"port", config.https.port}}},
      {"tls",
       {{"certificate", config.https.tls.certificate},
        {"private_key", config.https.tls.private_key},
        {"client_ca", config.https.tls.client_ca}}},
      {"clients", clients},
      {"database", {{"url", mask_password(config.database_url)}}},
      {"workers", config.workers},
      {"queue_limit", config.queue_limit},
      {"io_threads", config.io_threads},
      {"limits",
       {{"max_body_bytes", config.https.max_body_bytes},
        {"max_connections", config.https.max_connections},
        {"rate_per_second", config.aanbieders.rate_per_second},
        {"rate_burst", config.aanbieders.rate_burst}}},
      {"timeouts",
       {{"io_seconds", config.https.timeout.count()}, {"retry_after_seconds", config.aanbieders.retry_after.count()}}},
      {"log_level", config.log_level},
  };
  if (config.today) {
    const auto& d = *config.today;
    root["today"] = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                static_cast<unsigned>(d.day()));
  } else {
    root["today"] = nullptr;
  }
  root["amqp"] = config.amqp ? amqp_json(*config.amqp) : json(nullptr);
  root["region"] = config.region ? json(*config.region) : json(nullptr);
  if (config.admin) {
    const auto& admin = *config.admin;
    json tokens = json::array();
    // Only the start of each hash: enough to tell which token is configured, no help to guess a weak one.
    for (const auto& token : admin.tokens)
      tokens.push_back({{"name", token.name},
                        {"role", admin::to_string(token.role)},
                        {"sha256", admin::to_hex(token.sha256).substr(0, 8) + "..."}});
    root["admin"] = {{"listen", {{"address", admin.address}, {"port", admin.port}}},
                     {"tls", {{"certificate", admin.certificate}, {"private_key", admin.private_key}}},
                     {"tokens", tokens},
                     {"workers", admin.workers},
                     {"queue_limit", admin.queue_limit}};
  } else {
    root["admin"] = nullptr;
  }
  return root;
}

}  // namespace ijw::ijwd
