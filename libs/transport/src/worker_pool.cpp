// The worker pool: one thread, one database connection and one validator per worker.

#include "ijw/transport/worker_pool.hpp"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <memory>
#include <utility>

#include "ijw/validate/validator.hpp"

namespace ijw::transport {

WorkerPool::WorkerPool(WorkerPoolOptions options) : options_(std::move(options)) {
  if (options_.workers == 0) options_.workers = 1;
  threads_.reserve(options_.workers);
  for (std::size_t i = 0; i < options_.workers; ++i) threads_.emplace_back([this, i] { work(i); });
}

WorkerPool::~WorkerPool() { stop(); }

bool WorkerPool::submit(std::string bytes, pipeline::Origin origin, Done done) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= options_.queue_limit) return false;
    queue_.push_back(Job{std::move(bytes), std::move(origin), std::move(done)});
  }
  ready_.notify_one();
  return true;
}

void WorkerPool::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& thread : threads_)
    if (thread.joinable()) thread.join();
}

std::size_t WorkerPool::queued() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

void WorkerPool::work(std::size_t index) {
  const validate::Validator validator;
  std::unique_ptr<store::Connection> connection;
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    Processed processed;
    try {
      // A new connection for each failure: the next message finds the database again once it is back.
      if (!connection || !connection->is_open()) connection = std::make_unique<store::Connection>(options_.database_url);
      pipeline::Pipeline pipeline(*connection, validator);
      processed.result = pipeline.process(job.bytes, options_.today(), job.origin);
    } catch (const pqxx::broken_connection& error) {
      processed.failure = Processed::Failure::Unavailable;
      processed.what = error.what();
      connection.reset();
    } catch (const std::exception& error) {
      // A connection that died mid-transaction shows up as other pqxx errors too.
      const bool lost = !connection || !connection->is_open();
      processed.failure = lost ? Processed::Failure::Unavailable : Processed::Failure::Internal;
      processed.what = error.what();
      connection.reset();
    }
    if (processed.failure != Processed::Failure::None)
      spdlog::warn("worker {}: message not processed: {}", index, processed.what);
    job.done(std::move(processed));
  }
}

}  // namespace ijw::transport
