// CS139 (0001): "Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn."
// (JW301 Client and Relatie, JW305, JW307, JW315: Geboortedatum/DatumGebruik)
//
// DatumGebruik (COD170) says which part of Datum is unknown; the unknown part must then hold its placeholder:
//   1 dag onbekend                 Datum YYYY-MM-01
//   2 dag en maand onbekend        Datum YYYY-01-01
//   3 dag, maand en jaar onbekend  Datum 1900-01-01
// Without DatumGebruik the full date is known and any Datum agrees. JW317 has no Geboortedatum.

#include <fmt/format.h>

#include <type_traits>

#include "ijw/model/values.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

// What Datum should look like for the DatumGebruik, or nullopt when it agrees.
std::optional<std::string_view> disagreement(const model::basis::CDT_Geboortedatum& geboortedatum) {
  if (!geboortedatum.DatumGebruik) return std::nullopt;
  const auto datum = model::to_date(geboortedatum.Datum);
  if (!datum) return std::nullopt;
  const auto& gebruik = geboortedatum.DatumGebruik->text;
  const bool first_day = datum->day() == std::chrono::day{1};
  const bool first_month = datum->month() == std::chrono::January;
  if (gebruik == "1" && !first_day) return "dag onbekend: de dag moet 01 zijn";
  if (gebruik == "2" && !(first_day && first_month)) return "dag en maand onbekend: Datum moet JJJJ-01-01 zijn";
  if (gebruik == "3" && !(first_day && first_month && datum->year() == std::chrono::year{1900})) {
    return "geboortedatum onbekend: Datum moet 1900-01-01 zijn";
  }
  return std::nullopt;
}

void check_geboortedatum(const model::basis::CDT_Geboortedatum& geboortedatum, std::string_view path,
                         const Reporter& reporter) {
  if (const auto expected = disagreement(geboortedatum)) {
    reporter.report(fmt::format("{}/DatumGebruik", path), geboortedatum.where,
                    fmt::format("DatumGebruik {} past niet bij Datum {} ({})", geboortedatum.DatumGebruik->text,
                                geboortedatum.Datum.text, *expected));
  }
}

class CS139 final : public RuleFor<CS139, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CS139", Level::Inhoud, "0001",
                                 "Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming "
                                 "moeten zijn."};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    check_geboortedatum(bericht.Client.Geboortedatum, "/Bericht/Client/Geboortedatum", reporter);
    if constexpr (std::is_same_v<Bericht, model::jw301::Bericht>) {
      if (!bericht.Client.Relaties) return;
      const auto& relaties = bericht.Client.Relaties->Relatie;
      for (std::size_t i = 0; i < relaties.size(); ++i) {
        if (relaties[i].Geboortedatum) {
          check_geboortedatum(*relaties[i].Geboortedatum,
                              fmt::format("/Bericht/Client/Relaties/Relatie[{}]/Geboortedatum", i + 1), reporter);
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS139() { return std::make_unique<CS139>(); }

}  // namespace ijw::rules
