// Durable throughput of the processing pipeline against pgbench (target T2: pipeline msgs/s >= pgbench TPS of
// single-row INSERTs, 1 and 4 workers, on the same database in the same run).
//
// Durability is the server's and is not touched: the bench checks fsync and synchronous_commit are on and
// uses ordinary logged tables. It creates a fresh database, migrates it and generates in memory a realistic
// mix of level-2-clean heenberichten of many clients (tests/data/base with varied Identificatie, Bsn,
// ToewijzingNummer, ReferentieAanbieder, Geboortedatum, Toewijzingstijd): per client a JW301 toewijzing, a
// JW305 start, a JW315 VOT or a JW317 VOW, and a JW307 stop, plus for a share of clients a rejected message
// (TR019 start without toewijzing, TR074 stop sent twice, TR056 Identificatie reused) or a resend of the
// same bytes. Workers own their clients (client index modulo workers), so each client's messages keep
// their order, as the hub's dispatch by Bsn keeps them.
//
// Before timing, the mix is run once one by one (Pipeline::process) and once in batches
// (Pipeline::process_batch) on two scratch databases, and every answer must be the same, or the run fails.

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "ijw/pipeline/pipeline.hpp"
#include "ijw/store/migrations.hpp"
#include "ijw/store/store.hpp"
#include "ijw/validate/validator.hpp"
#include "message_mix.hpp"

#ifndef IJW_SOURCE_DIR
#error "IJW_SOURCE_DIR must point at the repository (set by bench/CMakeLists.txt)"
#endif

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr std::string_view kUsage = R"(usage: pipeline_bench [options]

Durable messages/second of ijw::pipeline::Pipeline (fsync on, synchronous_commit on) on a realistic mix of
heenberichten, with 1 and 4 workers, one by one (process) and in batches (process_batch), against pgbench
running a one-row INSERT of a ~3 KB payload (-n -M prepared -j1 -c1/-c4) on the same database in the same
run. Prints a Markdown table: msgs/s or TPS, latency p50/p99, and pipeline / pgbench at the same concurrency.

options:
  --database URL   server to use (default $IJW_DATABASE_URL); the bench creates and drops its own database
  --seconds N      length of each timed run (default 10)
  --rounds N       rounds of all runs, interleaved; the table shows medians (default 3)
  --batch N        messages per transaction for process_batch (default 32)
  --clients N      clients in the generated mix, about 4.4 messages each (default 12000)
  --pgbench PATH   pgbench to run (default: pgbench)
  --keep           keep the database afterwards
  --help           this text
)";

constexpr std::chrono::year_month_day kToday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{20}};

struct Options {
  std::string url;
  double seconds = 10;
  int rounds = 3;
  std::size_t batch = 32;
  std::size_t clients = 12000;
  std::string pgbench = "pgbench";
  bool keep = false;
};

// The mix: bench/message_mix.hpp.
using ijw::bench::Mix;
using ijw::bench::read_file;

Mix generate(const fs::path& base_dir, std::size_t clients) {
  ijw::bench::MixOptions options;
  options.clients = clients;
  return ijw::bench::generate_mix(base_dir, options);
}

// --- databases ------------------------------------------------------------------------------------------

// The URL with another database name.
std::string with_database(const std::string& url, const std::string& database) {
  const auto scheme = url.find("://");
  const auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  const auto query = url.find('?', slash == std::string::npos ? 0 : slash);
  const std::string base = slash == std::string::npos ? url.substr(0, query) : url.substr(0, slash);
  return base + "/" + database + (query == std::string::npos ? "" : url.substr(query));
}

