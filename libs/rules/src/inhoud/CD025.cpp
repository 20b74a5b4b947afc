// CD025 (0001): "Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen." (JW301
// Contact.Adres Huis)
//
// Checks the Adres of every Contact (of each Relatie and of the client's Contactgegevens): with LandCode
// NL the Adres must contain Huis. Without LandCode, or with another one, Huis is optional.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD025 final : public RuleFor<CD025, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CD025", Level::Inhoud, "0001",
                                 "Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [contact, path] : client::contacts(bericht)) {
      if (!contact.Adres) continue;
      const auto& adres = *contact.Adres;
      if (adres.LandCode && adres.LandCode->text == "NL" && !adres.Huis) {
        reporter.report(path + "/Adres/Huis", adres.where,
                        fmt::format("Huis ontbreekt in het Adres van Contact met Soort {} terwijl LandCode NL is",
                                    contact.Soort.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD025() { return std::make_unique<CD025>(); }

}  // namespace ijw::rules
