// The validator must give xmllint's verdict (the official XSDs are the oracle) on every document of the
// mutation corpus, and on the hostile set must reject what it refuses by policy and otherwise agree too.
//
// The oracle, the XSDs and the examples come from tests/support (ijw/testing/oracle.hpp): without them the
// tests skip, or fail when CI=true. The documents stay under IJW_CONFORMANCE_WORK_DIR with a MANIFEST.tsv,
// to rerun xmllint by hand.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "ijw/testing/oracle.hpp"
#include "ijw/validate/validator.hpp"
#include "mutants.hpp"

namespace ijw::conformance {
namespace {

namespace fs = std::filesystem;
using ijw::testing::OracleVerdict;

constexpr std::size_t kShownMismatches = 30;
constexpr std::size_t kMinimumPerMessage = 100;
constexpr std::size_t kMinimumTotal = 2000;

class Conformance : public ::testing::Test {
 protected:
  void SetUp() override { IJW_REQUIRE_ORACLE(); }
};

const std::vector<Mutant>& corpus() {
  static const std::vector<Mutant> mutants = generate_corpus(schema::ijw32());
  return mutants;
}

// What our validator said about one document.
struct Ours {
  bool valid = false;                  // valid, and as the message the oracle judged it against
  std::string message;                 // the message the root element named, if any
  std::vector<xml::Diagnostic> errors;
  std::string exception;               // set when the validator threw
};

Ours run_ours(const validate::Validator& validator, const Mutant& mutant) {
  Ours ours;
  try {
    validate::Report report = validator.validate(mutant.bytes);
    if (report.message != nullptr) ours.message = report.message->id;
    ours.valid = report.valid() && ours.message == mutant.message;
    ours.errors = std::move(report.errors);
  } catch (const std::exception& e) {
    ours.exception = e.what();
  }
  return ours;
}

std::string describe(const Ours& ours) {
  std::ostringstream out;
  if (!ours.exception.empty()) {
    out << "    threw: " << ours.exception << "\n";
    return out.str();
  }
  out << "    ours: " << (ours.valid ? "valid" : "invalid");
  if (!ours.message.empty()) out << " (root names " << ours.message << ")";
  out << "\n";
  for (const xml::Diagnostic& d : ours.errors) {
    out << "      " << d.where.line << ":" << d.where.column << " " << d.path << ": " << d.text << "\n";
  }
  if (ours.errors.empty() && !ours.valid) out << "      (no diagnostics)\n";
  return out.str();
}

std::string describe(const OracleVerdict& verdict) {
  std::ostringstream out;
  out << "    xmllint: " << (verdict.valid ? "valid" : "invalid") << (verdict.reported ? "" : " (not parsed)") << "\n";
  for (const std::string& line : verdict.messages) {
    out << "      " << (line.size() > 600 ? line.substr(0, 600) + "..." : line) << "\n";
  }
  return out.str();
}

// One document's diagnostics must each say where (line >= 1) and what (non-empty text).
std::string bad_diagnostics(const Ours& ours) {
  std::string out;
  for (const xml::Diagnostic& d : ours.errors) {
    if (d.where.line < 1 || d.text.empty()) {
      out += "line " + std::to_string(d.where.line) + " text '" + d.text + "'; ";
    }
  }
  if (!ours.valid && ours.errors.empty() && ours.exception.empty() && ours.message.empty()) {
    out += "invalid without a diagnostic; ";
  }
  return out;
}

struct Written {
  fs::path dir;
  std::vector<std::string> names;                              // per mutant
  std::map<std::string, std::vector<std::size_t>> by_message;  // message -> mutant indices, in order
};

// Makes `file` hold `bytes`: a new file is written in place (O_EXCL: nobody else is writing it), a file
// that differs is replaced through a rename, so that a concurrent run in the same build tree (the corpus is
// deterministic) never reads a half-written file; an identical file is left alone.
void write_if_changed(const fs::path& file, std::string_view bytes) {
  const auto write_all = [&](int fd, const fs::path& name) {
    std::string_view rest = bytes;
    while (!rest.empty()) {
      const ::ssize_t n = ::write(fd, rest.data(), rest.size());
      if (n <= 0) {
        ::close(fd);
        throw std::runtime_error("cannot write " + name.string());
      }
      rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0) throw std::runtime_error("cannot write " + name.string());
  };
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd >= 0) {
    write_all(fd, file);
    return;
  }
  std::error_code error;
  if (fs::file_size(file, error) == bytes.size() && !error) {
    std::ifstream in(file, std::ios::binary);
    std::string existing(bytes.size(), '\0');
    if (in.read(existing.data(), static_cast<std::streamsize>(existing.size())) && existing == bytes) return;
  }
  const fs::path temporary = file.string() + ".tmp-" + std::to_string(::getpid());
  const int tmp = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (tmp < 0) throw std::runtime_error("cannot create " + temporary.string());
  write_all(tmp, temporary);
  fs::rename(temporary, file);
}

// One file per mutant in `dir`, which is kept between runs: deleting thousands of files costs more than
// comparing them (tens of seconds on a busy disk). Files no mutant has any more are removed.
Written write_corpus(const std::vector<Mutant>& mutants, const fs::path& dir) {
  Written written;
  written.dir = dir;
  fs::create_directories(dir);
  std::map<std::string, std::size_t> numbers;
  for (std::size_t i = 0; i < mutants.size(); ++i) {
    const Mutant& m = mutants[i];
    written.names.push_back(file_name(m, ++numbers[m.message]));
    written.by_message[m.message].push_back(i);
    write_if_changed(dir / written.names.back(), m.bytes);
  }
  const std::set<std::string> current(written.names.begin(), written.names.end());
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".xml" && current.count(name) == 0) fs::remove(entry.path());
  }
  return written;
}

