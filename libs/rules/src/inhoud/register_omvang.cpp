#include "rules.hpp"

namespace ijw::rules {

void register_omvang_rules(Registry& registry) {
  registry.add(make_CD041());
  registry.add(make_CD075());
  registry.add(make_CD076());
  registry.add(make_CD077());
  registry.add(make_CD078());
  registry.add(make_CD079());
  registry.add(make_CD080());
  registry.add(make_CD095());
  registry.add(make_CD096());
  registry.add(make_CS003());
  registry.add(make_CS338());
  registry.add(make_CS343());
}

}  // namespace ijw::rules
