#include "events.hpp"

#include <fmt/format.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "ijw/policy/check.hpp"

namespace ijw::pipeline {
namespace {

using nlohmann::json;

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The retourbericht that answers each heenbericht (ijw-spec §2.2).
std::string retour_type_of(const std::string& bericht_type) {
  if (bericht_type == "JW301") return "JW302";
  if (bericht_type == "JW305") return "JW306";
  if (bericht_type == "JW307") return "JW308";
  if (bericht_type == "JW315") return "JW316";
  if (bericht_type == "JW317") return "JW318";
  return {};
}

json findings_json(const rules::Findings& findings) {
  json list = json::array();
  for (const auto& finding : findings) {
    list.push_back({{"rule", finding.rule},
                    {"retourcode", finding.retourcode},
                    {"path", finding.path},
                    {"line", finding.where.line},
                    {"column", finding.where.column},
                    {"level", static_cast<int>(finding.level)},
                    {"explanation", finding.explanation}});
  }
  return list;
}

// The regional policy's verdict (issue 7): its findings travel with the message to the backoffice.
json policy_json(const Result& answer) {
  if (!answer.policy) return nullptr;
  return {{"region", answer.policy->region},
          {"region_version", answer.policy->region_version},
          {"blocked", answer.blocked},
          {"findings", json::parse(policy::findings_json(*answer.policy))}};
}

}  // namespace

std::optional<store::Event> event_for(const store::Heenbericht& bericht, const Result& answer, bool recorded) {
  if (answer.replayed || !answer.retour) return std::nullopt;  // heard of when it was first committed
  const bool from_gemeente = bericht.bericht_type == "JW301";
  const bool accepted = answer.outcome == Outcome::Accepted;
  // D-501: the backoffice hears of every JW301 it sent (accepted, or rejected with the hub's JW302) and of
  // every accepted aanbieder message; a rejected aanbieder message only goes back to the aanbieder.
  if (!from_gemeente && !accepted) return std::nullopt;
  // A JW301 the regional policy stopped (D-409) is accepted by the standard but never reaches the aanbieder.
  const char* outcome = answer.blocked ? "blocked" : accepted ? "accepted" : "rejected";
  const std::string type = fmt::format("ijw.{}.{}", lower(bericht.bericht_type), outcome);
  const json envelope{
      {"type", type},
      {"version", 1},
      {"bericht",
       {{"type", bericht.bericht_type},
        {"afzender", bericht.key.afzender},
        {"ontvanger", bericht.ontvanger},
        {"identificatie", bericht.key.identificatie},
        {"dagtekening", bericht.dagtekening},
        {"gemeente", bericht.scope.gemeente},
        {"aanbieder", bericht.scope.aanbieder},
        {"recorded", recorded},
        {"xml", std::string(bericht.raw)}}},
      {"retour", {{"type", retour_type_of(bericht.bericht_type)}, {"codes", answer.codes}, {"xml", *answer.retour}}},
      {"findings", findings_json(answer.findings)},
      {"policy", policy_json(answer)}};
  // D-503: the XML is UTF-8 (level 1 refuses anything else); a byte that is not would be replaced, not lost
  // silently in a failed transaction.
  return store::Event{type, envelope.dump(-1, ' ', false, json::error_handler_t::replace)};
}

store::Event jw302_event(std::string_view jw302_xml, const std::vector<std::string>& codes) {
  const std::string type = "ijw.jw302.received";
  const json envelope{{"type", type},
                      {"version", 1},
                      {"retour", {{"type", "JW302"}, {"codes", codes}, {"xml", std::string(jw302_xml)}}},
                      {"findings", json::array()}};
  return store::Event{type, envelope.dump(-1, ' ', false, json::error_handler_t::replace)};
}

}  // namespace ijw::pipeline
