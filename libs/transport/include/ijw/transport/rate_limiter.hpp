#pragma once
// A token bucket per key (the aanbieder's AGB code): `rate` messages per second on average, bursts of up to
// `burst`. Beyond it the API answers 429 with the time until the next token, so one aanbieder's batch job
// cannot crowd out the others (issue 6: "429 over a per-aanbieder rate limit").

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace ijw::transport {

class RateLimiter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // `rate` > 0 tokens per second, `burst` >= 1. `clock` is the steady clock unless a test fixes it.
  RateLimiter(double rate, double burst, Clock clock = [] { return std::chrono::steady_clock::now(); });

  // Takes a token for `key`: zero when one was there, else how long until the next one (nothing taken).
  std::chrono::milliseconds acquire(const std::string& key);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point updated;
  };

  double rate_;
  double burst_;
  Clock clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace ijw::transport
