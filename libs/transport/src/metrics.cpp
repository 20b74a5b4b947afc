#include "ijw/transport/metrics.hpp"

#include <prometheus/text_serializer.h>

namespace ijw::transport {
namespace {

// From a replayed retour (~1 ms) to a message waiting for a busy client's lock (seconds).
const prometheus::Histogram::BucketBoundaries kLatencyBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                              0.1,   0.25,   0.5,   1,    2.5,   5};

}  // namespace

Metrics::Metrics()
    : registry_(std::make_shared<prometheus::Registry>()),
      messages_(prometheus::BuildCounter()
                    .Name("ijw_berichten_total")
                    .Help("Heenberichten processed, by message type, channel and outcome")
                    .Register(*registry_)),
      retourcodes_(prometheus::BuildCounter()
                       .Name("ijw_retourcodes_total")
                       .Help("RetourCodes in the retourberichten, by message type and code")
                       .Register(*registry_)),
      responses_(prometheus::BuildCounter()
                     .Name("ijw_http_responses_total")
                     .Help("HTTP responses, by listener and status")
                     .Register(*registry_)),
      latency_(prometheus::BuildHistogram()
                   .Name("ijw_bericht_seconds")
                   .Help("Time from receiving a heenbericht to its committed answer, by channel")
                   .Register(*registry_)) {}

void Metrics::count_message(std::string_view type, std::string_view channel, std::string_view outcome,
                           const std::vector<std::string>& codes, double seconds) {
  const std::string type_label(type.empty() ? "-" : type);
  messages_.Add({{"type", type_label}, {"channel", std::string(channel)}, {"outcome", std::string(outcome)}}).Increment();
  for (const auto& code : codes) retourcodes_.Add({{"type", type_label}, {"code", code}}).Increment();
  latency_.Add({{"channel", std::string(channel)}}, kLatencyBuckets).Observe(seconds);
}

void Metrics::count_response(std::string_view listener, unsigned status) {
  responses_.Add({{"listener", std::string(listener)}, {"status", std::to_string(status)}}).Increment();
}

void Metrics::add_gauge(const std::string& name, const std::string& help, std::function<double()> read) {
  auto& family = prometheus::BuildGauge().Name(name).Help(help).Register(*registry_);
  std::lock_guard lock(gauges_mutex_);
  gauges_.emplace_back(&family.Add({}), std::move(read));
}

std::string Metrics::exposition() {
  {
    std::lock_guard lock(gauges_mutex_);
    for (auto& [gauge, read] : gauges_) gauge->Set(read());
  }
  return prometheus::TextSerializer().Serialize(registry_->Collect());
}

}  // namespace ijw::transport
