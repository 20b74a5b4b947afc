#pragma once
// The aanbieders' API (docs/ijwd.md): POST /api/v1/berichten runs the pipeline on the worker pool and
// answers with the retourbericht once it is committed; the client certificate's subject CN says which
// aanbieder (AGB code) is calling. The operations endpoints /healthz, /readyz and /metrics are served here
// too, without a certificate (docs/decisions.md D-701).

#include <chrono>
#include <map>
#include <string>

#include "ijw/transport/https_listener.hpp"
#include "ijw/transport/metrics.hpp"
#include "ijw/transport/rate_limiter.hpp"
#include "ijw/transport/readiness.hpp"
#include "ijw/transport/worker_pool.hpp"

namespace ijw::transport {

struct AanbiederApiOptions {
  // Subject CN of a verified client certificate -> AGB code of the aanbieder it authenticates. The client CA
  // should be the hub's own: whoever it signs a CN for is that aanbieder.
  std::map<std::string, std::string> clients;
  std::chrono::seconds retry_after{5};  // the Retry-After of a 503
  // Messages per second per aanbieder on average, and the burst allowed above it; beyond: 429.
  double rate_per_second = 50;
  double rate_burst = 200;
  RateLimiter::Clock clock = [] { return std::chrono::steady_clock::now(); };
};

class AanbiederApi : public Handler {
 public:
  // `pool`, `metrics` and `readiness` must outlive the API.
  AanbiederApi(AanbiederApiOptions options, WorkerPool& pool, Metrics& metrics, const Readiness& readiness);

  void handle(Request request, const Caller& caller, Respond respond) override;

 private:
  Response operations(const Request& request) const;
  void post_bericht(Request request, const Caller& caller, const std::string& agb, Respond respond);

  AanbiederApiOptions options_;
  WorkerPool& pool_;
  Metrics& metrics_;
  const Readiness& readiness_;
  RateLimiter rate_limiter_;
};

}  // namespace ijw::transport
