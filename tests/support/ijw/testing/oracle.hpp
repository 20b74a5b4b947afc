#pragma once
// What the test suites share about the official iJw 3.2 material: where the XSDs and the examples are,
// `xmllint --schema` as the XSD oracle, and the examples made XSD-valid where the release ships them broken.
//
// The XSDs are $IJW_XSD_DIR, else IJW_DEFAULT_XSD_DIR; the examples $IJW_EXAMPLES_DIR, else IJW_EXAMPLES_DIR
// (both compiled in by tests/support/CMakeLists.txt: ../shared/ijw-3.2 next to the repository).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace ijw::testing {

std::filesystem::path xsd_dir();
std::filesystem::path examples_dir();

// True when the environment says CI=true: there a test may not skip for want of the oracle.
bool running_in_ci();

// Why the oracle cannot be used (xmllint is not on PATH, or xsd_dir() has no basisschema.xsd); nullopt
// when it can.
std::optional<std::string> oracle_missing();

struct OracleVerdict {
  bool valid = false;        // xmllint printed "<file> validates"
  bool reported = false;     // it printed "validates" or "fails to validate"; not when it could not parse
  bool parse_error = false;  // it printed a parser or namespace error for the file
  std::vector<std::string> messages;  // every line xmllint printed about the file
};

// Runs one `xmllint --noout --schema <xsd>` in `dir` over `files` (names relative to dir, without ':',
// ' ', quotes or newlines) and splits its output per file. Returns one verdict per file, in order. Throws
// std::runtime_error when xmllint cannot be started or gives no verdict at all (e.g. the schema does not
// compile).
std::vector<OracleVerdict> run_xmllint(const std::filesystem::path& xsd, const std::filesystem::path& dir,
                                       const std::vector<std::string>& files);

// xmllint's verdict on one document against xsd_dir()/<message_id>.xsd, through a unique temporary file.
OracleVerdict xmllint_document(std::string_view document, std::string_view message_id);

// The official example of a message ("JW305") as shipped, from examples_dir(). Throws std::runtime_error
// when it cannot be read.
std::string raw_official_example(std::string_view id);

// The official example, XSD-valid: JW315's two impossible dates 2027-06-31 become 2027-06-30, and JW318's
// stray line 33 `<jw318:RetourCode>9350</jw318:RetourCode>` is removed (/work/shared/ijw-3.2/README.md).
// Throws std::runtime_error when the expected defect is not found. Other examples are returned as shipped.
std::string official_example(std::string_view id);

}  // namespace ijw::testing

// In a TEST body (or a fixture's SetUp): skips the test when the oracle is missing, with the reason, or
// fails it under CI=true, where the oracle may not be skipped.
#define IJW_REQUIRE_ORACLE()                                                                       \
  do {                                                                                             \
    if (const std::optional<std::string> ijw_oracle_missing = ::ijw::testing::oracle_missing();    \
        ijw_oracle_missing) {                                                                      \
      if (::ijw::testing::running_in_ci()) {                                                       \
        FAIL() << *ijw_oracle_missing << " -- CI is set, so the oracle may not be skipped";       \
      }                                                                                            \
      GTEST_SKIP() << *ijw_oracle_missing;                                                         \
    }                                                                                              \
  } while (false)