class ScratchDatabase {
 public:
  ScratchDatabase(const std::string& server_url, std::string name, bool keep)
      : server_url_(server_url), name_(std::move(name)), keep_(keep) {
    pqxx::connection admin(server_url_);
    pqxx::nontransaction work(admin);
    work.exec("DROP DATABASE IF EXISTS " + work.quote_name(name_));
    work.exec("CREATE DATABASE " + work.quote_name(name_));
    url_ = with_database(server_url_, name_);
    ijw::store::migrate(url_);
  }
  ~ScratchDatabase() {
    if (keep_) return;
    try {
      pqxx::connection admin(server_url_);
      pqxx::nontransaction work(admin);
      work.exec("DROP DATABASE IF EXISTS " + work.quote_name(name_));
    } catch (const std::exception& error) {
      std::cerr << "pipeline_bench: could not drop " << name_ << ": " << error.what() << "\n";
    }
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  const std::string& url() const { return url_; }
  const std::string& name() const { return name_; }

 private:
  std::string server_url_;
  std::string name_;
  std::string url_;
  bool keep_;
};

// Empties the hub's tables and pgbench's, and asks for a checkpoint (when the role may), so each run
// starts alike.
void reset(const std::string& url) {
  pqxx::connection connection(url);
  {
    pqxx::work work(connection);
    work.exec(
        "TRUNCATE bericht, retour, client, toewijzing, toewijzing_versie, start_product, stop_product, verzoek, "
        "verzoek_referentie, pgbench_one_row CASCADE");  // CASCADE: the outbox, links and audit rows too
    work.commit();
  }
  try {
    pqxx::nontransaction work(connection);
    work.exec("CHECKPOINT");
  } catch (const pqxx::sql_error&) {  // needs pg_checkpoint or superuser
  }
}

std::string setting(const std::string& url, const std::string& name) {
  pqxx::connection connection(url);
  pqxx::nontransaction work(connection);
  return work.exec1("SHOW " + name)[0].as<std::string>();
}

// --- measuring ------------------------------------------------------------------------------------------

struct Run {
  std::string name;
  double per_second = 0;
  double p50_ms = 0;
  double p99_ms = 0;
  std::size_t count = 0;
  std::size_t errors = 0;
};

double percentile(std::vector<double>& values, double p) {
  if (values.empty()) return 0;
  const auto k = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
  return values[k];
}

// Messages per worker: the clients it owns, in mix order.
std::vector<std::vector<std::string_view>> partition(const Mix& mix, std::size_t workers) {
  std::vector<std::vector<std::string_view>> queues(workers);
  for (const auto& message : mix.messages) queues[message.client % workers].push_back(message.bytes);
  return queues;
}

// Runs `workers` threads for about `seconds`, each with its own connection, one by one (batch 0) or in
// batches of `batch`. Latency per message: from the start of the call that processed it to its return
// (after the commit).
Run run_pipeline(const std::string& url, const ijw::validate::Validator& validator, const Mix& mix,
                 std::size_t workers, std::size_t batch, double seconds) {
  const auto queues = partition(mix, workers);
  std::vector<std::vector<double>> latencies(workers);
  std::vector<std::size_t> errors(workers, 0);
  std::vector<std::string> failures(workers);
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  Clock::time_point start;
  std::vector<Clock::time_point> ends(workers);
  std::vector<std::thread> threads;
  for (std::size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&, w] {
      try {
        ijw::store::Connection connection(url);
        ijw::pipeline::Pipeline pipeline(connection, validator);
        const auto& queue = queues[w];
        auto& latency = latencies[w];
        latency.reserve(queue.size());
        ++ready;
        while (!go) std::this_thread::yield();
        const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
        std::vector<ijw::pipeline::Received> received;
        for (std::size_t i = 0; i < queue.size() && Clock::now() < deadline;) {
          const auto t0 = Clock::now();
          if (batch == 0) {
            pipeline.process(queue[i], kToday);
            latency.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            ++i;
            continue;
          }
          received.clear();
          for (; i < queue.size() && received.size() < batch; ++i) received.push_back({queue[i], {}});
          const auto results = pipeline.process_batch(received, kToday);
          const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
          for (const auto& result : results) {
            latency.push_back(ms);
            if (result.error) ++errors[w];
          }
        }
        ends[w] = Clock::now();
      } catch (const std::exception& error) {
        failures[w] = error.what();
        ends[w] = Clock::now();
        ++ready;
      }
    });
  }
  while (ready < static_cast<int>(workers)) std::this_thread::sleep_for(1ms);
  start = Clock::now();
  go = true;
  for (auto& thread : threads) thread.join();
  for (const auto& failure : failures) {
    if (!failure.empty()) throw std::runtime_error("a worker failed: " + failure);
  }

  Run run;
  run.name = fmt::format("pipeline {} ({} worker{})", batch == 0 ? "process" : fmt::format("process_batch N={}", batch),
                         workers, workers == 1 ? "" : "s");
  std::vector<double> all;
  for (const auto& latency : latencies) all.insert(all.end(), latency.begin(), latency.end());
  const auto end = *std::max_element(ends.begin(), ends.end());
  run.count = all.size();
  for (const auto count : errors) run.errors += count;
  run.per_second = static_cast<double>(all.size()) / std::chrono::duration<double>(end - start).count();
  run.p50_ms = percentile(all, 0.50);
  run.p99_ms = percentile(all, 0.99);
  if (run.count == mix.messages.size()) {
    std::cerr << "pipeline_bench: warning: the mix ran out before the time; use more --clients\n";
  }
  return run;
}

