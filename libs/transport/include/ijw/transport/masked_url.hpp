#pragma once
// Connection URLs (PostgreSQL, RabbitMQ) as logs and --check-config may show them: without the password.

#include <string>

namespace ijw::transport {

// `url` with its password replaced by "***": scheme://user:***@host... and password=*** (libpq keywords).
std::string mask_password(const std::string& url);

}  // namespace ijw::transport
