#pragma once
// A small bounded pool of threads for the admin API's blocking queries, each thread with its own
// libpqxx connection, opened on first use and again after a failure (so the API recovers by itself when
// the database comes back).

#include <pqxx/pqxx>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ijw::admin {

enum class DatabaseFailure {
  Unavailable,  // no connection, or it broke: retry later
  Internal,     // anything else
};

struct DatabaseJob {
  std::function<void(pqxx::connection&)> run;                     // called on a worker thread
  std::function<void(DatabaseFailure, const std::string&)> fail;  // when `run` (or connecting) threw
};

class DatabasePool {
 public:
  DatabasePool(std::string url, std::size_t workers, std::size_t queue_limit);
  ~DatabasePool();
  DatabasePool(const DatabasePool&) = delete;
  DatabasePool& operator=(const DatabasePool&) = delete;

  // False (and nothing is called) when the queue is full or the pool stopped.
  bool submit(DatabaseJob job);

  void stop();

 private:
  void work();

  std::string url_;
  std::size_t queue_limit_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<DatabaseJob> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace ijw::admin