// pgbench's script: one INSERT of the JW315 base message as a ~3 KB text payload, with a random key.
std::string pgbench_script(const std::string& payload) {
  // pgbench replaces :name even inside literals, so ':' is written as \x3a in an E'' literal.
  std::string literal;
  for (const char ch : payload) {
    switch (ch) {
      case ':': literal += "\\x3a"; break;
      case '\\': literal += "\\\\"; break;
      case '\'': literal += "\\'"; break;
      case '\r': literal += "\\r"; break;
      case '\n': literal += "\\n"; break;
      case '\t': literal += "\\t"; break;
      default: literal += ch;
    }
  }
  return "\\set k random(1, 9223372036854775806)\n"
         "INSERT INTO pgbench_one_row (k, payload) VALUES (:k, E'" + literal + "');\n";
}

Run run_pgbench(const Options& options, const std::string& url, const fs::path& script, const fs::path& work_dir,
                int clients) {
  const auto prefix = work_dir / fmt::format("pgbench_c{}", clients);
  for (const auto& entry : fs::directory_iterator(work_dir)) {
    if (entry.path().filename().string().starts_with(prefix.filename().string() + ".")) fs::remove(entry.path());
  }
  const auto command =
      fmt::format("'{}' -n -M prepared -j 1 -c {} -T {} -f '{}' --log --log-prefix='{}' '{}' 2>&1", options.pgbench,
                  clients, std::max(1, static_cast<int>(options.seconds + 0.5)), script.string(), prefix.string(), url);
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run pgbench");
  std::string output;
  char buffer[4096];
  while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  if (pclose(pipe) != 0) throw std::runtime_error("pgbench failed:\n" + output);

  Run run;
  run.name = fmt::format("pgbench one-row INSERT (-c{})", clients);
  const auto at = output.find("tps = ");
  if (at == std::string::npos) throw std::runtime_error("no tps in pgbench's output:\n" + output);
  run.per_second = std::stod(output.substr(at + 6));
  constexpr std::string_view kFailed = "number of failed transactions: ";
  const auto failed = output.find(kFailed);
  if (failed != std::string::npos) run.errors = std::stoul(output.substr(failed + kFailed.size()));
  std::vector<double> latencies;
  for (const auto& entry : fs::directory_iterator(work_dir)) {
    if (!entry.path().filename().string().starts_with(prefix.filename().string() + ".")) continue;
    std::ifstream log(entry.path());
    long client = 0, number = 0, micros = 0;
    std::string rest;
    while (log >> client >> number >> micros && std::getline(log, rest)) latencies.push_back(static_cast<double>(micros) / 1000);
    fs::remove(entry.path());
  }
  run.count = latencies.size();
  run.p50_ms = percentile(latencies, 0.50);
  run.p99_ms = percentile(latencies, 0.99);
  return run;
}

