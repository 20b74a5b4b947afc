#include "support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "ijw/model/model.hpp"
#include "ijw/rules/registry.hpp"
#include "ijw/validate/validator.hpp"

namespace ijw::rules::testing {
namespace {

struct Parsed {
  validate::Report report;
  model::AnyBericht bericht;
};

Parsed parse_valid(const std::string& xml) {
  auto report = validate::Validator().validate(xml);
  if (!report.valid()) {
    std::string problems;
    for (const auto& error : report.errors) problems += error.path + ": " + error.text + "\n";
    throw std::invalid_argument("test message is not XSD-valid:\n" + problems);
  }
  auto bericht = model::parse_any(*report.document, *report.message);
  return {std::move(report), std::move(bericht)};
}

}  // namespace

std::string base_message(std::string_view type) {
  const std::string path = std::string(IJW_SOURCE_DIR) + "/tests/data/base/" + std::string(type) + ".xml";
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot read " + path);
  std::ostringstream content;
  content << file.rdbuf();
  return std::move(content).str();
}

std::string replace_once(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "not in the message: " << from;
  if (at == std::string::npos) return text;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "more than once in the message: " << from;
  return text.replace(at, from.size(), to);
}

Findings run_rule(std::string_view rule_id, const std::string& xml, std::chrono::year_month_day today) {
  const Rule* rule = standard_rules().find(rule_id);
  if (!rule) throw std::invalid_argument("no rule " + std::string(rule_id));
  const auto parsed = parse_valid(xml);
  Findings findings;
  rule->check(parsed.bericht, Context{today}, findings);
  return findings;
}

Findings run_inhoud_rules(const std::string& xml, std::chrono::year_month_day today) {
  const auto parsed = parse_valid(xml);
  return standard_rules().check(Level::Inhoud, parsed.report.message->id, parsed.bericht, Context{today});
}

}  // namespace ijw::rules::testing
