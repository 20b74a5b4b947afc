#include "ijw/rules/registry.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "catalogue.hpp"

namespace ijw::rules {

void Registry::add(std::unique_ptr<Rule> rule) {
  if (find(rule->id())) throw std::logic_error("rule " + std::string(rule->id()) + " registered twice");
  rules_.push_back(std::move(rule));
}

const Rule* Registry::find(std::string_view id) const {
  const auto found = std::find_if(rules_.begin(), rules_.end(), [&](const auto& rule) { return rule->id() == id; });
  return found == rules_.end() ? nullptr : found->get();
}

Findings Registry::check(Level level, std::string_view message_id, const model::AnyBericht& bericht,
                         const Context& context) const {
  Findings findings;
  for (const auto& rule : rules_) {
    if (rule->level() != level) continue;
    const auto messages = rule->messages();
    if (std::find(messages.begin(), messages.end(), message_id) == messages.end()) continue;
    rule->check(bericht, context, findings);
  }
  return findings;
}

const Registry& standard_rules() {
  static const Registry registry = [] {
    Registry built;
    register_inhoud_rules(built);
    register_berichtoverstijgend_rules(built);
    register_externe_bron_rules(built);
    return built;
  }();
  return registry;
}

}  // namespace ijw::rules
