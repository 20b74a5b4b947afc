#include "../catalogue.hpp"
#include "rules.hpp"

namespace ijw::rules {

void register_externe_bron_rules(Registry& registry) { registry.add(make_TR135()); }

}  // namespace ijw::rules
