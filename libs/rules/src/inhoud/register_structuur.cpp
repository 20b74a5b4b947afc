#include "rules.hpp"

namespace ijw::rules {

void register_structuur_rules(Registry& registry) {
  registry.add(make_TR002());
  registry.add(make_TR018());
  registry.add(make_TR101());
  registry.add(make_TR134());
  registry.add(make_TR302());
  registry.add(make_TR352());
  registry.add(make_TR353());
  registry.add(make_TR380());
  registry.add(make_TR383());
  registry.add(make_TR386());
  registry.add(make_TR410());
  registry.add(make_CS002());
  registry.add(make_CS058());
  registry.add(make_CS139());
}

}  // namespace ijw::rules
