// Throughput of the project's validator against libxml2's in-process XSD validation (target T1: ours >= 5x).
//
// Both sides get the same bytes and do the same job: parse untrusted bytes, validate against the message's
// schema, drop the document. libxml2 gets its best case: each message type's XSD is compiled once up front
// and one validation context per type is reused. Before anything is timed, the verdicts of both sides must
// agree on every message, or the run fails: a fast validator that gets the answer wrong is not faster.

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/testing/examples.hpp"
#include "ijw/validate/validator.hpp"

#ifndef IJW_SOURCE_DIR
#error "IJW_SOURCE_DIR must point at the repository (set by bench/CMakeLists.txt)"
#endif

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kUsage = R"(usage: validator_bench [options] [XSD_DIR]

Measures messages/second of ijw::validate::Validator::validate(bytes) (parse + full validation) against
libxml2 (xmlReadMemory + xmlSchemaValidateDoc, each schema compiled once), on the official iJw 3.2
examples of JW301 JW302 JW305 JW306 JW307 JW308 JW315 JW316 JW317 JW318 JW319 JW320 (JW315 and JW318
corrected so they are valid) plus a few invalid variants. Fails (exit 1) unless both sides give the
same verdict on every message.

The XSD directory is $IJW_XSD_DIR if set, else XSD_DIR, else ../shared/ijw-3.2/xsd next to the repository.

options:
  --seconds N        time each side for about N seconds (default 2; fractions allowed)
  --rounds N         instead, time exactly N rounds of every message per side, after a single warm-up
                     round (for profilers: callgrind, perf)
  --examples DIR     the example messages (default: $IJW_EXAMPLES_DIR, else XSD_DIR/../examples)
  --markdown         also print the result as a Markdown table for the README
  --min-ratio R      exit 3 when ours/libxml2 (all messages) is below R (default: no check)
  --help             this text
)";

constexpr std::uint64_t kBlocks = 20;

#if defined(__clang__)
constexpr const char* kCompiler = "clang " __clang_version__;
#elif defined(__GNUC__)
constexpr const char* kCompiler = "g++ " __VERSION__;
#else
constexpr const char* kCompiler = "unknown";
#endif

constexpr std::string_view kTypes[] = {"JW301", "JW302", "JW305", "JW306", "JW307", "JW308",
                                       "JW315", "JW316", "JW317", "JW318", "JW319", "JW320"};

struct Options {
  double seconds = 2.0;
  std::uint64_t rounds = 0;  // 0: calibrate from `seconds`
  fs::path xsd_dir;
  std::string xsd_source;
  fs::path examples_dir;
  bool markdown = false;
  double min_ratio = 0.0;
};

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "validator_bench: %s\n", why.c_str());
  std::exit(1);
}

double parse_number(std::string_view option, const char* text) {
  char* end = nullptr;
  const double value = std::strtod(text, &end);
  if (end == text || *end != '\0' || !(value > 0.0)) {
    fail(std::string(option) + " needs a positive number, got '" + text + "'");
  }
  return value;
}

