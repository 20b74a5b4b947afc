// ijwctl migrate and ijwctl process: the commands that work on the hub's database.

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "ijw/model/values.hpp"
#include "ijw/pipeline/pipeline.hpp"
#include "ijw/policy/region.hpp"
#include "ijw/rules/calendar.hpp"
#include "ijw/store/migrations.hpp"
#include "input.hpp"

namespace ijw::ctl {
namespace {

constexpr int kOk = 0;
constexpr int kNotAllAccepted = 1;
constexpr int kFailure = 2;

struct MigrateOptions {
  std::string database;
};

int run_migrate(const MigrateOptions& options) {
  const auto report = store::migrate(options.database);
  for (const auto& name : report.applied) std::cout << "applied " << name << "\n";
  std::cout << fmt::format("ijwctl migrate: {} applied, {} already there\n", report.applied.size(), report.already);
  return kOk;
}

struct ProcessOptions {
  std::string database;
  std::string today;  // YYYY-MM-DD; empty: the date in Amsterdam now
  std::string out;    // directory for the retours; empty: none written
  std::string region;  // region file; empty: no regional policy
  std::vector<std::string> files;
};

// "120/5000 messages, 340/s, 14 s left" on standard error, when it is a terminal.
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), shown_(total > 1 && isatty(STDERR_FILENO)) {}

  void done(std::size_t count) {
    if (!shown_) return;
    const auto now = std::chrono::steady_clock::now();
    if (count != total_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(count) / seconds : 0;
    const double left = rate > 0 ? static_cast<double>(total_ - count) / rate : 0;
    std::cerr << fmt::format("\r{}/{} messages, {:.0f}/s, {:.0f} s left   ", count, total_, rate, left);
    if (count == total_) std::cerr << "\n";
  }

 private:
  std::size_t total_;
  bool shown_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

std::string joined(const std::vector<std::string>& codes) {
  std::string line;
  for (const auto& code : codes) line += (line.empty() ? "" : ",") + code;
  return line;
}

// The policy findings of a result as one column: "NL-STAPEL-GEEL,NL-CONTRACT!" (! marks severity block).
std::string policy_ids(const pipeline::Result& result) {
  std::vector<std::string> ids;
  if (result.policy) {
    for (const auto& finding : result.policy->policy) {
      ids.push_back(finding.id + (finding.severity == policy::Severity::Block ? "!" : ""));
    }
  }
  return joined(ids);
}

void write_retour(const std::filesystem::path& directory, const std::string& file, const std::string& retour) {
  const auto path = directory / std::filesystem::path(file).filename();
  std::ofstream out(path, std::ios::binary);
  out << retour;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

int run_process(const ProcessOptions& options) {
  const auto today =
      options.today.empty() ? rules::amsterdam_date(std::chrono::system_clock::now()) : model::to_date(options.today);
  if (!today || options.today.find_first_not_of("0123456789-") != std::string::npos) {
    std::cerr << "ijwctl process: --today wants a date YYYY-MM-DD, not '" << options.today << "'\n";
    return kFailure;
  }
  // Before the database: an invalid region file (RegionError, status 2) changes nothing.
  std::optional<policy::Region> region;
  if (!options.region.empty()) region = policy::load_region(options.region);
  if (!options.out.empty()) std::filesystem::create_directories(options.out);
  store::migrate(options.database);
  store::Connection connection(options.database);
  const validate::Validator validator;
  pipeline::Pipeline pipeline(connection, validator, region ? &*region : nullptr);

  Progress progress(options.files.size());
  int status = kOk;
  for (std::size_t i = 0; i < options.files.size(); ++i) {
    const auto& file = options.files[i];
    std::string read_error;
    const auto input = read_input(file, read_error);
    if (!input) {
      std::cerr << fmt::format("{}: error: cannot read: {}\n", file, read_error);
      status = kFailure;
      continue;
    }
    const auto result = pipeline.process(input->bytes, *today);
    for (const auto& error : result.errors) std::cerr << format_diagnostic(file, error);
    if (result.outcome == pipeline::Outcome::Refused) std::cerr << file << ": refused: " << result.refusal << "\n";
    std::cout << file << '\t' << (result.blocked ? "blocked" : pipeline::to_string(result.outcome)) << '\t'
              << joined(result.codes);
    if (region) std::cout << '\t' << policy_ids(result);
    std::cout << '\n';
    if (result.retour && !options.out.empty()) write_retour(options.out, file, *result.retour);
    const bool fine = (result.outcome == pipeline::Outcome::Accepted && !result.blocked) ||
                      result.outcome == pipeline::Outcome::Linked;
    if (!fine && status == kOk) status = kNotAllAccepted;
    progress.done(i + 1);
  }
  std::cout.flush();
  return status;
}

}  // namespace

Command add_migrate_command(CLI::App& app) {
  auto options = std::make_shared<MigrateOptions>();
  auto* command = app.add_subcommand("migrate", "Bring the database schema up to date (migrations/, compiled in)");
  command->add_option("--database", options->database, "PostgreSQL URL, e.g. postgresql://ijw@127.0.0.1:55432/ijw")
      ->required();
  command->footer(
      "Applies the missing migrations in one transaction; safe to run from several processes at once.\n"
      "Exit status: 0 done, 2 on an error (the database is then unchanged).");
  return [options] { return run_migrate(*options); };
}

Command add_process_command(CLI::App& app) {
  auto options = std::make_shared<ProcessOptions>();
  auto* command = app.add_subcommand(
      "process", "Process heenberichten in order through the hub's pipeline against a database (migrations first)");
  command->add_option("--database", options->database, "PostgreSQL URL, e.g. postgresql://ijw@127.0.0.1:55432/ijw")
      ->required();
  command->add_option("--today", options->today,
                      "The date of receipt, YYYY-MM-DD (default: today in Europe/Amsterdam); TR135 and "
                      "DagtekeningRetour use it");
  command->add_option("--out", options->out, "Write each retour as DIR/<basename of FILE>");
  command->add_option("--region", options->region,
                      "Apply the regional policy of this region file (regions/noord-limburg.json): S329/S300 in "
                      "the retour, policy findings in a fourth column");
  command->add_option("files", options->files, "The heenberichten (JW301, JW305, JW307, JW315, JW317); '-' reads standard input")
      ->required();
  command->footer(
      "Prints one line per file: FILE<TAB>accepted|rejected|invalid|refused|linked<TAB>RetourCodes (comma-separated,\n"
      "in document order). A message sent again with the same bytes gets its stored retour; nothing changes.\n"
      "A JW302 is linked to the JW301 it answers (outcome \"linked\") instead of being answered.\n"
      "With --region a fourth column lists the policy findings (ID, '!' for severity block), and a JW301 that a\n"
      "block finding stops reads 'blocked' (recorded with its retour, not stored as toewijzing).\n"
      "Exit status: 0 all accepted (or linked), 1 one was not, 2 on an error (unreadable file, database).");
  return [options] { return run_process(*options); };
}

}  // namespace ijw::ctl
