// TR361 (9361, JW317 OngewijzigdProduct / TeWijzigenProduct / NieuwProduct): "Een Product mag alleen vaker in
// verzoek om wijziging voorkomen als de zorgperiodes elkaar niet overlappen." Each class is a product and a
// period (ijw-spec §4.2): OngewijzigdProduct the stored Product and [Ingangsdatum, Einddatum]; TeWijzigenProduct
// the stored Product and [stored Ingangsdatum, its own Einddatum] (an empty Einddatum is open, as assumed there);
// NieuwProduct its own Product and [GewensteIngangsdatum, Einddatum]. Both end days are inside a period and an
// open end never ends. "The same product" as for TR302 (D-104): without Product it clashes with every product,
// aspecifiek with every product of its Categorie, specifiek with the same Categorie and Code. Every class in an
// overlap gets 9361. A class whose toewijzing is unknown, of another client or aanbieder, or verwijderd has no
// stored product or period and is left out (TR350/TR351 report it); so is a period that ends before it starts.

#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

struct Entry {
  std::string path;
  xml::Position where;
  std::string name;  // "OngewijzigdProduct[1]", for the explanation
  std::optional<state::Product> product;
  state::Date begin;
  std::optional<state::Date> end;
};

bool same_product(const std::optional<state::Product>& a, const std::optional<state::Product>& b) {
  if (!a || !b) return true;
  if (a->categorie != b->categorie) return false;
  return !a->code || !b->code || *a->code == *b->code;
}

bool overlap(const Entry& a, const Entry& b) {
  return (!a.end || b.begin <= *a.end) && (!b.end || a.begin <= *b.end);
}

void add(std::vector<Entry>& entries, Entry entry) {
  if (entry.end && *entry.end < entry.begin) return;
  entries.push_back(std::move(entry));
}

std::vector<Entry> entries_of(const model::jw317::Bericht& bericht, const state::Snapshot& stored) {
  std::vector<Entry> entries;
  const auto& ongewijzigd = ongewijzigde_producten(bericht);
  for (std::size_t i = 0; i < ongewijzigd.size(); ++i) {
    const auto* toewijzing = referenced_toewijzing(stored, ongewijzigd[i].ToewijzingNummer);
    if (!toewijzing) continue;
    add(entries, {ongewijzigd_product_path(i + 1), ongewijzigd[i].where, fmt::format("OngewijzigdProduct[{}]", i + 1),
                  toewijzing->product, toewijzing->ingangsdatum, toewijzing->einddatum});
  }
  const auto& te_wijzigen = te_wijzigen_producten(bericht);
  for (std::size_t i = 0; i < te_wijzigen.size(); ++i) {
    const auto* toewijzing = referenced_toewijzing(stored, te_wijzigen[i].ToewijzingNummer);
    if (!toewijzing) continue;
    add(entries, {te_wijzigen_product_path(i + 1), te_wijzigen[i].where, fmt::format("TeWijzigenProduct[{}]", i + 1),
                  toewijzing->product, toewijzing->ingangsdatum, state::date_of(te_wijzigen[i].Einddatum)});
  }
  const auto& nieuw = nieuwe_producten(bericht);
  for (std::size_t i = 0; i < nieuw.size(); ++i) {
    add(entries, {nieuw_product_path(i + 1), nieuw[i].where, fmt::format("NieuwProduct[{}]", i + 1),
                  state::product_of(nieuw[i].Product), state::date_of(nieuw[i].GewensteIngangsdatum),
                  state::date_of(nieuw[i].Einddatum)});
  }
  return entries;
}

std::string describe(const Entry& entry) {
  return fmt::format("{} ({}, {} t/m {})", entry.name, berichtoverstijgend::describe(entry.product),
                     berichtoverstijgend::describe(entry.begin),
                     entry.end ? berichtoverstijgend::describe(*entry.end) : std::string("open einde"));
}

class TR361 final : public RuleFor<TR361, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR361", Level::Berichtoverstijgend, "9361",
                                 "Een Product mag alleen vaker in verzoek om wijziging voorkomen als de "
                                 "zorgperiodes elkaar niet overlappen."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto entries = entries_of(bericht, working_state(context, info.id).stored());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::vector<std::string> others;
      for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j != i && same_product(entries[i].product, entries[j].product) && overlap(entries[i], entries[j])) {
          others.push_back(describe(entries[j]));
        }
      }
      if (others.empty()) continue;
      reporter.report(entries[i].path, entries[i].where,
                      fmt::format("{} overlapt met {}", describe(entries[i]), fmt::join(others, " en ")),
                      entries[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR361() { return std::make_unique<TR361>(); }

}  // namespace ijw::rules
