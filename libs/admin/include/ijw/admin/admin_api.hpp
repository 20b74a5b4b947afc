#pragma once
// The declaratieteam's admin API (docs/admin-api.openapi.json): a transport::Handler for its own HTTPS
// listener. Bearer tokens with the roles reader and admin (D-601, D-602); look-ups of a client by BSN, a
// toewijzing by gemeente and number (with its message history), an aanbieder by AGB code; paged lists
// with CSV export; statistics; the audit log. Every read of personal data is written to admin_audit in
// the transaction that reads it (D-603, D-604).
//
// The queries are blocking (libpqxx), so they run on the API's own small pool of threads, each with its
// own connection; the I/O thread only authenticates and routes. A full queue, or a database that cannot
// be reached, is answered with 503 and Retry-After.

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "ijw/admin/auth.hpp"
#include "ijw/transport/https_listener.hpp"

namespace ijw::admin {

struct AdminOptions {
  std::vector<Token> tokens;
  std::string database_url;
  std::size_t workers = 2;              // query threads, each with its own database connection
  std::size_t queue_limit = 32;         // requests waiting for a worker before 503
  std::chrono::seconds retry_after{5};  // the Retry-After of a 503
};

class AdminApi : public transport::Handler {
 public:
  explicit AdminApi(AdminOptions options);
  ~AdminApi() override;  // stop()s
  AdminApi(const AdminApi&) = delete;
  AdminApi& operator=(const AdminApi&) = delete;

  void handle(transport::Request request, const transport::Caller& caller,
              std::function<void(transport::Response)> respond) override;

  // Answers what is queued, then joins the workers; later requests get 503. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ijw::admin
