#include "support.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <stdexcept>

namespace ijw::rules::berichtoverstijgend {

const state::Working& working_state(const Context& context, std::string_view rule_id) {
  if (!context.state) throw std::logic_error(fmt::format("{} needs the stored state, and none was given", rule_id));
  return *context.state;
}

std::string start_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/StartProducten/StartProduct[{}]", position);
}

std::string stop_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/StopProducten/StopProduct[{}]", position);
}

std::string describe(state::Date date) { return fmt::format("{:%F}", std::chrono::sys_days(date)); }

std::string describe(const state::StartKey& key) {
  const std::string product = key.product ? key.product->categorie + (key.product->code ? "/" + *key.product->code : "")
                                          : std::string("(geen)");
  return fmt::format("ToewijzingNummer {}, Product {}, Begindatum {}", key.toewijzing_nummer.value_or("(geen)"),
                     product, describe(key.begindatum));
}

std::string describe(const state::StopKey& key) {
  return fmt::format("{}, RedenBeeindiging {}, Einddatum {}", describe(key.start), key.reden_beeindiging,
                     describe(key.einddatum));
}

}  // namespace ijw::rules::berichtoverstijgend
