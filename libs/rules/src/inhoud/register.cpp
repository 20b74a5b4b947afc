#include "../catalogue.hpp"
#include "rules.hpp"

namespace ijw::rules {

void register_inhoud_rules(Registry& registry) {
  register_structuur_rules(registry);
  register_omvang_rules(registry);
  register_client_rules(registry);
}

}  // namespace ijw::rules
