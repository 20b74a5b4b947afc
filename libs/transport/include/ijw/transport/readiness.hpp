#pragma once
// What /readyz reports: whether the daemon can do its work now. Each dependency (the database, the broker)
// has a named check whose state its owner sets; probes that must poll (the database) run on a thread of their
// own, so /readyz never waits for a dependency.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace ijw::transport {

class Readiness {
 public:
  struct State {
    bool ready = false;
    std::string detail;  // why not, or what is fine ("connected")
  };

  // Registers `name` (not ready until set).
  void add(const std::string& name);
  void set(const std::string& name, bool ready, std::string detail);

  bool ready() const;  // every check is ready (and there is at least one)
  std::map<std::string, State> states() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, State> states_;
};

// Runs `check` every `interval` on its own thread and reports it to `readiness` under `name`: nullopt is
// ready, a text says what is wrong.
class ReadinessProbe {
 public:
  using Check = std::function<std::optional<std::string>()>;
  ReadinessProbe(Readiness& readiness, std::string name, std::chrono::milliseconds interval, Check check);
  ~ReadinessProbe();
  ReadinessProbe(const ReadinessProbe&) = delete;
  ReadinessProbe& operator=(const ReadinessProbe&) = delete;

 private:
  void run();

  Readiness& readiness_;
  std::string name_;
  std::chrono::milliseconds interval_;
  Check check_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace ijw::transport