// --- same answers one by one and in batches --------------------------------------------------------------

std::string answer_of(const ijw::pipeline::Result& result) {
  std::string line = fmt::format("{} {}{}", result.message_type, ijw::pipeline::to_string(result.outcome),
                                 result.replayed ? " replayed" : "");
  for (const auto& code : result.codes) line += " " + code;
  return line;
}

// A failure of one message inside the database, on purpose: a trigger refuses one Identificatie.
constexpr const char* kInjectFailure = R"sql(
CREATE FUNCTION bench_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.identificatie = 'ST00000007' THEN RAISE EXCEPTION 'pipeline_bench: refused on purpose'; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER bench_refuse BEFORE INSERT ON bericht FOR EACH ROW EXECUTE FUNCTION bench_refuse();
)sql";

// What is stored, in a form two databases can be compared by.
std::string stored_state(const std::string& url) {
  pqxx::connection connection(url);
  pqxx::nontransaction work(connection);
  return work.exec1(R"sql(
    SELECT (SELECT md5(string_agg(concat_ws('|', b.afzender, b.berichtcode, b.identificatie, b.outcome, b.bsn,
                                           r.retour_type, r.retour_codes::text), ',' ORDER BY b.id))
            FROM bericht b JOIN retour r ON r.bericht_id = b.id)
        || ' ' || (SELECT count(*) FROM toewijzing_versie) || ' ' || (SELECT count(*) FROM start_product)
        || ' ' || (SELECT count(*) FROM stop_product) || ' ' || (SELECT count(*) FROM verzoek_referentie)
        || ' ' || (SELECT count(*) FROM client))sql")[0]
      .as<std::string>();
}

// Runs a 300-client mix one by one and in batches of varying size (1-37) on two fresh databases, with one
// message failing inside the database (a trigger) and, during the batches, one client's lock held for a
// while by another session: every answer and the stored state must be the same.
std::map<std::string, int> check_batches_agree(const std::string& server_url, const ijw::validate::Validator& validator,
                                               const fs::path& base_dir, bool keep) {
  const auto mix = generate(base_dir, 300);
  const auto suffix = std::to_string(getpid());
  std::vector<std::string> one_by_one, batched;
  std::string state_one_by_one, state_batched;
  {
    ScratchDatabase database(server_url, "ijw_bench_check_one_" + suffix, keep);
    {
      pqxx::connection setup(database.url());
      pqxx::work work(setup);
      work.exec(kInjectFailure);
      work.commit();
    }
    ijw::store::Connection connection(database.url());
    ijw::pipeline::Pipeline pipeline(connection, validator);
    for (const auto& message : mix.messages) {
      try {
        one_by_one.push_back(answer_of(pipeline.process(message.bytes, kToday)));
      } catch (const std::exception&) {
        one_by_one.push_back("ERROR");
      }
    }
    state_one_by_one = stored_state(database.url());
  }
  {
    ScratchDatabase database(server_url, "ijw_bench_check_batch_" + suffix, keep);
    pqxx::connection setup(database.url());
    {
      pqxx::work work(setup);
      work.exec(kInjectFailure);
      work.commit();
    }
    // The lock of the 6th client (its JW301 is the 6th message, not first in its batch) held for 300 ms.
    const auto busy_bsn = mix.messages[5].bytes.substr(mix.messages[5].bytes.find(":Bsn>") + 5, 9);
    pqxx::nontransaction(setup).exec("SELECT pg_advisory_lock(hashtextextended('0983:" + busy_bsn + "', 0))");
    std::jthread release([&setup] {
      std::this_thread::sleep_for(300ms);
      pqxx::nontransaction(setup).exec("SELECT pg_advisory_unlock_all()");
    });
    ijw::store::Connection connection(database.url());
    ijw::pipeline::Pipeline pipeline(connection, validator);
    std::vector<ijw::pipeline::Received> received;
    for (std::size_t i = 0; i < mix.messages.size();) {
      received.clear();
      const std::size_t size = 1 + (i % 37);
      for (; i < mix.messages.size() && received.size() < size; ++i) received.push_back({mix.messages[i].bytes, {}});
      for (const auto& result : pipeline.process_batch(received, kToday)) {
        batched.push_back(result.error ? "ERROR" : answer_of(result.result));
      }
    }
    release.join();
    state_batched = stored_state(database.url());
  }
  std::map<std::string, int> answers;
  for (std::size_t i = 0; i < one_by_one.size(); ++i) {
    if (one_by_one[i] != batched[i]) {
      throw std::runtime_error(fmt::format("message {} (client {}): one by one '{}', in a batch '{}'", i,
                                           mix.messages[i].client, one_by_one[i], batched[i]));
    }
    ++answers[one_by_one[i]];
  }
  if (state_one_by_one != state_batched) {
    throw std::runtime_error(fmt::format("stored state differs: one by one {}, in batches {}", state_one_by_one,
                                         state_batched));
  }
  if (answers["ERROR"] != 1) throw std::runtime_error("the failure put in on purpose did not happen exactly once");
  return answers;
}

