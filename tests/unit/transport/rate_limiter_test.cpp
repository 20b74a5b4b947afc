// The per-aanbieder rate limit behind 429 (issue 6), on a clock the test moves.

#include "ijw/transport/rate_limiter.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>

namespace {

using namespace std::chrono_literals;
using ijw::transport::RateLimiter;

class RateLimiterTest : public ::testing::Test {
 protected:
  std::chrono::steady_clock::time_point now{};
  RateLimiter::Clock clock = [this] { return now; };
};

TEST_F(RateLimiterTest, TheBurstPassesThenTheNextWaitsForOneToken) {
  RateLimiter limiter(2, 3, clock);  // 2 per second, bursts of 3
  EXPECT_EQ(limiter.acquire("12345678"), 0ms);
  EXPECT_EQ(limiter.acquire("12345678"), 0ms);
  EXPECT_EQ(limiter.acquire("12345678"), 0ms);
  EXPECT_EQ(limiter.acquire("12345678"), 500ms);  // one token per 500 ms
}

TEST_F(RateLimiterTest, TokensComeBackAtTheRate) {
  RateLimiter limiter(2, 1, clock);
  EXPECT_EQ(limiter.acquire("a"), 0ms);
  now += 200ms;
  EXPECT_EQ(limiter.acquire("a"), 300ms);  // 0.4 of a token there: 0.6 to go
  now += 300ms;
  EXPECT_EQ(limiter.acquire("a"), 0ms);
}

TEST_F(RateLimiterTest, ARefusedRequestTakesNothing) {
  RateLimiter limiter(1, 1, clock);
  EXPECT_EQ(limiter.acquire("a"), 0ms);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(limiter.acquire("a"), 1000ms);
  now += 1s;
  EXPECT_EQ(limiter.acquire("a"), 0ms);
}

TEST_F(RateLimiterTest, AQuietAanbiederSavesUpToTheBurstOnly) {
  RateLimiter limiter(10, 2, clock);
  now += 1h;
  EXPECT_EQ(limiter.acquire("a"), 0ms);
  EXPECT_EQ(limiter.acquire("a"), 0ms);
  EXPECT_GT(limiter.acquire("a"), 0ms);
}

TEST_F(RateLimiterTest, EachAanbiederHasItsOwnBucket) {
  RateLimiter limiter(1, 1, clock);
  EXPECT_EQ(limiter.acquire("12345678"), 0ms);
  EXPECT_GT(limiter.acquire("12345678"), 0ms);
  EXPECT_EQ(limiter.acquire("87654321"), 0ms);
}

TEST_F(RateLimiterTest, ANonsensicalLimitIsRefused) {
  EXPECT_THROW(RateLimiter(0, 1, clock), std::invalid_argument);
  EXPECT_THROW(RateLimiter(1, 0.5, clock), std::invalid_argument);
}

}  // namespace
