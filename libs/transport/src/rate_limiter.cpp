#include "ijw/transport/rate_limiter.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace ijw::transport {

RateLimiter::RateLimiter(double rate, double burst, Clock clock) : rate_(rate), burst_(burst), clock_(std::move(clock)) {
  if (!(rate_ > 0) || !(burst_ >= 1)) throw std::invalid_argument("a rate limit needs rate > 0 and burst >= 1");
}

std::chrono::milliseconds RateLimiter::acquire(const std::string& key) {
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  auto [found, fresh] = buckets_.try_emplace(key, Bucket{burst_, now});
  Bucket& bucket = found->second;
  const std::chrono::duration<double> elapsed = now - bucket.updated;
  bucket.tokens = std::min(burst_, bucket.tokens + std::max(0.0, elapsed.count()) * rate_);
  bucket.updated = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return std::chrono::milliseconds::zero();
  }
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil((1 - bucket.tokens) / rate_ * 1000)));
}

}  // namespace ijw::transport
