#include "rules.hpp"

namespace ijw::rules {

void register_toewijzing_verzoek_rules(Registry& registry) {
  registry.add(make_TR056());
  registry.add(make_TR304());
  registry.add(make_TR332());
  registry.add(make_TR347());
  registry.add(make_TR349());
  registry.add(make_TR350());
  registry.add(make_TR351());
  registry.add(make_TR357());
  registry.add(make_TR361());
  registry.add(make_TR373());
  registry.add(make_TR374());
  registry.add(make_TR375());
  registry.add(make_TR379());
  registry.add(make_TR411());
  registry.add(make_TR412());
}

}  // namespace ijw::rules
