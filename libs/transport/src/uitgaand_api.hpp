#pragma once
// GET /api/v1/berichten/uitgaand[/{id}]: the JW301s the hub delivers to the calling aanbieder (docs/ijwd.md).

#include <string>

#include "ijw/transport/https_listener.hpp"
#include "ijw/transport/worker_pool.hpp"

namespace ijw::transport {

inline constexpr std::string_view kUitgaand = "/api/v1/berichten/uitgaand";

// Answers a GET under kUitgaand for aanbieder `agb`: the list (JSON, keyset paging) or one JW301 (XML). The
// query runs on a worker; `respond` is called from there.
void serve_uitgaand(WorkerPool& pool, const Request& request, const std::string& agb, Handler::Respond respond);

}  // namespace ijw::transport
