#pragma once
// The rule catalogue: every implemented rule, listed explicitly, so `ijwctl rules` can print it and a test
// can prove each rule has a failing and a passing case.

#include <memory>
#include <string_view>
#include <vector>

#include "ijw/rules/rule.hpp"

namespace ijw::rules {

class Registry {
 public:
  void add(std::unique_ptr<Rule> rule);

  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;

  // Runs every rule of `level` that applies to the message type `message_id` and collects the findings.
  Findings check(Level level, std::string_view message_id, const model::AnyBericht& bericht,
                 const Context& context) const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
};

// The rules of the iJw 3.2 standard: levels 2 (the message), 3 (the stored state, Context::state) and 4
// (the clock: TR135).
const Registry& standard_rules();

}  // namespace ijw::rules
