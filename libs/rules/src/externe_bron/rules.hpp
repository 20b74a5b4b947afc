#pragma once
// Level 4, externe bron: rules that judge the message against a source outside it (the clock).

#include <memory>

#include "ijw/rules/rule.hpp"

namespace ijw::rules {

std::unique_ptr<Rule> make_TR135();

}  // namespace ijw::rules
