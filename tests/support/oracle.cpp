#include "ijw/testing/oracle.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "ijw/testing/examples.hpp"

#if !defined(IJW_DEFAULT_XSD_DIR) || !defined(IJW_EXAMPLES_DIR)
#error "IJW_DEFAULT_XSD_DIR and IJW_EXAMPLES_DIR must name the official files (set by tests/support/CMakeLists.txt)"
#endif

namespace ijw::testing {
namespace {

namespace fs = std::filesystem;

fs::path env_or(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// The full path of an executable found on PATH, or nullopt.
std::optional<std::string> find_on_path(std::string_view program) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "/usr/bin:/bin";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view dir = rest.substr(0, colon);
    rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    if (dir.empty()) continue;
    const std::string candidate = std::string(dir) + "/" + std::string(program);
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

std::string shell_quote(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += '\'';
  return out;
}

// xmllint's "<where>: parser error : <what>" and "<where>: namespace error : <what>".
bool is_parse_error(std::string_view line) {
  return line.find(": parser error : ") != std::string_view::npos ||
         line.find(": namespace error : ") != std::string_view::npos;
}

// A file created with a unique name in the temporary directory, removed again by the destructor.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string_view content) {
    std::string name = (fs::temp_directory_path() / "ijw-oracle-XXXXXX.xml").string();
    const int fd = ::mkstemps(name.data(), 4);
    if (fd < 0) throw std::runtime_error("cannot create a temporary file like " + name);
    path_ = name;
    std::string_view rest = content;
    while (!rest.empty()) {
      const ::ssize_t n = ::write(fd, rest.data(), rest.size());
      if (n <= 0) break;
      rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0 || !rest.empty()) throw std::runtime_error("cannot write " + name);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }

  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

fs::path xsd_dir() { return env_or("IJW_XSD_DIR", IJW_DEFAULT_XSD_DIR); }

fs::path examples_dir() { return env_or("IJW_EXAMPLES_DIR", IJW_EXAMPLES_DIR); }

bool running_in_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string_view(ci) == "true";
}

std::optional<std::string> oracle_missing() {
  if (!find_on_path("xmllint")) return "xmllint, the XSD oracle, is not on PATH (install libxml2-utils)";
  const fs::path basisschema = xsd_dir() / "basisschema.xsd";
  if (!fs::is_regular_file(basisschema)) {
    return "the official iJw 3.2 XSDs are missing: no " + basisschema.string() + " (set IJW_XSD_DIR)";
  }
  return std::nullopt;
}

std::vector<OracleVerdict> run_xmllint(const fs::path& xsd, const fs::path& dir,
                                       const std::vector<std::string>& files) {
  std::vector<OracleVerdict> verdicts(files.size());
  if (files.empty()) return verdicts;
  const std::optional<std::string> xmllint = find_on_path("xmllint");
  if (!xmllint) throw std::runtime_error("xmllint is not on PATH");
  std::unordered_map<std::string, std::size_t> index;
  std::string command = "cd " + shell_quote(dir.string()) + " && " + shell_quote(*xmllint) + " --noout --schema " +
                        shell_quote(xsd.string());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].find_first_of(": '\"\n") != std::string::npos) {
      throw std::invalid_argument("file names must not contain ':', ' ', quotes or newlines: " + files[i]);
    }
    index.emplace(files[i], i);
    command += ' ';
    command += files[i];
  }
  command += " 2>&1";

  const std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) throw std::runtime_error("cannot start " + *xmllint);
  std::string output;
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0) output.append(buffer, n);

  // Lines start with the file name ("f.xml:12: element X: Schemas validity error : ...", "f.xml validates").
  // Other lines quote the source after a parser error of the file named last, or, once that file has its
  // verdict, precede the next file's lines ("Entity: line 1: parser error : ...").
  std::size_t current = files.size();
  std::string_view rest = output;
  std::vector<std::string> unattributed;
  std::vector<std::string> pending;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    const std::size_t stop = line.find_first_of(": ");
    const auto found = index.find(std::string(line.substr(0, stop)));
    if (found != index.end()) {
      current = found->second;
      for (std::string& earlier : pending) {
        verdicts[current].parse_error = verdicts[current].parse_error || is_parse_error(earlier);
        verdicts[current].messages.push_back(std::move(earlier));
      }
      pending.clear();
    } else if (current == files.size() || verdicts[current].reported) {
      pending.emplace_back(line);
      continue;
    }
    OracleVerdict& verdict = verdicts[current];
    verdict.messages.emplace_back(line);
    const std::string& name = files[current];
    if (line == name + " validates") {
      verdict.valid = true;
      verdict.reported = true;
    } else if (line == name + " fails to validate") {
      verdict.reported = true;
    } else if (is_parse_error(line)) {
      verdict.parse_error = true;
    }
  }
  if (current != files.size()) {
    for (std::string& line : pending) verdicts[current].messages.push_back(std::move(line));
  } else {
    unattributed = std::move(pending);
  }
  bool any_reported = false;
  for (const OracleVerdict& verdict : verdicts) any_reported = any_reported || verdict.reported;
  if (!any_reported) {
    std::string text;
    for (const std::string& line : unattributed) text += line + "\n";
    bool any_parse_error = false;
    for (const OracleVerdict& verdict : verdicts) any_parse_error = any_parse_error || verdict.parse_error;
    if (!any_parse_error || !unattributed.empty()) {
      throw std::runtime_error("xmllint gave no verdict for " + std::to_string(files.size()) + " files with " +
                               xsd.string() + ":\n" + text.substr(0, 4000));
    }
  }
  return verdicts;
}

OracleVerdict xmllint_document(std::string_view document, std::string_view message_id) {
  const fs::path xsd = xsd_dir() / (std::string(message_id) + ".xsd");
  if (!fs::is_regular_file(xsd)) throw std::runtime_error("no XSD at " + xsd.string() + " (set IJW_XSD_DIR)");
  const TemporaryFile file(document);
  return run_xmllint(xsd, file.path().parent_path(), {file.path().filename().string()}).front();
}

std::string raw_official_example(std::string_view id) {
  const fs::path path = examples_dir() / (std::string(id) + ".xml");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the official example " + path.string() + " (set IJW_EXAMPLES_DIR)");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string official_example(std::string_view id) { return repair_official_example(id, raw_official_example(id)); }

}  // namespace ijw::testing
