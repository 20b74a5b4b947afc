// TR101 (0001): "Binnen een bericht zijn dubbele regels niet toegestaan." (JW301, JW305, JW307, JW315, JW317)
//
// Within one message the logical key of each berichtklasse must be unique within its parent (ijw-spec §2.6):
//   JW301 Relatie{Nummer}, Client's Contact{Soort}, ToegewezenProduct{ToewijzingNummer}
//   JW305 StartProduct{ToewijzingNummer, Product, Begindatum}
//   JW307 StopProduct{ToewijzingNummer, Product, Begindatum, RedenBeeindiging, Einddatum}
//   JW315 AangevraagdProduct{ReferentieAanbieder} (TR383 checks the same key under its own id)
//   JW317 OngewijzigdProduct{ToewijzingNummer}, TeWijzigenProduct{ToewijzingNummer},
//         NieuwProduct{Product, GewensteIngangsdatum}
// Client{Bsn}, Verzoek{ReferentieAanbieder} and a Relatie's Contact occur once per parent, so they cannot
// repeat. StatusAanlevering is never part of a key, so a delete (3) and a re-add (1) of the same key in one
// message are duplicates (IV008). Keys compare by value (dates and numbers as XSD reads them) and NULL-safely
// (an absent ToewijzingNummer or Product equals another absent one). Keys are unique per berichtklasse: the
// same ToewijzingNummer as OngewijzigdProduct and as TeWijzigenProduct is not a "dubbele regel" (the classes
// differ); whether that is allowed is for the level-3 VOW rules (TR349-TR351).
// One finding per repeated class, on the class, naming the first class with the same key.

#include <fmt/format.h>

#include <tuple>
#include <type_traits>

#include "rules.hpp"
#include "structuur_support.hpp"