std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

// xmllint once per message type, on a second thread while the caller runs our validator.
using Clock = std::chrono::steady_clock;

long long ms_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

class OracleRun {
 public:
  OracleRun(const Written& written, std::size_t count)
      : verdicts_(count), thread_([this, &written] {
          const Clock::time_point start = Clock::now();
          try {
            for (const auto& [message, indices] : written.by_message) {
              std::vector<std::string> files;
              for (const std::size_t i : indices) files.push_back(written.names[i]);
              std::vector<OracleVerdict> verdicts =
                  testing::run_xmllint(testing::xsd_dir() / (message + ".xsd"), written.dir, files);
              for (std::size_t k = 0; k < indices.size(); ++k) verdicts_[indices[k]] = std::move(verdicts[k]);
            }
          } catch (const std::exception& e) {
            error_ = e.what();
          }
          milliseconds_ = ms_since(start);
        }) {}

  const std::vector<OracleVerdict>& wait() {
    thread_.join();
    if (!error_.empty()) throw std::runtime_error(error_);
    return verdicts_;
  }
  long long milliseconds() const { return milliseconds_; }

 private:
  std::vector<OracleVerdict> verdicts_;
  std::string error_;
  long long milliseconds_ = 0;
  std::thread thread_;
};

TEST_F(Conformance, CorpusIsDeterministicAndCoversEveryMessage) {
  const std::vector<Mutant>& first = corpus();
  const std::vector<Mutant> second = generate_corpus(schema::ijw32());
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    ASSERT_EQ(first[i].bytes, second[i].bytes) << "mutant " << i << " (" << first[i].op << ") differs between runs";
  }
  EXPECT_GE(first.size(), kMinimumTotal);

  // Every message gets every family of operators.
  static const std::vector<std::string> families = {
      "orig",     "base",       "base-max", "base-min", "del-req", "del-opt", "dup-over", "swap",
      "rename",   "ins-opt",    "ns-swap",  "ns-none",  "prefix-", "root-",   "val-",     "val-ws",
      "val-len",  "lex-comment", "lex-cdata", "lex-charref", "mix-", "attr-",  "xsi-",     "decl-",
      "bom",      "crlf",       "empty",    "combo",   "unknown"};
  std::map<std::string, std::size_t> count;
  std::map<std::string, std::set<std::string>> ops;
  for (const Mutant& m : first) {
    ++count[m.message];
    ops[m.message].insert(m.op);
  }
  for (const std::string& id : message_ids()) {
    EXPECT_GE(count[id], kMinimumPerMessage) << id;
    for (const std::string& family : families) {
      const bool present = std::any_of(ops[id].begin(), ops[id].end(),
                                       [&](const std::string& op) { return op.rfind(family, 0) == 0; });
      EXPECT_TRUE(present) << id << " has no mutant of operator family " << family;
    }
  }
}

