#include "rules.hpp"

namespace ijw::rules {

void register_client_rules(Registry& registry) {
}

}  // namespace ijw::rules
