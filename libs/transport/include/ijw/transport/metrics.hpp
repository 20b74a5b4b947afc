#pragma once
// The daemon's metrics in the Prometheus text format (/metrics), kept by prometheus-cpp's core library:
// messages per type and outcome, RetourCodes, latencies, HTTP statuses, and gauges read at scrape time
// (worker queue depth, outbox depth, queue lag) from whoever owns them. Thread-safe.

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ijw::transport {

class Metrics {
 public:
  Metrics();

  // One processed message: its type ("JW305", "-" when unknown), channel ("https", "amqp"), outcome
  // ("accepted", "rejected", "invalid", "refused", "unavailable", "error"), the RetourCodes of its retour,
  // and the time from receipt to the answer.
  void count_message(std::string_view type, std::string_view channel, std::string_view outcome,
                     const std::vector<std::string>& codes, double seconds);
  void count_response(std::string_view listener, unsigned status);

  // A gauge whose value `read` gives at each scrape (called on the scraping thread; must be quick).
  void add_gauge(const std::string& name, const std::string& help, std::function<double()> read);

  std::string exposition();  // text format 0.0.4

 private:
  std::shared_ptr<prometheus::Registry> registry_;
  prometheus::Family<prometheus::Counter>& messages_;
  prometheus::Family<prometheus::Counter>& retourcodes_;
  prometheus::Family<prometheus::Counter>& responses_;
  prometheus::Family<prometheus::Histogram>& latency_;
  std::mutex gauges_mutex_;
  std::vector<std::pair<prometheus::Gauge*, std::function<double()>>> gauges_;
};

}  // namespace ijw::transport
