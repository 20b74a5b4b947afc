// Pipeline::process_batch gives every message the answer process() gives it one after the other: every
// scenario of tests/scenario, processed as one batch on a fresh database, must print its expected lines.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "fresh_database.hpp"
#include "ijw/model/values.hpp"
#include "ijw/pipeline/pipeline.hpp"
#include "ijw/policy/region.hpp"
#include "ijw/store/migrations.hpp"

namespace ijw::pipeline {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string line_of(const std::string& file, const Result& result) {
  std::string codes;
  for (const auto& code : result.codes) codes += (codes.empty() ? "" : ",") + code;
  const std::string outcome = result.blocked ? "blocked" : std::string(to_string(result.outcome));
  std::string line = file + "\t" + outcome + "\t" + codes;
  // With a region (tests/scenario/*/region), ijwctl process adds the policy findings ("!" = block).
  if (result.policy) {
    std::string ids;
    for (const auto& finding : result.policy->policy) {
      ids += (ids.empty() ? "" : ",") + finding.id + (finding.severity == policy::Severity::Block ? "!" : "");
    }
    line += "\t" + ids;
  }
  return line;
}

std::vector<fs::path> scenarios() {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(fs::path(IJW_SOURCE_DIR) / "tests" / "scenario")) {
    // A scenario whose classes carry several codes in no fixed order is compared by its own runner.
    if (entry.is_directory() && fs::exists(entry.path() / "expected") && !fs::exists(entry.path() / "unordered_codes")) {
      found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

TEST(ProcessBatch, EveryScenarioAsOneBatchGivesTheExpectedAnswers) {
  IJW_REQUIRE_DATABASE();
  const validate::Validator validator;
  const auto all = scenarios();
  ASSERT_GT(all.size(), 50u);
  for (const auto& directory : all) {
    testing::FreshDatabase database;
    store::migrate(database.url());
    store::Connection connection(database.url());
    std::optional<policy::Region> region;
    if (fs::exists(directory / "region")) {
      region = policy::load_region(fs::path(IJW_SOURCE_DIR) / model::collapse_whitespace(read_file(directory / "region")));
    }
    Pipeline pipeline(connection, validator, region ? &*region : nullptr);

    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(directory)) {
      if (entry.path().extension() == ".xml") names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> bytes;
    for (const auto& name : names) bytes.push_back(read_file(directory / name));
    std::vector<Received> queued;
    for (const auto& message : bytes) queued.push_back({message, {}});

    std::string today = "2026-11-28";
    if (fs::exists(directory / "today")) today = model::collapse_whitespace(read_file(directory / "today"));
    const auto results = pipeline.process_batch(queued, *model::to_date(today));
    ASSERT_EQ(results.size(), names.size()) << directory;
    std::string actual;
    for (std::size_t i = 0; i < names.size(); ++i) {
      ASSERT_FALSE(results[i].error) << directory << "/" << names[i];
      actual += line_of(names[i], results[i].result) + "\n";
    }
    EXPECT_EQ(actual, read_file(directory / "expected")) << directory.filename();
  }
}

}  // namespace
}  // namespace ijw::pipeline
