#pragma once
// A rule of the standard as a small named unit: its id, level, messages, retourcode and check.
// One class per rule, in a file named by its id (src/inhoud/TR018.cpp), registered in one place per level.

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "ijw/model/model.hpp"
#include "ijw/rules/finding.hpp"
#include "ijw/state/state.hpp"

namespace ijw::rules {

// What a rule may know besides the message.
struct Context {
  std::chrono::year_month_day today;  // the receiver's calendar date, Europe/Amsterdam (TR135)
  // The stored state with the message's own classes applied (level 3); nullptr where no store is involved
  // (levels 2 and 4, `ijwctl check`). A level-3 rule run without it throws std::logic_error.
  const state::Working* state = nullptr;
};

class Rule {
 public:
  virtual ~Rule() = default;

  virtual std::string_view id() const = 0;          // "TR018"
  virtual Level level() const = 0;
  virtual std::string_view retourcode() const = 0;  // "0001"
  virtual std::string_view regel() const = 0;       // the rule's text in the standard (Dutch)
  virtual std::vector<std::string_view> messages() const = 0;  // "JW307"
  virtual void check(const model::AnyBericht& bericht, const Context& context, Findings& findings) const = 0;
};

// Collects the findings of one rule on one message, filling in the rule's id and code.
class Reporter {
 public:
  Reporter(const Rule& rule, Findings& findings) : rule_(rule), findings_(findings) {}

  // A finding about the element at `path`, which starts at `where`; `klasse` is the berichtklasse that
  // carries the code in a retour (level 3/4; {} for the Header).
  void report(std::string path, xml::Position where, std::string explanation, xml::Position klasse = {}) const {
    findings_.push_back({std::string(rule_.id()), std::string(rule_.retourcode()), std::move(path), where, klasse,
                         std::move(explanation), rule_.level()});
  }

 private:
  const Rule& rule_;
  Findings& findings_;
};

// The fixed facts of a rule, as the standard states them.
struct RuleInfo {
  std::string_view id;
  Level level;
  std::string_view retourcode;
  std::string_view regel;
};

// Base for a rule that applies to the message types `Berichten...`. The derived class declares
// `static constexpr RuleInfo info{...}` and provides
// `void check_message(const jwNNN::Bericht&, const Context&, const Reporter&) const` per type (or a template).
template <class Derived, class... Berichten>
class RuleFor : public Rule {
 public:
  std::string_view id() const override { return Derived::info.id; }
  Level level() const override { return Derived::info.level; }
  std::string_view retourcode() const override { return Derived::info.retourcode; }
  std::string_view regel() const override { return Derived::info.regel; }
  std::vector<std::string_view> messages() const override { return {model::Traits<Berichten>::id...}; }

  void check(const model::AnyBericht& bericht, const Context& context, Findings& findings) const override {
    const Reporter reporter(*this, findings);
    std::visit(
        [&](const auto& message) {
          using Message = std::decay_t<decltype(message)>;
          if constexpr ((std::is_same_v<Message, Berichten> || ...)) {
            static_cast<const Derived&>(*this).check_message(message, context, reporter);
          }
        },
        bericht);
  }
};

}  // namespace ijw::rules
