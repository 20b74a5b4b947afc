#include "rules.hpp"

namespace ijw::rules {

void register_structuur_rules(Registry& registry) {
  registry.add(make_TR018());
}

}  // namespace ijw::rules
