// CS318 (0001): "NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen." (JW301 Client.Naam)
//
// Only the client's Naam: the client is always a natural person. A Relatie (a gezagsdrager may be an
// instelling) may still use 6 under CS050.

#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS318 final : public RuleFor<CS318, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CS318", Level::Inhoud, "0001",
                                 "NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& naam = bericht.Client.Naam;
    if (naam.NaamGebruik.text == "6") {
      reporter.report("/Bericht/Client/Naam/NaamGebruik", naam.where,
                      "NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor de client");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS318() { return std::make_unique<CS318>(); }

}  // namespace ijw::rules
