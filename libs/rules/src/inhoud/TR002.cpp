// TR002 (0001): "Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum
// onbekend is." (JW301, JW305, JW307, JW315: Client/Geboortedatum)
//
// Checks Client.Geboortedatum.Datum >= Dagtekening minus 120 years (the day exactly 120 years back passes),
// unless the date is unknown: DatumGebruik 3 with Datum 1900-01-01 (COD170; CS139 ties the two together).
// Relatie.Geboortedatum (JW301) is not checked: the rule file names the client's birth date and the
// informatiemodel hangs only TR134 on Relatie.Geboortedatum. A partly unknown date (DatumGebruik 1 or 2) is
// compared as sent, YYYY-MM-01 or YYYY-01-01, as the rule's text does not exempt it.

#include <fmt/format.h>

#include "ijw/model/values.hpp"
#include "rules.hpp"
#include "structuur_support.hpp"

namespace ijw::rules {
namespace {

class TR002 final : public RuleFor<TR002, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"TR002", Level::Inhoud, "0001",
                                 "Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij "
                                 "Geboortedatum onbekend is."};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
    const auto& geboortedatum = bericht.Client.Geboortedatum;
    if (onbekend(geboortedatum)) return;
    const auto limit = structuur::years_before(dagtekening, std::chrono::years{120});
    const auto born = model::to_date(geboortedatum.Datum);
    if (limit && born && std::chrono::sys_days(*born) < *limit) {
      reporter.report("/Bericht/Client/Geboortedatum/Datum", geboortedatum.where,
                      fmt::format("Geboortedatum {} ligt meer dan 120 jaar voor Dagtekening {}",
                                  geboortedatum.Datum.text, dagtekening.text));
    }
  }

 private:
  static bool onbekend(const model::basis::CDT_Geboortedatum& geboortedatum) {
    const auto datum = model::to_date(geboortedatum.Datum);
    return geboortedatum.DatumGebruik && geboortedatum.DatumGebruik->text == "3" && datum &&
           *datum == std::chrono::year_month_day{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR002() { return std::make_unique<TR002>(); }

}  // namespace ijw::rules
