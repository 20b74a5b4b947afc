#include "rules.hpp"

namespace ijw::rules {

void register_start_stop_rules(Registry& registry) {
  registry.add(make_TR063());
}

}  // namespace ijw::rules
