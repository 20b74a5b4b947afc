#include "rules.hpp"

namespace ijw::rules {

void register_start_stop_rules(Registry& registry) {
  registry.add(make_TR019());
  registry.add(make_TR063());
  registry.add(make_TR071());
  registry.add(make_TR074());
  registry.add(make_TR326());
  registry.add(make_TR382());
  registry.add(make_TR413());
  registry.add(make_TR414());
  registry.add(make_TR415());
}

}  // namespace ijw::rules
