#pragma once
// A stop request that a worker thread can sleep on: a back-off or a poll interval ends early when it comes.

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace ijw::transport {

class StopSignal {
 public:
  void request() {
    {
      std::lock_guard lock(mutex_);
      requested_ = true;
    }
    changed_.notify_all();
  }

  bool requested() const {
    std::lock_guard lock(mutex_);
    return requested_;
  }

  // Sleeps for `duration` or until stop is requested; true when stop was requested.
  template <class Rep, class Period>
  bool wait_for(std::chrono::duration<Rep, Period> duration) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, duration, [this] { return requested_; });
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  bool requested_ = false;
};

}  // namespace ijw::transport
