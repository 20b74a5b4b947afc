#pragma once
// The aanbieders' API (docs/ijwd.md): POST /api/v1/berichten runs the pipeline on the worker pool and
// answers with the retourbericht once it is committed; the client certificate's subject CN says which
// aanbieder (AGB code) is calling.

#include <chrono>
#include <map>
#include <string>

#include "ijw/transport/https_listener.hpp"
#include "ijw/transport/worker_pool.hpp"

namespace ijw::transport {

struct AanbiederApiOptions {
  // Subject CN of a verified client certificate -> AGB code of the aanbieder it authenticates. The client CA
  // should be the hub's own: whoever it signs a CN for is that aanbieder.
  std::map<std::string, std::string> clients;
  std::chrono::seconds retry_after{5};  // the Retry-After of a 503
};

class AanbiederApi : public Handler {
 public:
  // `pool` must outlive the API.
  AanbiederApi(AanbiederApiOptions options, WorkerPool& pool);

  void handle(Request request, const Caller& caller, Respond respond) override;

 private:
  void post_bericht(Request request, const Caller& caller, const std::string& agb, Respond respond);

  AanbiederApiOptions options_;
  WorkerPool& pool_;
};

}  // namespace ijw::transport