Options parse_options(int argc, char** argv) {
  Options options;
  std::string positional_xsd;
  std::string examples;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) fail(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
      std::exit(0);
    } else if (arg == "--seconds") {
      options.seconds = parse_number(arg, value());
    } else if (arg == "--rounds") {
      options.rounds = static_cast<std::uint64_t>(parse_number(arg, value()));
    } else if (arg == "--examples") {
      examples = value();
    } else if (arg == "--markdown") {
      options.markdown = true;
    } else if (arg == "--min-ratio") {
      options.min_ratio = parse_number(arg, value());
    } else if (!arg.empty() && arg[0] == '-') {
      fail("unknown option " + std::string(arg) + " (see --help)");
    } else if (positional_xsd.empty()) {
      positional_xsd = arg;
    } else {
      fail("more than one XSD_DIR given (see --help)");
    }
  }

  if (const char* env = std::getenv("IJW_XSD_DIR"); env != nullptr && *env != '\0') {
    options.xsd_dir = env;
    options.xsd_source = "$IJW_XSD_DIR";
    if (!positional_xsd.empty()) {
      std::fprintf(stderr, "validator_bench: note: $IJW_XSD_DIR is set, ignoring XSD_DIR %s\n",
                   positional_xsd.c_str());
    }
  } else if (!positional_xsd.empty()) {
    options.xsd_dir = positional_xsd;
    options.xsd_source = "command line";
  } else {
    options.xsd_dir = fs::path(IJW_SOURCE_DIR) / ".." / "shared" / "ijw-3.2" / "xsd";
    options.xsd_source = "default";
  }
  options.xsd_dir = options.xsd_dir.lexically_normal();
  if (!fs::is_directory(options.xsd_dir)) {
    fail("XSD dir " + options.xsd_dir.string() + " (" + options.xsd_source + ") is not a directory");
  }

  if (!examples.empty()) {
    options.examples_dir = examples;
  } else if (const char* env = std::getenv("IJW_EXAMPLES_DIR"); env != nullptr && *env != '\0') {
    options.examples_dir = env;
  } else {
    options.examples_dir = options.xsd_dir / ".." / "examples";
  }
  options.examples_dir = options.examples_dir.lexically_normal();
  return options;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Sample {
  std::string name;  // "JW305" or "JW305 bad Bsn"
  std::string type;  // which XSD libxml2 validates it against
  std::string bytes;
  bool expect_valid = true;
};

std::vector<Sample> load_samples(const fs::path& examples_dir) {
  std::vector<Sample> samples;
  std::string original_315;
  std::string original_318;
  for (std::string_view type : kTypes) {
    std::string bytes = read_file(examples_dir / (std::string(type) + ".xml"));
    if (type == "JW315") original_315 = bytes;
    if (type == "JW318") original_318 = bytes;
    // The two official examples that fail their own XSD (see ijw-3.2/README.md), corrected.
    std::string repaired = ijw::testing::repair_official_example(type, std::move(bytes));
    samples.push_back({std::string(type), std::string(type), std::move(repaired), true});
  }
  auto variant = [&](std::string_view type, std::string name, std::string bytes) {
    samples.push_back(
        {std::string(type) + " " + std::move(name), std::string(type), std::move(bytes), false});
  };
  auto example = [&](std::string_view type) -> const std::string& {
    for (const Sample& sample : samples) {
      if (sample.name == type) return sample.bytes;
    }
    fail("no example " + std::string(type));
  };
  // Invalid variants, one per kind of failure, so both verdict paths are measured.
  variant("JW315", "orig: bad date", original_315);
  variant("JW318", "orig: bad order", original_318);
  variant("JW305", "Bsn pattern",
          ijw::testing::replace(example("JW305"), "<jw305:Bsn>999900006<", "<jw305:Bsn>99990000X<", 1));
  variant("JW301", "missing elem",
          ijw::testing::replace(example("JW301"), "<jw301:Geslacht>1</jw301:Geslacht>\r\n\t\t<jw301:Naam>",
                      "<jw301:Naam>", 1));
  variant("JW319", "unknown elem",
          ijw::testing::replace(example("JW319"), "</jw319:ReferentieAanbieder>",
                      "</jw319:ReferentieAanbieder><jw319:Onbekend>1</jw319:Onbekend>", 1));
  variant("JW302", "not well-formed",
          ijw::testing::replace(example("JW302"), "</jw302:Bericht>", "</jw302:Berich>", 1));
  return samples;
}

// ---------------------------------------------------------------------------------------------------------
// libxml2 side.

void ignore_error(void*, xmlErrorPtr) {}

void collect_error(void* sink, xmlErrorPtr error) {
  if (error == nullptr || error->message == nullptr) return;
  auto& text = *static_cast<std::string*>(sink);
  text += "    line " + std::to_string(error->line) + ": " + error->message;
  if (text.back() != '\n') text += '\n';
}

