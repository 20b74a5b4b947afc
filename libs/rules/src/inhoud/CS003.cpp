// CS003 (0001): "Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum
// (of Ingangsdatum) van de aangeduide periode."
// Checks, when both dates are filled, the end of each period against its own start:
// - JW301 Contact.Periode Einddatum >= Begindatum, for the client's Contacten and each Relatie's Contact
//   (the rule names the Contact class, not only the client's);
// - JW301 ToegewezenProduct.Einddatum >= Ingangsdatum;
// - JW315 AangevraagdProduct.ToewijzingEinddatum >= ToewijzingIngangsdatum;
// - JW317 NieuwProduct.Einddatum and TeWijzigenProduct.Einddatum >= GewensteIngangsdatum. For
//   TeWijzigenProduct the spec leaves the start open: the period the class itself states begins at its
//   GewensteIngangsdatum (the XSD: "de gewenste ingangsdatum van het te wijzigen product"); the original
//   Ingangsdatum is stored state, beyond level 2. The same day is allowed.

#include <fmt/format.h>

#include <string>

#include "ijw/model/values.hpp"
#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS003 final : public RuleFor<CS003, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CS003", Level::Inhoud, "0001",
                                 "Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de "
                                 "Begindatum (of Ingangsdatum) van de aangeduide periode."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& contacts = bericht.Client.Contactgegevens.Contact;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
      check(contacts[i], fmt::format("/Bericht/Client/Contactgegevens/Contact[{}]", i + 1), reporter);
    }
    if (bericht.Client.Relaties) {
      const auto& relaties = bericht.Client.Relaties->Relatie;
      for (std::size_t i = 0; i < relaties.size(); ++i) {
        check(relaties[i].Contact, fmt::format("/Bericht/Client/Relaties/Relatie[{}]/Contact", i + 1), reporter);
      }
    }
    omvang::check_each(bericht, reporter, check_class);
  }
  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class);
  }

 private:
  static bool ends_before(const model::basis::LDT_Datum& end, const model::basis::LDT_Datum& begin) {
    const auto end_date = model::to_date(end);
    const auto begin_date = model::to_date(begin);
    return end_date && begin_date && *end_date < *begin_date;
  }

  static void check(const model::jw301::Contact& contact, const std::string& path, const Reporter& reporter) {
    if (!contact.Periode || !contact.Periode->Begindatum || !contact.Periode->Einddatum) return;
    const auto& periode = *contact.Periode;
    if (ends_before(*periode.Einddatum, *periode.Begindatum)) {
      reporter.report(path + "/Periode/Einddatum", contact.where,
                      fmt::format("Einddatum {} van de Periode ligt voor Begindatum {}",
                                  omvang::shown(periode.Einddatum->text), omvang::shown(periode.Begindatum->text)));
    }
  }

  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    if (c.end && ends_before(*c.end, c.begin)) {
      reporter.report(c.at(c.end_name), c.where,
                      fmt::format("{} {} ligt voor {} {}", c.end_name, omvang::shown(c.end->text), c.begin_name,
                                  omvang::shown(c.begin.text)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS003() { return std::make_unique<CS003>(); }

}  // namespace ijw::rules
