#include "rules.hpp"

namespace ijw::rules {

void register_omvang_rules(Registry& registry) {
}

}  // namespace ijw::rules