class LibxmlValidator {
 public:
  LibxmlValidator(const fs::path& xsd_dir, const std::vector<Sample>& samples) {
    for (const Sample& sample : samples) {
      if (find(sample.type) != nullptr) continue;
      const fs::path xsd = xsd_dir / (sample.type + ".xsd");
      std::string errors;
      xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(xsd.string().c_str());
      if (parser == nullptr) fail("cannot create a schema parser for " + xsd.string());
      xmlSchemaSetParserStructuredErrors(parser, collect_error, &errors);
      xmlSchemaPtr schema = xmlSchemaParse(parser);
      xmlSchemaFreeParserCtxt(parser);
      if (schema == nullptr) fail("cannot compile " + xsd.string() + ":\n" + errors);
      xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema);
      if (context == nullptr) fail("cannot create a validation context for " + xsd.string());
      entries_.push_back({sample.type, schema, context});
    }
  }
  LibxmlValidator(const LibxmlValidator&) = delete;
  LibxmlValidator& operator=(const LibxmlValidator&) = delete;
  ~LibxmlValidator() {
    for (Entry& entry : entries_) {
      xmlSchemaFreeValidCtxt(entry.context);
      xmlSchemaFree(entry.schema);
    }
  }

  xmlSchemaValidCtxtPtr context(const std::string& type) const { return find(type)->context; }

  // Parse (no entity substitution, no network), validate, free: what a caller of libxml2 pays per message.
  static bool validate(xmlSchemaValidCtxtPtr context, const std::string& bytes) {
    xmlDocPtr doc =
        xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "message.xml", nullptr, XML_PARSE_NONET);
    if (doc == nullptr) return false;
    const int rc = xmlSchemaValidateDoc(context, doc);
    xmlFreeDoc(doc);
    if (rc < 0) fail("libxml2 internal error while validating");
    return rc == 0;
  }

  // The same, collecting the error messages instead of dropping them.
  bool validate_verbose(const std::string& type, const std::string& bytes, std::string& errors) const {
    xmlSchemaValidCtxtPtr vctxt = context(type);
    xmlSetStructuredErrorFunc(&errors, collect_error);
    xmlSchemaSetValidStructuredErrors(vctxt, collect_error, &errors);
    const bool valid = validate(vctxt, bytes);
    silence();
    return valid;
  }

  void silence() const {
    xmlSetStructuredErrorFunc(nullptr, ignore_error);
    for (const Entry& entry : entries_)
      xmlSchemaSetValidStructuredErrors(entry.context, ignore_error, nullptr);
  }

 private:
  struct Entry {
    std::string type;
    xmlSchemaPtr schema;
    xmlSchemaValidCtxtPtr context;
  };
  const Entry* find(const std::string& type) const {
    for (const Entry& entry : entries_) {
      if (entry.type == type) return &entry;
    }
    return nullptr;
  }
  std::vector<Entry> entries_;
};

// ---------------------------------------------------------------------------------------------------------
// Verdict check and timing.

std::string describe(const std::vector<ijw::xml::Diagnostic>& errors) {
  std::string text;
  for (const auto& error : errors) {
    text += "    " + std::to_string(error.where.line) + ":" + std::to_string(error.where.column) + " " +
            error.path + ": " + error.text + "\n";
  }
  return text;
}

void check_verdicts(const std::vector<Sample>& samples, const ijw::validate::Validator& ours,
                    const LibxmlValidator& theirs) {
  bool ok = true;
  for (const Sample& sample : samples) {
    const ijw::validate::Report report = ours.validate(sample.bytes);
    std::string libxml_errors;
    const bool libxml_valid = theirs.validate_verbose(sample.type, sample.bytes, libxml_errors);
    if (report.valid() != libxml_valid) {
      std::fprintf(stderr, "VERDICT MISMATCH on %s: ours %s, libxml2 %s\n  ours:\n%s  libxml2:\n%s",
                   sample.name.c_str(), report.valid() ? "valid" : "invalid",
                   libxml_valid ? "valid" : "invalid", describe(report.errors).c_str(),
                   libxml_errors.c_str());
      ok = false;
    } else if (report.valid() != sample.expect_valid) {
      // Both agree, but not with what the sample was built to be: the example files changed.
      std::fprintf(stderr, "UNEXPECTED VERDICT on %s: both say %s\n  ours:\n%s  libxml2:\n%s",
                   sample.name.c_str(), report.valid() ? "valid" : "invalid", describe(report.errors).c_str(),
                   libxml_errors.c_str());
      ok = false;
    }
  }
  if (!ok) fail("verdicts differ; nothing was timed");
}

