// TR134 (0001): "Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bericht."
// (JW301, JW305, JW307, JW315)
//
// The rule file names no element (ijw-spec §4.2, §8.10). It is checked on the dates that record something
// that has already happened when the message is made, so a date after the Dagtekening cannot be true:
//   all four        Client/Geboortedatum/Datum
//   JW301           Relatie/Geboortedatum/Datum (the informatiemodel hangs TR134 on Relatie.Geboortedatum),
//                   ToegewezenProduct/Toewijzingsdatum (the moment the toewijzing was determined, IV013)
//   JW305           StartProduct/Begindatum (the actual start of delivery, reported afterwards: OP011)
//   JW307           StopProduct/Einddatum (the actual end of delivery, reported afterwards)
// Dates that describe the future are left alone: Ingangsdatum and Einddatum of a toewijzing, the requested
// periods of JW315, ToewijzingIngangsdatum and BeschikkingIngangsdatum. The Dagtekening itself passes.

#include <fmt/format.h>

#include "ijw/model/values.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR134 final : public RuleFor<TR134, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"TR134", Level::Inhoud, "0001",
                                 "Vullen met een bestaande datum die niet groter is dan de Dagtekening van het "
                                 "bericht."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const Check check{bericht.Header.BerichtIdentificatie.Dagtekening, reporter};
    check.geboortedatum(bericht.Client.Geboortedatum, "/Bericht/Client/Geboortedatum/Datum");
    if (bericht.Client.Relaties) {
      const auto& relaties = bericht.Client.Relaties->Relatie;
      for (std::size_t i = 0; i < relaties.size(); ++i) {
        if (relaties[i].Geboortedatum) {
          check.geboortedatum(*relaties[i].Geboortedatum,
                              fmt::format("/Bericht/Client/Relaties/Relatie[{}]/Geboortedatum/Datum", i + 1));
        }
      }
    }
    const auto& producten = bericht.Client.ToegewezenProducten.ToegewezenProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      check.date(producten[i].Toewijzingsdatum,
                 fmt::format("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{}]/Toewijzingsdatum", i + 1),
                 producten[i].where, "Toewijzingsdatum");
    }
  }

  void check_message(const model::jw305::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const Check check{bericht.Header.BerichtIdentificatie.Dagtekening, reporter};
    check.geboortedatum(bericht.Client.Geboortedatum, "/Bericht/Client/Geboortedatum/Datum");
    const auto& starts = bericht.Client.StartProducten.StartProduct;
    for (std::size_t i = 0; i < starts.size(); ++i) {
      check.date(starts[i].Begindatum, fmt::format("/Bericht/Client/StartProducten/StartProduct[{}]/Begindatum", i + 1),
                 starts[i].where, "Begindatum");
    }
  }

  void check_message(const model::jw307::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const Check check{bericht.Header.BerichtIdentificatie.Dagtekening, reporter};
    check.geboortedatum(bericht.Client.Geboortedatum, "/Bericht/Client/Geboortedatum/Datum");
    const auto& stops = bericht.Client.StopProducten.StopProduct;
    for (std::size_t i = 0; i < stops.size(); ++i) {
      check.date(stops[i].Einddatum, fmt::format("/Bericht/Client/StopProducten/StopProduct[{}]/Einddatum", i + 1),
                 stops[i].where, "Einddatum");
    }
  }

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const Check check{bericht.Header.BerichtIdentificatie.Dagtekening, reporter};
    check.geboortedatum(bericht.Client.Geboortedatum, "/Bericht/Client/Geboortedatum/Datum");
  }

 private:
  // Reports a date after the Dagtekening of one message.
  struct Check {
    const model::basis::LDT_Datum& dagtekening;
    const Reporter& reporter;

    void date(const model::basis::LDT_Datum& value, std::string path, xml::Position where,
              std::string_view name) const {
      const auto day = model::to_date(value);
      const auto limit = model::to_date(dagtekening);
      if (day && limit && *day > *limit) {
        reporter.report(std::move(path), where,
                        fmt::format("{} {} ligt na Dagtekening {}", name, value.text, dagtekening.text));
      }
    }

    void geboortedatum(const model::basis::CDT_Geboortedatum& geboortedatum, std::string path) const {
      date(geboortedatum.Datum, std::move(path), geboortedatum.where, "Geboortedatum");
    }
  };
};

}  // namespace

std::unique_ptr<Rule> make_TR134() { return std::make_unique<TR134>(); }

}  // namespace ijw::rules