// --- main -----------------------------------------------------------------------------------------------

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const auto n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int run(const Options& options) {
  const fs::path base_dir = fs::path(IJW_SOURCE_DIR) / "tests/data/base";
  const ijw::validate::Validator validator;

  std::cerr << "pipeline_bench: checking that batches give the same answers as one by one...\n";
  const auto answers = check_batches_agree(options.url, validator, base_dir, options.keep);

  ScratchDatabase database(options.url, fmt::format("ijw_bench_{}", getpid()), options.keep);
  for (const auto& [name, wanted] : {std::pair{"fsync", "on"}, std::pair{"synchronous_commit", "on"}}) {
    if (setting(database.url(), name) != wanted) {
      throw std::runtime_error(fmt::format("{} is not {}: this bench measures durable commits only", name, wanted));
    }
  }
  {
    pqxx::connection connection(database.url());
    pqxx::work work(connection);
    work.exec("CREATE TABLE pgbench_one_row (id bigserial PRIMARY KEY, k bigint NOT NULL, payload text NOT NULL)");
    work.commit();
  }
  const fs::path work_dir = fs::temp_directory_path() / fmt::format("pipeline_bench_{}", getpid());
  fs::create_directories(work_dir);
  const auto script = work_dir / "one_row_insert.sql";
  std::ofstream(script) << pgbench_script(read_file(base_dir / "JW315.xml"));

  std::cerr << "pipeline_bench: generating the mix...\n";
  const auto mix = generate(base_dir, options.clients);
  std::size_t bytes = 0;
  for (const auto& message : mix.messages) bytes += message.bytes.size();

  // name -> the figures of each round
  std::map<std::string, std::vector<Run>> results;
  std::vector<std::string> order;
  const auto record = [&](Run run) {
    std::cerr << fmt::format("  {:<42} {:>9.0f}/s  p50 {:6.2f} ms  p99 {:6.2f} ms  ({} done, {} errors)  load {}\n",
                             run.name, run.per_second, run.p50_ms, run.p99_ms, run.count, run.errors, load_average());
    if (!results.contains(run.name)) order.push_back(run.name);
    results[run.name].push_back(std::move(run));
  };
  const std::string load_before = load_average();
  for (int round = 1; round <= options.rounds; ++round) {
    std::cerr << fmt::format("pipeline_bench: round {} of {}\n", round, options.rounds);
    for (const int workers : {1, 4}) {
      reset(database.url());
      record(run_pgbench(options, database.url(), script, work_dir, workers));
      reset(database.url());
      record(run_pipeline(database.url(), validator, mix, static_cast<std::size_t>(workers), 0, options.seconds));
      reset(database.url());
      record(run_pipeline(database.url(), validator, mix, static_cast<std::size_t>(workers), options.batch,
                          options.seconds));
    }
  }
  const std::string load_after = load_average();
  fs::remove_all(work_dir);

  const auto figure = [&](const std::string& name, auto field) {
    std::vector<double> values;
    for (const auto& run : results[name]) values.push_back(run.*field);
    return median(values);
  };
  std::cout << "| Run | msgs/s or TPS | p50 ms | p99 ms | vs pgbench same -c |\n|---|---:|---:|---:|---:|\n";
  for (const auto& name : order) {
    const int workers = name.find("(1 worker)") != std::string::npos || name.find("-c1") != std::string::npos ? 1 : 4;
    const auto reference = fmt::format("pgbench one-row INSERT (-c{})", workers);
    const double rate = figure(name, &Run::per_second);
    const bool is_pgbench = name == reference;
    std::cout << fmt::format("| {} | {:.0f} | {:.2f} | {:.2f} | {} |\n", name, rate,
                             figure(name, &Run::p50_ms), figure(name, &Run::p99_ms),
                             is_pgbench ? "1.00" : fmt::format("**{:.2f}**", rate / figure(reference, &Run::per_second)));
  }
  std::cout << fmt::format(
      "\n`bench/pipeline_bench --seconds {} --rounds {} --batch {}`: medians of {} interleaved rounds of {} s per run; "
      "PostgreSQL {}, fsync={}, synchronous_commit={}; load average {} before, {} after.\n",
      options.seconds, options.rounds, options.batch, options.rounds, options.seconds,
      setting(database.url(), "server_version"), setting(database.url(), "fsync"),
      setting(database.url(), "synchronous_commit"), load_before, load_after);
  std::cout << fmt::format("Mix: {} messages of {} clients, {:.0f} bytes on average:", mix.messages.size(),
                           options.clients, static_cast<double>(bytes) / static_cast<double>(mix.messages.size()));
  for (const auto& [kind, count] : mix.kinds) std::cout << fmt::format(" {} {},", kind, count);
  std::cout << "\nAnswers on the 300-client check mix, identical one by one and in batches of 1-37:";
  for (const auto& [answer, count] : answers) std::cout << fmt::format(" [{}] {},", answer, count);
  std::cout << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (const char* url = std::getenv("IJW_DATABASE_URL")) options.url = url;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw std::invalid_argument(args[i] + " needs a value");
      return args[++i];
    };
    try {
      if (args[i] == "--help") {
        std::cout << kUsage;
        return 0;
      } else if (args[i] == "--database") {
        options.url = value();
      } else if (args[i] == "--seconds") {
        options.seconds = std::stod(value());
      } else if (args[i] == "--rounds") {
        options.rounds = std::stoi(value());
      } else if (args[i] == "--batch") {
        options.batch = std::stoul(value());
      } else if (args[i] == "--clients") {
        options.clients = std::stoul(value());
      } else if (args[i] == "--pgbench") {
        options.pgbench = value();
      } else if (args[i] == "--keep") {
        options.keep = true;
      } else {
        throw std::invalid_argument("unknown option " + args[i]);
      }
    } catch (const std::exception& error) {
      std::cerr << "pipeline_bench: " << error.what() << "\n" << kUsage;
      return 2;
    }
  }
  if (options.url.empty()) {
    std::cerr << "pipeline_bench: no database: pass --database URL or set IJW_DATABASE_URL\n";
    return 2;
  }
  try {
    return run(options);
  } catch (const std::exception& error) {
    std::cerr << "pipeline_bench: " << error.what() << "\n";
    return 1;
  }
}
