#include "rules.hpp"

namespace ijw::rules {

void register_client_rules(Registry& registry) {
  registry.add(make_TR006());
  registry.add(make_TR061());
  registry.add(make_CD005());
  registry.add(make_CD007());
  registry.add(make_CD009());
  registry.add(make_CD025());
  registry.add(make_CD034());
  registry.add(make_CD043());
  registry.add(make_CD066());
  registry.add(make_CD067());
  registry.add(make_CD068());
  registry.add(make_CS050());
  registry.add(make_CS089());
  registry.add(make_CS318());
  registry.add(make_CS335());
  registry.add(make_CS336());
}

}  // namespace ijw::rules
