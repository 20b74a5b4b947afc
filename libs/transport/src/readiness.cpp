#include "ijw/transport/readiness.hpp"

#include <exception>
#include <utility>

namespace ijw::transport {

void Readiness::add(const std::string& name) {
  std::lock_guard lock(mutex_);
  states_.try_emplace(name, State{false, "not checked yet"});
}

void Readiness::set(const std::string& name, bool ready, std::string detail) {
  std::lock_guard lock(mutex_);
  states_[name] = State{ready, std::move(detail)};
}

bool Readiness::ready() const {
  std::lock_guard lock(mutex_);
  if (states_.empty()) return false;
  for (const auto& [name, state] : states_)
    if (!state.ready) return false;
  return true;
}

std::map<std::string, Readiness::State> Readiness::states() const {
  std::lock_guard lock(mutex_);
  return states_;
}

ReadinessProbe::ReadinessProbe(Readiness& readiness, std::string name, std::chrono::milliseconds interval, Check check)
    : readiness_(readiness), name_(std::move(name)), interval_(interval), check_(std::move(check)) {
  readiness_.add(name_);
  thread_ = std::thread([this] { run(); });
}

ReadinessProbe::~ReadinessProbe() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ReadinessProbe::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    std::optional<std::string> problem;
    try {
      problem = check_();
    } catch (const std::exception& error) {
      problem = error.what();
    }
    readiness_.set(name_, !problem, problem.value_or("ok"));
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace ijw::transport
