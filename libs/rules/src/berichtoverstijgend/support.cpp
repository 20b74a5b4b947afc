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

namespace {

template <class Class>
const std::vector<Class>& or_empty(const std::vector<Class>* classes) {
  static const std::vector<Class> none;
  return classes ? *classes : none;
}

}  // namespace

std::string toegewezen_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]", position);
}

std::string aangevraagd_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]", position);
}

std::string ongewijzigd_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[{}]", position);
}

std::string te_wijzigen_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[{}]", position);
}

std::string nieuw_product_path(std::size_t position) {
  return fmt::format("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[{}]", position);
}

const std::vector<model::jw317::OngewijzigdProduct>& ongewijzigde_producten(const model::jw317::Bericht& bericht) {
  const auto& container = bericht.Client.Verzoek.OngewijzigdeProducten;
  return or_empty(container ? &container->OngewijzigdProduct : nullptr);
}

const std::vector<model::jw317::TeWijzigenProduct>& te_wijzigen_producten(const model::jw317::Bericht& bericht) {
  const auto& container = bericht.Client.Verzoek.TeWijzigenProducten;
  return or_empty(container ? &container->TeWijzigenProduct : nullptr);
}

const std::vector<model::jw317::NieuwProduct>& nieuwe_producten(const model::jw317::Bericht& bericht) {
  const auto& container = bericht.Client.Verzoek.NieuweProducten;
  return or_empty(container ? &container->NieuwProduct : nullptr);
}

std::string text_of(const model::basis::LDT_Nummer& value) { return state::nummer_of(value); }

std::string text_of(const model::basis::LDT_Referentie& value) { return model::collapse_whitespace(value.text); }

bool of_scope(const state::Toewijzing& toewijzing, const state::Scope& scope) {
  return toewijzing.gemeente == scope.gemeente && toewijzing.aanbieder == scope.aanbieder &&
         toewijzing.bsn == scope.bsn;
}

std::vector<const state::Toewijzing*> actuele_toewijzingen(const state::Snapshot& stored, state::Date peildatum) {
  std::vector<const state::Toewijzing*> actueel;
  for (const auto& toewijzing : stored.toewijzingen) {
    if (of_scope(toewijzing, stored.scope) && toewijzing.actueel(peildatum)) actueel.push_back(&toewijzing);
  }
  return actueel;
}

const state::Toewijzing* referenced_toewijzing(const state::Snapshot& stored, const model::basis::LDT_Nummer& nummer) {
  const auto* toewijzing = stored.toewijzing(text_of(nummer));
  if (!toewijzing || !of_scope(*toewijzing, stored.scope) || toewijzing->verwijderd()) return nullptr;
  return toewijzing;
}

std::string why_not_actueel(const state::Snapshot& stored, const std::string& nummer, state::Date peildatum) {
  const auto* toewijzing = stored.toewijzing(nummer);
  if (!toewijzing) return "is bij deze gemeente niet bekend";
  if (toewijzing->bsn != stored.scope.bsn) return "hoort bij een andere client";
  if (toewijzing->aanbieder != stored.scope.aanbieder) return "is aan een andere aanbieder toegewezen";
  if (toewijzing->verwijderd()) return "is verwijderd";
  if (!toewijzing->actueel(peildatum)) {
    return fmt::format("is beëindigd op {}, voor de dagtekening {}", describe(*toewijzing->einddatum),
                       describe(peildatum));
  }
  return {};
}

std::string describe(const std::optional<state::Product>& product) {
  if (!product) return "geen Product";
  if (!product->code) return fmt::format("Product {} zonder Code", product->categorie);
  return fmt::format("Product {}/{}", product->categorie, *product->code);
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

bool same_toewijzing_and_begindatum(const state::StartKey& a, const state::StartKey& b) {
  return a.toewijzing_nummer == b.toewijzing_nummer && a.begindatum == b.begindatum;
}

}  // namespace ijw::rules::berichtoverstijgend