// Time per message, per sample. A round in which the thread was off the CPU for more than a trifle (wall
// time well above thread CPU time: preempted by another process) is dropped. Rounds are grouped in blocks;
// the figure reported for a sample is the median of its per-block means, so that a block disturbed in other
// ways (a noisy neighbour on the other core) does not move the result either.
struct Timing {
  explicit Timing(std::size_t samples) : ns(samples), all_ns(samples), round_ns(samples), block_us(samples) {}

  std::vector<double> ns;        // per sample, summed over the kept rounds of the current block
  std::vector<double> all_ns;    // the same over all its rounds, for a block in which every round was dropped
  std::vector<double> round_ns;  // the round being measured
  std::uint64_t block_rounds = 0;  // kept rounds in the current block
  std::uint64_t block_all_rounds = 0;
  std::uint64_t dropped = 0;
  std::uint64_t unfiltered_blocks = 0;
  std::vector<std::vector<double>> block_us;  // per sample, the mean of each finished block in microseconds
  std::uint64_t rounds = 0;
  double seconds = 0;       // spent in finished blocks
  std::uint64_t valid = 0;  // verdicts seen; also keeps the work observable to the optimizer

  double block_round_ns() const {
    double total = 0;
    for (double value : all_ns) total += value;
    return block_all_rounds == 0 ? 0.0 : total / static_cast<double>(block_all_rounds);
  }

  void end_block() {
    if (block_all_rounds == 0) return;
    const bool filtered = block_rounds > 0;
    unfiltered_blocks += filtered ? 0 : 1;
    const auto rounds_used = static_cast<double>(filtered ? block_rounds : block_all_rounds);
    for (std::size_t i = 0; i < ns.size(); ++i) {
      block_us[i].push_back((filtered ? ns[i] : all_ns[i]) / rounds_used / 1000.0);
      seconds += all_ns[i] * 1e-9;
      ns[i] = 0;
      all_ns[i] = 0;
    }
    block_rounds = 0;
    block_all_rounds = 0;
  }

  double us(std::size_t sample) const {
    std::vector<double> values = block_us[sample];
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
};

double thread_cpu_ns() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e9 + static_cast<double>(now.tv_nsec);
}

template <typename ValidateOne>
void run_round(std::size_t samples, Timing& timing, ValidateOne validate_one) {
  const double cpu_start = thread_cpu_ns();
  const auto wall_start = Clock::now();
  auto start = wall_start;
  for (std::size_t i = 0; i < samples; ++i) {
    const bool valid = validate_one(i);
    const auto now = Clock::now();
    timing.round_ns[i] = std::chrono::duration<double, std::nano>(now - start).count();
    timing.valid += valid ? 1 : 0;
    start = now;
  }
  const double wall = std::chrono::duration<double, std::nano>(start - wall_start).count();
  const double cpu = thread_cpu_ns() - cpu_start;
  ++timing.rounds;
  ++timing.block_all_rounds;
  for (std::size_t i = 0; i < samples; ++i) timing.all_ns[i] += timing.round_ns[i];
  if (wall > cpu * 1.02 + 2000) {
    ++timing.dropped;
    return;
  }
  for (std::size_t i = 0; i < samples; ++i) timing.ns[i] += timing.round_ns[i];
  ++timing.block_rounds;
}

void run_ours(const std::vector<Sample>& samples, const ijw::validate::Validator& validator, Timing& timing) {
  run_round(samples.size(), timing, [&](std::size_t i) {
    return validator.validate(samples[i].bytes).valid();  // the Report (and its document) dies here
  });
}

void run_libxml(const std::vector<Sample>& samples, const std::vector<xmlSchemaValidCtxtPtr>& contexts,
                Timing& timing) {
  run_round(samples.size(), timing,
            [&](std::size_t i) { return LibxmlValidator::validate(contexts[i], samples[i].bytes); });
}

