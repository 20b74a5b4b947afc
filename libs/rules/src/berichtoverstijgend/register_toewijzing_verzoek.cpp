#include "rules.hpp"

namespace ijw::rules {

void register_toewijzing_verzoek_rules(Registry&) {}

}  // namespace ijw::rules
