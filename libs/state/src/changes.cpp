#include "ijw/state/changes.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>

namespace ijw::state {
namespace {

std::string text_of(const auto& value) { return model::collapse_whitespace(value.text); }

std::optional<std::string> text_of(const auto& optional_value)
  requires requires { optional_value.has_value(); }
{
  if (!optional_value) return std::nullopt;
  return text_of(*optional_value);
}

std::int64_t integer_of(const auto& value) {
  const auto integer = model::to_integer(value);
  if (!integer) throw std::invalid_argument("not an integer: '" + value.text + "'");
  return *integer;
}

Toewijzing toewijzing_of(const Scope& scope, const model::jw301::ToegewezenProduct& product) {
  const auto tijd = model::to_time(product.Toewijzingstijd);
  if (!tijd) throw std::invalid_argument("not a time: '" + product.Toewijzingstijd.text + "'");
  return {scope.gemeente,
          scope.aanbieder,
          scope.bsn,
          nummer_of(product.ToewijzingNummer),
          text_of(product.ReferentieAanbieder),
          product_of(product.Product),
          date_of(product.Toewijzingsdatum),
          *tijd,
          date_of(product.Ingangsdatum),
          date_of(product.Einddatum),
          text_of(product.RedenWijziging),
          omvang_of(product.Omvang),
          product.Budget ? std::optional(integer_of(*product.Budget)) : std::nullopt};
}

void add_once(std::vector<std::string>& values, std::string value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
}

}  // namespace

std::string nummer_of(const model::basis::LDT_Nummer& nummer) { return std::to_string(integer_of(nummer)); }

bool deletes(const model::basis::LDT_StatusAanlevering& status) { return text_of(status) == "3"; }

Product product_of(const model::basis::CDT_Product& product) {
  return {text_of(product.Categorie), text_of(product.Code)};
}

std::optional<Product> product_of(const std::optional<model::basis::CDT_Product>& product) {
  if (!product) return std::nullopt;
  return product_of(*product);
}

Omvang omvang_of(const model::basis::CDT_Omvang& omvang) {
  return {integer_of(omvang.Volume), text_of(omvang.Eenheid), text_of(omvang.Frequentie)};
}

std::optional<Omvang> omvang_of(const std::optional<model::basis::CDT_Omvang>& omvang) {
  if (!omvang) return std::nullopt;
  return omvang_of(*omvang);
}

Date date_of(const model::basis::LDT_Datum& datum) {
  const auto date = model::to_date(datum);
  if (!date) throw std::invalid_argument("not a date: '" + datum.text + "'");
  return *date;
}

std::optional<Date> date_of(const std::optional<model::basis::LDT_Datum>& datum) {
  if (!datum) return std::nullopt;
  return date_of(*datum);
}

namespace {

std::optional<std::string> optional_nummer_of(const std::optional<model::basis::LDT_Nummer>& nummer) {
  if (!nummer) return std::nullopt;
  return nummer_of(*nummer);
}

}  // namespace

StartKey start_key_of(const model::jw305::StartProduct& start) {
  return {optional_nummer_of(start.ToewijzingNummer), product_of(start.Product), date_of(start.Begindatum)};
}

StopKey stop_key_of(const model::jw307::StopProduct& stop) {
  return {{optional_nummer_of(stop.ToewijzingNummer), product_of(stop.Product), date_of(stop.Begindatum)},
          text_of(stop.RedenBeeindiging),
          date_of(stop.Einddatum)};
}

Scope scope_of(const model::AnyBericht& bericht) {
  return std::visit(
      [](const auto& message) -> Scope {
        using Bericht = std::decay_t<decltype(message)>;
        if constexpr (std::is_same_v<Bericht, model::jw301::Bericht>) {
          return {text_of(message.Header.Afzender), text_of(message.Header.Ontvanger), text_of(message.Client.Bsn)};
        } else if constexpr (std::is_same_v<Bericht, model::jw305::Bericht> ||
                             std::is_same_v<Bericht, model::jw307::Bericht> ||
                             std::is_same_v<Bericht, model::jw315::Bericht> ||
                             std::is_same_v<Bericht, model::jw317::Bericht>) {
          return {text_of(message.Header.Ontvanger), text_of(message.Header.Afzender), text_of(message.Client.Bsn)};
        } else {
          throw std::invalid_argument(std::string(model::Traits<Bericht>::id) + " is not a heenbericht of the hub");
        }
      },
      bericht);
}

namespace {

void add_changes(const model::jw301::Bericht& bericht, Changes& changes) {
  for (const auto& product : bericht.Client.ToegewezenProducten.ToegewezenProduct) {
    changes.toewijzingen.push_back(toewijzing_of(changes.scope, product));
    if (product.ReferentieAanbieder) add_once(changes.referenties_honoured, text_of(*product.ReferentieAanbieder));
  }
}

void add_changes(const model::jw305::Bericht& bericht, Changes& changes) {
  const auto& starts = bericht.Client.StartProducten.StartProduct;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    if (deletes(starts[i].StatusAanlevering)) {
      changes.starts_deleted.push_back(start_key_of(starts[i]));
    } else {
      changes.starts_added.push_back({start_key_of(starts[i]), date_of(starts[i].ToewijzingIngangsdatum), i + 1});
    }
  }
}

void add_changes(const model::jw307::Bericht& bericht, Changes& changes) {
  const auto& stops = bericht.Client.StopProducten.StopProduct;
  for (std::size_t i = 0; i < stops.size(); ++i) {
    if (deletes(stops[i].StatusAanlevering)) {
      changes.stops_deleted.push_back(stop_key_of(stops[i]));
    } else {
      changes.stops_added.push_back({stop_key_of(stops[i]), date_of(stops[i].ToewijzingIngangsdatum), i + 1});
    }
  }
}

void add_changes(const model::jw315::Bericht& bericht, Changes& changes) {
  for (const auto& product : bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
    changes.verzoeken_added.push_back({text_of(product.ReferentieAanbieder), VerzoekSoort::Toewijzing, true});
  }
}

void add_changes(const model::jw317::Bericht& bericht, Changes& changes) {
  changes.verzoeken_added.push_back(
      {text_of(bericht.Client.Verzoek.ReferentieAanbieder), VerzoekSoort::Wijziging, true});
}

}  // namespace

