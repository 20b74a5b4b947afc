#include "../catalogue.hpp"
#include "rules.hpp"

namespace ijw::rules {

void register_berichtoverstijgend_rules(Registry& registry) {
  register_start_stop_rules(registry);
  register_toewijzing_verzoek_rules(registry);
}

}  // namespace ijw::rules
