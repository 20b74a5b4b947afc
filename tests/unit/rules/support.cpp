#include "support.hpp"

#include "ijw/state/changes.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

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

std::string replace_element(std::string xml, std::string_view open, std::string_view close, std::string_view with) {
  const auto from = xml.find(open);
  const auto to = from == std::string::npos ? from : xml.find(close, from);
  EXPECT_NE(to, std::string::npos) << "not in the message: " << open;
  if (to == std::string::npos) return xml;
  return xml.replace(from, to + close.size() - from, with);
}

namespace {

// What the base message of a type holds in its product class.
struct BaseProduct {
  std::string_view code;
  std::string_view begin_name;
  std::string_view begin;
  std::string_view end_name;
  std::string_view end;
};

BaseProduct base_product(std::string_view type) {
  if (type == "JW301") return {"45A04", "Ingangsdatum", "2026-11-01", "Einddatum", "2027-04-30"};
  if (type == "JW315") return {"45A04", "ToewijzingIngangsdatum", "2026-12-01", "ToewijzingEinddatum", "2027-05-31"};
  if (type == "JW317") return {"45A05", "GewensteIngangsdatum", "2026-12-01", "Einddatum", "2027-05-31"};
  throw std::invalid_argument("no base product class in " + std::string(type));
}

}  // namespace

std::string ns(std::string_view type) { return "jw" + std::string(type.substr(2)); }

std::string element(std::string_view type, std::string_view name, std::string_view value) {
  const std::string tag = ns(type) + ":" + std::string(name);
  return "<" + tag + ">" + std::string(value) + "</" + tag + ">";
}

std::string remove_element(std::string xml, std::string_view type, std::string_view name) {
  const std::string tag = ns(type) + ":" + std::string(name);
  return replace_element(std::move(xml), "<" + tag + ">", "</" + tag + ">", "");
}

std::string budget_instead_of_omvang(std::string xml, std::string_view type) {
  return replace_element(std::move(xml), "<" + ns(type) + ":Omvang>", "</" + ns(type) + ":Omvang>",
                         element(type, "Budget", "150000"));
}

std::string with_budget(std::string_view type) {
  const std::string close = "</" + ns(type) + ":Omvang>";
  return replace_once(base_message(type), close, close + element(type, "Budget", "150000"));
}

std::string without_code(std::string xml, std::string_view type) {
  return replace_once(std::move(xml), "<ijw:Code>" + std::string(base_product(type).code) + "</ijw:Code>", "");
}

std::string running_from_2020_07_01(std::string_view type, std::string_view einddatum) {
  const auto base = base_product(type);
  auto xml = replace_once(base_message(type), element(type, base.begin_name, base.begin),
                          element(type, base.begin_name, "2020-07-01"));
  return replace_once(std::move(xml), element(type, base.end_name, base.end),
                      einddatum.empty() ? "" : element(type, base.end_name, einddatum));
}

std::string with_eenheid_frequentie(std::string xml, std::string_view eenheid, std::string_view frequentie) {
  xml = replace_once(std::move(xml), "<ijw:Eenheid>04</ijw:Eenheid>",
                     "<ijw:Eenheid>" + std::string(eenheid) + "</ijw:Eenheid>");
  return replace_once(std::move(xml), "<ijw:Frequentie>2</ijw:Frequentie>",
                      "<ijw:Frequentie>" + std::string(frequentie) + "</ijw:Frequentie>");
}

std::string jw317_omvang(std::string_view eenheid, std::string_view frequentie) {
  return "<jw317:Omvang><ijw:Volume>2</ijw:Volume><ijw:Eenheid>" + std::string(eenheid) +
         "</ijw:Eenheid><ijw:Frequentie>" + std::string(frequentie) + "</ijw:Frequentie></jw317:Omvang>";
}

std::string with_te_wijzigen(std::string_view elements, std::string_view ingangsdatum) {
  return replace_once(base_message("JW317"), "</jw317:OngewijzigdeProducten>",
                      "</jw317:OngewijzigdeProducten><jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>"
                      "<jw317:ToewijzingNummer>8002</jw317:ToewijzingNummer>" +
                          element("JW317", "GewensteIngangsdatum", ingangsdatum) + std::string(elements) +
                          "</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>");
}

std::string budget_only(std::string_view type) { return budget_instead_of_omvang(base_message(type), type); }

std::string with_te_wijzigen_ending(std::string_view einddatum, std::string_view elements) {
  return with_te_wijzigen(element("JW317", "Einddatum", einddatum) + std::string(elements));
}

void expect_one_finding_of(const Findings& findings, std::string_view rule, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, rule);
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

Findings run_rule(std::string_view rule_id, const std::string& xml, std::chrono::year_month_day today) {
  const Rule* rule = standard_rules().find(rule_id);
  if (!rule) throw std::invalid_argument("no rule " + std::string(rule_id));
  const auto parsed = parse_valid(xml);
  Findings findings;
  rule->check(parsed.bericht, Context{today}, findings);
  return findings;
}

Findings run_rule_on_state(std::string_view rule_id, const std::string& xml, state::Snapshot stored,
                           std::chrono::year_month_day today) {
  const Rule* rule = standard_rules().find(rule_id);
  if (!rule) throw std::invalid_argument("no rule " + std::string(rule_id));
  const auto parsed = parse_valid(xml);
  const state::Working working(std::move(stored), state::changes_of(parsed.bericht));
  Findings findings;
  rule->check(parsed.bericht, Context{today, &working}, findings);
  return findings;
}

Findings run_inhoud_rules(const std::string& xml, std::chrono::year_month_day today) {
  const auto parsed = parse_valid(xml);
  return standard_rules().check(Level::Inhoud, parsed.report.message->id, parsed.bericht, Context{today});
}

}  // namespace ijw::rules::testing