Changes changes_of(const model::AnyBericht& bericht) {
  Changes changes{scope_of(bericht), {}, {}, {}, {}, {}, {}, {}};
  std::visit(
      [&](const auto& message) {
        if constexpr (requires { add_changes(message, changes); }) add_changes(message, changes);
      },
      bericht);
  return changes;
}

std::vector<std::string> toewijzing_nummers_of(const model::AnyBericht& bericht) {
  std::vector<std::string> nummers;
  const auto add = [&](const model::basis::LDT_Nummer& nummer) { add_once(nummers, nummer_of(nummer)); };
  std::visit(
      [&](const auto& message) {
        using Bericht = std::decay_t<decltype(message)>;
        if constexpr (std::is_same_v<Bericht, model::jw301::Bericht>) {
          for (const auto& product : message.Client.ToegewezenProducten.ToegewezenProduct) add(product.ToewijzingNummer);
        } else if constexpr (std::is_same_v<Bericht, model::jw305::Bericht>) {
          for (const auto& start : message.Client.StartProducten.StartProduct) {
            if (start.ToewijzingNummer) add(*start.ToewijzingNummer);
          }
        } else if constexpr (std::is_same_v<Bericht, model::jw307::Bericht>) {
          for (const auto& stop : message.Client.StopProducten.StopProduct) {
            if (stop.ToewijzingNummer) add(*stop.ToewijzingNummer);
          }
        } else if constexpr (std::is_same_v<Bericht, model::jw317::Bericht>) {
          const auto& verzoek = message.Client.Verzoek;
          if (verzoek.OngewijzigdeProducten) {
            for (const auto& product : verzoek.OngewijzigdeProducten->OngewijzigdProduct) add(product.ToewijzingNummer);
          }
          if (verzoek.TeWijzigenProducten) {
            for (const auto& product : verzoek.TeWijzigenProducten->TeWijzigenProduct) add(product.ToewijzingNummer);
          }
        }
      },
      bericht);
  return nummers;
}

std::vector<std::string> new_referenties_of(const model::AnyBericht& bericht) {
  std::vector<std::string> referenties;
  for (auto& verzoek : changes_of(bericht).verzoeken_added) add_once(referenties, std::move(verzoek.referentie));
  return referenties;
}

}  // namespace ijw::state