// ---------------------------------------------------------------------------------------------------------
// Output.

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string thousands(double value) {
  const std::string digits = fixed(value, 0);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

struct Row {
  std::string name;
  std::string bytes;
  std::string verdict;
  double ours_us;
  double libxml_us;
};

void print_table(const std::vector<Row>& rows, std::size_t first_total) {
  std::printf("%-22s %7s %-8s %12s %12s %13s %13s %7s\n", "message", "bytes", "verdict", "ours us/msg",
              "libxml2 us", "ours msgs/s", "libxml2 msg/s", "ratio");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i == first_total) std::printf("%s\n", std::string(101, '-').c_str());
    const Row& row = rows[i];
    std::printf("%-22s %7s %-8s %12s %12s %13s %13s %6sx\n", row.name.c_str(), row.bytes.c_str(),
                row.verdict.c_str(), fixed(row.ours_us, 2).c_str(), fixed(row.libxml_us, 2).c_str(),
                thousands(1e6 / row.ours_us).c_str(), thousands(1e6 / row.libxml_us).c_str(),
                fixed(row.libxml_us / row.ours_us, 2).c_str());
  }
}

void print_markdown(const std::vector<Row>& rows, std::size_t first_total) {
  std::printf(
      "| Message | Bytes | Verdict | ijw µs/msg | libxml2 µs/msg | ijw msgs/s | libxml2 msgs/s | Speed-up "
      "|\n");
  std::printf("|---|---:|---|---:|---:|---:|---:|---:|\n");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const char* strong = i >= first_total ? "**" : "";
    std::printf("| %s%s%s | %s | %s | %s | %s | %s | %s | %s%sx%s |\n", strong, row.name.c_str(), strong,
                row.bytes.c_str(), row.verdict.c_str(), fixed(row.ours_us, 2).c_str(),
                fixed(row.libxml_us, 2).c_str(), thousands(1e6 / row.ours_us).c_str(),
                thousands(1e6 / row.libxml_us).c_str(), strong, fixed(row.libxml_us / row.ours_us, 2).c_str(),
                strong);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);

  xmlInitParser();
  const std::vector<Sample> samples = [&] {
    try {
      return load_samples(options.examples_dir);
    } catch (const std::exception& e) {  // an example that is missing or no longer as expected
      fail(e.what());
    }
  }();
  const ijw::validate::Validator ours;
  LibxmlValidator theirs(options.xsd_dir, samples);
  std::vector<xmlSchemaValidCtxtPtr> contexts;
  for (const Sample& sample : samples) contexts.push_back(theirs.context(sample.type));

  check_verdicts(samples, ours, theirs);
  theirs.silence();

  std::size_t expected_valid = 0;
  for (const Sample& sample : samples) expected_valid += sample.expect_valid ? 1 : 0;

  // Warm-up (caches, allocator, branch predictors), which also calibrates the round counts.
  Timing ours_warmup(samples.size());
  Timing libxml_warmup(samples.size());
  const auto warmup_end = Clock::now() + std::chrono::duration<double>(std::min(0.5, options.seconds / 4));
  const std::uint64_t min_warmup_rounds = options.rounds > 0 ? 1 : 3;
  while (ours_warmup.rounds < min_warmup_rounds || (options.rounds == 0 && Clock::now() < warmup_end)) {
    run_ours(samples, ours, ours_warmup);
    run_libxml(samples, contexts, libxml_warmup);
  }
  auto rounds_for = [&](const Timing& warmup) {
    if (options.rounds > 0) return options.rounds;
    return std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(options.seconds * 1e9 / warmup.block_round_ns()));
  };
  const std::uint64_t ours_rounds = rounds_for(ours_warmup);
  const std::uint64_t libxml_rounds = rounds_for(libxml_warmup);

  // Interleave the two sides in blocks so that drift (frequency, noisy neighbours) hits both alike.
  Timing ours_time(samples.size());
  Timing libxml_time(samples.size());
  const std::uint64_t blocks = std::min<std::uint64_t>(kBlocks, std::min(ours_rounds, libxml_rounds));
  const auto wall_start = Clock::now();
  const std::clock_t cpu_start = std::clock();
  for (std::uint64_t block = 0; block < blocks; ++block) {
    const std::uint64_t ours_n = ours_rounds * (block + 1) / blocks - ours_rounds * block / blocks;
    const std::uint64_t libxml_n = libxml_rounds * (block + 1) / blocks - libxml_rounds * block / blocks;
    auto run_ours_block = [&] {
      for (std::uint64_t r = 0; r < ours_n; ++r) run_ours(samples, ours, ours_time);
      ours_time.end_block();
    };
    auto run_libxml_block = [&] {
      for (std::uint64_t r = 0; r < libxml_n; ++r) run_libxml(samples, contexts, libxml_time);
      libxml_time.end_block();
    };
    if (block % 2 == 0) {
      run_ours_block();
      run_libxml_block();
    } else {
      run_libxml_block();
      run_ours_block();
    }
  }
  const double cpu_share = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC /
                           std::chrono::duration<double>(Clock::now() - wall_start).count();
  if (ours_time.valid != expected_valid * ours_time.rounds ||
      libxml_time.valid != expected_valid * libxml_time.rounds) {
    fail("a verdict changed during the timed rounds");
  }

  // Per message, then totals over the valid ones, the invalid ones and all (each message once per round).
  std::vector<Row> rows;
  double sums[3][2] = {};  // [valid, invalid, all][ours, libxml2]
  std::size_t counts[3] = {};
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const Sample& sample = samples[i];
    const double ours_us = ours_time.us(i);
    const double libxml_us = libxml_time.us(i);
    rows.push_back({sample.name, std::to_string(sample.bytes.size()),
                    sample.expect_valid ? "valid" : "invalid", ours_us, libxml_us});
    for (std::size_t group : {sample.expect_valid ? std::size_t{0} : std::size_t{1}, std::size_t{2}}) {
      sums[group][0] += ours_us;
      sums[group][1] += libxml_us;
      ++counts[group];
    }
  }
  const std::size_t first_total = rows.size();
  const char* group_names[3] = {"valid", "invalid", "all"};
  for (std::size_t group = 0; group < 3; ++group) {
    const double n = static_cast<double>(counts[group]);
    rows.push_back({std::string(group_names[group]) + " (" + std::to_string(counts[group]) + " msgs)", "", "",
                    sums[group][0] / n, sums[group][1] / n});
  }
  const Row& all = rows.back();
  const double ratio = all.libxml_us / all.ours_us;

  std::printf(
      "ijw Validator::validate vs libxml2 %s xmlReadMemory + xmlSchemaValidateDoc (schemas compiled once)\n",
      LIBXML_DOTTED_VERSION);
  const auto count = [](std::uint64_t value) { return static_cast<unsigned long long>(value); };
  std::printf(
      "one thread; rounds: ours %llu (%.2f s), libxml2 %llu (%.2f s), interleaved in %llu blocks; "
      "figures are medians over blocks\nrounds dropped as preempted: ours %llu, libxml2 %llu; blocks with "
      "every round preempted (kept): ours %llu, libxml2 %llu\nXSD dir (%s): %s\n",
      count(ours_time.rounds), ours_time.seconds, count(libxml_time.rounds), libxml_time.seconds,
      count(blocks), count(ours_time.dropped), count(libxml_time.dropped), count(ours_time.unfiltered_blocks),
      count(libxml_time.unfiltered_blocks), options.xsd_source.c_str(), options.xsd_dir.string().c_str());
  if (cpu_share < 0.9) {
    std::printf(
        "warning: this process was on a CPU only %.0f%% of the time: the machine is busy, so even the "
        "rounds kept are slowed by the other core's load; compare ratios, not absolute figures\n",
        cpu_share * 100);
  }
  std::printf("\n");
  print_table(rows, first_total);
  std::printf("\nours %s msgs/s, libxml2 %s msgs/s: %.2fx (target >= 5x)\n",
              thousands(1e6 / all.ours_us).c_str(), thousands(1e6 / all.libxml_us).c_str(), ratio);
  if (options.markdown) {
    std::printf("\n");
    print_markdown(rows, first_total);
    std::printf(
        "\n`bench/validator_bench`: parse + validate per message, one thread, libxml2 %s with each XSD "
        "compiled once; compiler %s; medians over %llu interleaved blocks (%.1f s per side).\n",
        LIBXML_DOTTED_VERSION, kCompiler, count(blocks), options.seconds);
  }

  xmlCleanupParser();
  if (options.min_ratio > 0 && ratio < options.min_ratio) {
    std::fprintf(stderr, "validator_bench: ratio %.2f is below --min-ratio %.2f\n", ratio, options.min_ratio);
    return 3;
  }
  return 0;
}