namespace ijw::rules {
namespace {

using structuur::date_key;
using structuur::describe;
using structuur::FirstSeen;
using structuur::number_key;
using structuur::product_key;

std::string describe(const std::optional<model::basis::LDT_Nummer>& nummer) {
  return nummer ? "ToewijzingNummer " + nummer->text : "geen ToewijzingNummer";
}

std::optional<std::string> optional_number_key(const std::optional<model::basis::LDT_Nummer>& nummer) {
  if (!nummer) return std::nullopt;
  return number_key(*nummer);
}

// Checks `classes` (the children of `container`, named `name`) for repeated keys.
template <class Class, class KeyOf, class Describe>
void check_unique(const std::vector<Class>& classes, std::string_view container, std::string_view name, KeyOf key_of,
                  Describe describe_key, const Reporter& reporter) {
  FirstSeen<std::invoke_result_t<KeyOf, const Class&>> seen;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    if (const auto earlier = seen.add(key_of(classes[i]), i)) {
      reporter.report(fmt::format("{}/{}[{}]", container, name, i + 1), classes[i].where,
                      fmt::format("{}[{}] heeft dezelfde sleutel ({}) als {}[{}]", name, i + 1,
                                  describe_key(classes[i]), name, *earlier + 1));
    }
  }
}

class TR101 final : public RuleFor<TR101, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR101", Level::Inhoud, "0001",
                                 "Binnen een bericht zijn dubbele regels niet toegestaan."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& client = bericht.Client;
    if (client.Relaties) {
      check_unique(
          client.Relaties->Relatie, "/Bericht/Client/Relaties", "Relatie",
          [](const model::jw301::Relatie& relatie) { return relatie.Nummer.text; },
          [](const model::jw301::Relatie& relatie) { return "Nummer " + relatie.Nummer.text; }, reporter);
    }
    check_unique(
        client.Contactgegevens.Contact, "/Bericht/Client/Contactgegevens", "Contact",
        [](const model::jw301::Contact& contact) { return contact.Soort.text; },
        [](const model::jw301::Contact& contact) { return "Soort " + contact.Soort.text; }, reporter);
    check_unique(
        client.ToegewezenProducten.ToegewezenProduct, "/Bericht/Client/ToegewezenProducten", "ToegewezenProduct",
        [](const model::jw301::ToegewezenProduct& product) { return number_key(product.ToewijzingNummer); },
        [](const model::jw301::ToegewezenProduct& product) {
          return "ToewijzingNummer " + product.ToewijzingNummer.text;
        },
        reporter);
  }

  void check_message(const model::jw305::Bericht& bericht, const Context&, const Reporter& reporter) const {
    check_unique(
        bericht.Client.StartProducten.StartProduct, "/Bericht/Client/StartProducten", "StartProduct",
        [](const model::jw305::StartProduct& start) {
          return std::tuple{optional_number_key(start.ToewijzingNummer), product_key(start.Product),
                            date_key(start.Begindatum)};
        },
        [](const model::jw305::StartProduct& start) {
          return fmt::format("{}, {}, Begindatum {}", describe(start.ToewijzingNummer), describe(start.Product),
                             start.Begindatum.text);
        },
        reporter);
  }

  void check_message(const model::jw307::Bericht& bericht, const Context&, const Reporter& reporter) const {
    check_unique(
        bericht.Client.StopProducten.StopProduct, "/Bericht/Client/StopProducten", "StopProduct",
        [](const model::jw307::StopProduct& stop) {
          return std::tuple{optional_number_key(stop.ToewijzingNummer), product_key(stop.Product),
                            date_key(stop.Begindatum), stop.RedenBeeindiging.text, date_key(stop.Einddatum)};
        },
        [](const model::jw307::StopProduct& stop) {
          return fmt::format("{}, {}, Begindatum {}, RedenBeeindiging {}, Einddatum {}",
                             describe(stop.ToewijzingNummer), describe(stop.Product), stop.Begindatum.text,
                             stop.RedenBeeindiging.text, stop.Einddatum.text);
        },
        reporter);
  }

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    check_unique(
        bericht.Client.AangevraagdeProducten.AangevraagdProduct, "/Bericht/Client/AangevraagdeProducten",
        "AangevraagdProduct",
        [](const model::jw315::AangevraagdProduct& product) { return product.ReferentieAanbieder.text; },
        [](const model::jw315::AangevraagdProduct& product) {
          return "ReferentieAanbieder " + product.ReferentieAanbieder.text;
        },
        reporter);
  }

  void check_message(const model::jw317::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& verzoek = bericht.Client.Verzoek;
    if (verzoek.OngewijzigdeProducten) {
      check_unique(
          verzoek.OngewijzigdeProducten->OngewijzigdProduct, "/Bericht/Client/Verzoek/OngewijzigdeProducten",
          "OngewijzigdProduct",
          [](const model::jw317::OngewijzigdProduct& product) { return number_key(product.ToewijzingNummer); },
          [](const model::jw317::OngewijzigdProduct& product) {
            return "ToewijzingNummer " + product.ToewijzingNummer.text;
          },
          reporter);
    }
    if (verzoek.TeWijzigenProducten) {
      check_unique(
          verzoek.TeWijzigenProducten->TeWijzigenProduct, "/Bericht/Client/Verzoek/TeWijzigenProducten",
          "TeWijzigenProduct",
          [](const model::jw317::TeWijzigenProduct& product) { return number_key(product.ToewijzingNummer); },
          [](const model::jw317::TeWijzigenProduct& product) {
            return "ToewijzingNummer " + product.ToewijzingNummer.text;
          },
          reporter);
    }
    if (verzoek.NieuweProducten) {
      check_unique(
          verzoek.NieuweProducten->NieuwProduct, "/Bericht/Client/Verzoek/NieuweProducten", "NieuwProduct",
          [](const model::jw317::NieuwProduct& product) {
            return std::pair{product_key(product.Product), date_key(product.GewensteIngangsdatum)};
          },
          [](const model::jw317::NieuwProduct& product) {
            return fmt::format("{}, GewensteIngangsdatum {}", describe(product.Product),
                               product.GewensteIngangsdatum.text);
          },
          reporter);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR101() { return std::make_unique<TR101>(); }

}  // namespace ijw::rules
