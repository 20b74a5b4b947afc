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
  auto shared_done = std::make_shared<Done>(std::move(done));
  return submit(
      [this, bytes = std::move(bytes), origin = std::move(origin), shared_done](store::Connection& connection,
                                                                               const validate::Validator& validator) {
        const auto region = options_.region ? options_.region() : nullptr;  // held until the message is done
        pipeline::Pipeline pipeline(connection, validator, region.get());
        Processed processed;
        processed.result = pipeline.process(bytes, options_.today(), origin);
        (*shared_done)(std::move(processed));
      },
      [shared_done](Processed::Failure failure, std::string what) {
        Processed processed;
        processed.failure = failure;
        processed.what = std::move(what);
        (*shared_done)(std::move(processed));
      });
}

bool WorkerPool::submit(Task task, Failed failed) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= options_.queue_limit) return false;
    queue_.push_back(Job{std::move(task), std::move(failed)});
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
    auto failure = Processed::Failure::None;
    std::string what;
    try {
      // A new connection for each failure: the next job finds the database again once it is back.
      if (!connection || !connection->is_open()) connection = std::make_unique<store::Connection>(options_.database_url);
      job.task(*connection, validator);
    } catch (const pqxx::broken_connection& error) {
      failure = Processed::Failure::Unavailable;
      what = error.what();
      connection.reset();
    } catch (const std::exception& error) {
      // A connection that died mid-transaction shows up as other pqxx errors too.
      const bool lost = !connection || !connection->is_open();
      failure = lost ? Processed::Failure::Unavailable : Processed::Failure::Internal;
      what = error.what();
      connection.reset();
    }
    if (failure != Processed::Failure::None) {
      spdlog::warn("worker {}: job failed: {}", index, what);
      job.failed(failure, std::move(what));
    }
  }
}

}  // namespace ijw::transport
