// What /readyz reports (issue 6: "/readyz (database and broker)").

#include "ijw/transport/readiness.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace {

using namespace std::chrono_literals;
using ijw::transport::Readiness;
using ijw::transport::ReadinessProbe;

TEST(Readiness, ReadyOnlyWhenEveryCheckIs) {
  Readiness readiness;
  EXPECT_FALSE(readiness.ready());  // nothing checked is not ready
  readiness.add("database");
  readiness.add("broker");
  EXPECT_FALSE(readiness.ready());
  readiness.set("database", true, "ok");
  EXPECT_FALSE(readiness.ready());
  readiness.set("broker", true, "connected");
  EXPECT_TRUE(readiness.ready());
  readiness.set("broker", false, "connection refused");
  EXPECT_FALSE(readiness.ready());
  EXPECT_EQ(readiness.states().at("broker").detail, "connection refused");
}

bool eventually(const std::function<bool()>& condition) {
  for (int i = 0; i < 500 && !condition(); ++i) std::this_thread::sleep_for(10ms);
  return condition();
}

TEST(ReadinessProbe, ReportsWhatTheCheckSaysAndAThrowAsNotReady) {
  Readiness readiness;
  std::atomic<int> mode{0};
  ReadinessProbe probe(readiness, "database", 10ms, [&]() -> std::optional<std::string> {
    if (mode == 1) return "no connection";
    if (mode == 2) throw std::runtime_error("connection refused");
    return std::nullopt;
  });
  EXPECT_TRUE(eventually([&] { return readiness.ready(); }));
  mode = 1;
  EXPECT_TRUE(eventually([&] { return readiness.states().at("database").detail == "no connection"; }));
  EXPECT_FALSE(readiness.ready());
  mode = 2;
  EXPECT_TRUE(eventually([&] { return readiness.states().at("database").detail == "connection refused"; }));
  mode = 0;
  EXPECT_TRUE(eventually([&] { return readiness.ready(); }));
}

}  // namespace