TEST_F(Conformance, ValidatorAgreesWithXmllint) {
  Clock::time_point start = Clock::now();
  const std::vector<Mutant>& mutants = corpus();
  const long long generate_ms = ms_since(start);
  start = Clock::now();
  const Written written = write_corpus(mutants, fs::path(IJW_CONFORMANCE_WORK_DIR) / "main");
  const long long write_ms = ms_since(start);

  OracleRun oracle_run(written, mutants.size());
  start = Clock::now();
  const validate::Validator validator;
  std::vector<Ours> ours;
  ours.reserve(mutants.size());
  for (const Mutant& m : mutants) ours.push_back(run_ours(validator, m));
  const long long ours_ms = ms_since(start);
  std::vector<OracleVerdict> oracle;
  try {
    oracle = oracle_run.wait();
  } catch (const std::exception& e) {
    FAIL() << "the oracle failed: " << e.what();
  }

  // One line for the log: documents per type and the oracle's verdicts.
  std::ostringstream summary;
  std::size_t total_valid = 0;
  std::ostringstream per_type;
  for (const auto& [message, indices] : written.by_message) {
    std::size_t valid = 0;
    for (const std::size_t i : indices) valid += oracle[i].valid ? 1 : 0;
    total_valid += valid;
    per_type << " | " << message << " " << indices.size() << " (" << valid << " valid, " << indices.size() - valid
             << " invalid)";
  }
  summary << "conformance: " << mutants.size() << " documents, oracle " << total_valid << " valid / "
          << mutants.size() - total_valid << " invalid" << per_type.str() << " | ms: generate " << generate_ms
          << ", write " << write_ms << ", ours " << ours_ms << ", xmllint " << oracle_run.milliseconds();
  std::cout << summary.str() << std::endl;

  std::ostringstream manifest;
  manifest << "file\tmessage\top\txmllint\tours\tnote\n";
  std::vector<std::size_t> mismatches;
  std::vector<std::string> generator_problems;
  std::vector<std::string> diagnostic_problems;
  std::map<std::string, std::size_t> by_cause;  // "op: xmllint X, ours Y" -> count
  for (std::size_t i = 0; i < mutants.size(); ++i) {
    const Mutant& m = mutants[i];
    const OracleVerdict& o = oracle[i];
    const Ours& u = ours[i];
    manifest << written.names[i] << '\t' << m.message << '\t' << m.op << '\t' << (o.valid ? "valid" : "invalid")
             << '\t' << (!u.exception.empty() ? "threw" : u.valid ? "valid" : "invalid") << '\t' << one_line(m.note)
             << '\n';
    if (o.parse_error || !o.reported) {
      generator_problems.push_back(written.names[i] + ": xmllint could not parse it; the main corpus must be well-formed");
    }
    const bool must_validate = m.op == "base" || m.op == "base-max" || m.op == "base-min" ||
                               (m.op == "orig" && m.message != "JW315" && m.message != "JW318");
    if (must_validate && !o.valid) {
      generator_problems.push_back(written.names[i] + ": a base document that xmllint rejects");
    }
    if (const std::string bad = bad_diagnostics(u); !bad.empty()) {
      diagnostic_problems.push_back(written.names[i] + ": " + bad);
    }
    if (o.valid != u.valid || !u.exception.empty()) {
      mismatches.push_back(i);
      ++by_cause[m.op + ": xmllint " + (o.valid ? "valid" : "invalid") + ", ours " +
                 (!u.exception.empty() ? "threw" : u.valid ? "valid" : "invalid")];
    }
  }

  write_if_changed(written.dir / "MANIFEST.tsv", manifest.str());

  std::ostringstream problems;
  for (std::size_t k = 0; k < generator_problems.size() && k < kShownMismatches; ++k) {
    problems << "  " << generator_problems[k] << "\n";
  }
  EXPECT_TRUE(generator_problems.empty()) << generator_problems.size() << " corpus problems:\n" << problems.str();

  std::ostringstream bad;
  for (std::size_t k = 0; k < diagnostic_problems.size() && k < kShownMismatches; ++k) {
    bad << "  " << diagnostic_problems[k] << "\n";
  }
  EXPECT_TRUE(diagnostic_problems.empty())
      << diagnostic_problems.size() << " documents with a diagnostic lacking a line or a text:\n" << bad.str();

  if (!mismatches.empty()) {
    std::ostringstream report;
    report << mismatches.size() << " of " << mutants.size() << " documents: our verdict differs from xmllint's\n";
    report << "by operator and direction:\n";
    for (const auto& [cause, n] : by_cause) report << "  " << n << "  " << cause << "\n";
    report << "first " << std::min(kShownMismatches, mismatches.size()) << " (all listed in "
           << (written.dir / "MANIFEST.tsv").string() << "):\n";
    for (std::size_t k = 0; k < mismatches.size() && k < kShownMismatches; ++k) {
      const std::size_t i = mismatches[k];
      report << written.names[i] << "  [" << mutants[i].op << "] " << mutants[i].note << "\n"
             << describe(oracle[i]) << describe(ours[i]);
    }
    ADD_FAILURE() << report.str();
  }
}

