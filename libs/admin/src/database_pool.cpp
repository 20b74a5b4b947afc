// The admin API's query threads (database_pool.hpp).

#include "database_pool.hpp"

#include <memory>
#include <utility>

namespace ijw::admin {

DatabasePool::DatabasePool(std::string url, std::size_t workers, std::size_t queue_limit)
    : url_(std::move(url)), queue_limit_(queue_limit) {
  if (workers == 0) workers = 1;
  threads_.reserve(workers);
  for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

DatabasePool::~DatabasePool() { stop(); }

bool DatabasePool::submit(DatabaseJob job) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= queue_limit_) return false;
    queue_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void DatabasePool::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& thread : threads_)
    if (thread.joinable()) thread.join();
}

void DatabasePool::work() {
  std::unique_ptr<pqxx::connection> connection;
  for (;;) {
    DatabaseJob job;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      if (!connection || !connection->is_open()) {
        connection.reset();
        connection = std::make_unique<pqxx::connection>(url_);
        // Timestamps in the answers are UTC (RFC 3339 with +00:00), whatever the server's setting.
        pqxx::nontransaction(*connection).exec("SET TimeZone = 'UTC'");
      }
      job.run(*connection);
    } catch (const pqxx::broken_connection& error) {
      connection.reset();
      job.fail(DatabaseFailure::Unavailable, error.what());
    } catch (const std::exception& error) {
      // A connection that died in the middle of a transaction shows up as other pqxx errors too.
      const bool lost = !connection || !connection->is_open();
      connection.reset();
      job.fail(lost ? DatabaseFailure::Unavailable : DatabaseFailure::Internal, error.what());
    }
  }
}

}  // namespace ijw::admin
