#pragma once
// The pipeline is blocking (libpqxx), so it runs on a small pool of worker threads, never on the I/O threads.
// Each worker owns its database connection (store::Connection is not shared between threads) and opens a new
// one after a failure. The queue is bounded: a full queue refuses new work, and the transport answers 503
// instead of letting the backlog grow without bound.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "ijw/pipeline/pipeline.hpp"
#include "ijw/store/store.hpp"
#include "ijw/validate/validator.hpp"

namespace ijw::transport {

// What became of one message handed to the pool.
struct Processed {
  enum class Failure {
    None,         // `result` holds the pipeline's answer
    Unavailable,  // the database could not be reached or the connection broke: nothing stored, safe to resend
    Internal,     // anything else that was thrown: nothing stored (the transaction rolled back)
  };
  Failure failure = Failure::None;
  std::optional<pipeline::Result> result;
  std::string what;  // the exception's text when failed; for the log, never for the client
};

struct WorkerPoolOptions {
  std::string database_url;
  std::size_t workers = 4;
  std::size_t queue_limit = 64;  // messages waiting for a worker; more are refused
  // The date of receipt (Europe/Amsterdam); a test may fix it.
  std::function<std::chrono::year_month_day()> today;
  pipeline::CurrentRegion region;  // the regional policy each message is checked against (issue 7)
};

class WorkerPool {
 public:
  // Called on a worker thread when the message has been processed; must not block or throw.
  using Done = std::function<void(Processed)>;
  // Other database work on a worker (a query of the API): runs with the worker's connection and throws when
  // it fails; `Failed` is then called instead, with Unavailable when the database could not be reached.
  using Task = std::function<void(store::Connection&, const validate::Validator&)>;
  using Failed = std::function<void(Processed::Failure, std::string what)>;

  explicit WorkerPool(WorkerPoolOptions options);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `bytes` from `origin`; false (and `done` is not called) when the queue is full or the pool stopped.
  bool submit(std::string bytes, pipeline::Origin origin, Done done);

  // Queues `task`; false (and neither is called) when the queue is full or the pool stopped.
  bool submit(Task task, Failed failed);

  // Processes what is queued, then joins the workers. Idempotent.
  void stop();

  std::size_t queued() const;  // messages waiting for a worker

 private:
  struct Job {
    Task task;
    Failed failed;
  };

  void work(std::size_t index);

  WorkerPoolOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace ijw::transport
