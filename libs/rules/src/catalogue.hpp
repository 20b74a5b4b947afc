#pragma once
// The explicit registration of every rule, one function per level (see src/inhoud/, src/berichtoverstijgend/, src/externe_bron/).

#include "ijw/rules/registry.hpp"

namespace ijw::rules {

void register_inhoud_rules(Registry& registry);
void register_berichtoverstijgend_rules(Registry& registry);
void register_externe_bron_rules(Registry& registry);

}  // namespace ijw::rules