TEST_F(Conformance, HostileInputsAreRefusedByPolicyOrJudgedAsXmllintDoes) {
  const std::vector<Mutant> hostile = generate_hostile();
  const Written written = write_corpus(hostile, fs::path(IJW_CONFORMANCE_WORK_DIR) / "hostile");
  OracleRun oracle_run(written, hostile.size());
  const validate::Validator validator;
  std::vector<Ours> ours;
  for (const Mutant& m : hostile) ours.push_back(run_ours(validator, m));
  std::vector<OracleVerdict> oracle;
  try {
    oracle = oracle_run.wait();
  } catch (const std::exception& e) {
    FAIL() << "the oracle failed: " << e.what();
  }

  // xml::parse refuses some documents by policy (document.hpp: any DOCTYPE, an encoding other than UTF-8,
  // more than Limits::max_bytes) that xmllint may still validate: those we must reject. On every other
  // hostile document our verdict is xmllint's, including the namespace declarations it reports as errors
  // and then ignores (ns-tolerated, decisions.md D-004).
  static const std::set<std::string> by_policy = {"doctype", "entity", "encoding", "huge"};
  std::ostringstream wrong;
  std::ostringstream policy;
  std::ostringstream tolerated;
  std::ostringstream bad;
  std::size_t wrong_count = 0;
  std::size_t policy_count = 0;
  std::size_t bad_count = 0;
  std::size_t rejected_count = 0;
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    const std::string what = written.names[i] + "  [" + hostile[i].op + "] " + hostile[i].note + "\n";
    rejected_count += ours[i].valid ? 0 : 1;
    const bool refused_by_policy = by_policy.count(hostile[i].op) != 0;
    if (!ours[i].exception.empty() || (refused_by_policy ? ours[i].valid : ours[i].valid != oracle[i].valid)) {
      ++wrong_count;
      wrong << what << describe(oracle[i]) << describe(ours[i]);
    } else if (refused_by_policy && oracle[i].valid) {
      ++policy_count;
      policy << "  " << what;
    } else if (ours[i].valid) {
      tolerated << "  " << what;
    }
    if (const std::string problem = bad_diagnostics(ours[i]); !problem.empty()) {
      ++bad_count;
      bad << what << "    " << problem << "\n";
    }
  }
  std::cout << "hostile: " << hostile.size() << " documents, we rejected " << rejected_count << "; xmllint validated "
            << policy_count << " that we refuse by policy (DOCTYPE, encoding, size):\n"
            << policy.str() << "valid to both (the oracle tolerates what it reports):\n"
            << tolerated.str() << std::flush;
  EXPECT_EQ(wrong_count, 0U) << "hostile documents not refused by policy or judged otherwise than by xmllint:\n"
                             << wrong.str();
  EXPECT_EQ(bad_count, 0U) << "hostile documents with a diagnostic lacking a line or a text:\n" << bad.str();
}

}  // namespace
}  // namespace ijw::conformance
