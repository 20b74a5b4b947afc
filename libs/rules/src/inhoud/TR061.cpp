// TR061 (0001): "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01'
// (BRP-adres), '02' (Correspondentie-adres) of '03' (Verblijfadres) heeft." (JW301)
//
// Checks the client's own Contactgegevens only (not the contacts of its relaties). "Adres" is the old
// name of the berichtklasse Contact, whose Soort is the AdresSoort: a Contact with one of these Soorten
// counts whether or not it carries an Adres element (TR006 and CD034 govern its content).

#include <fmt/format.h>

#include <algorithm>

#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR061 final : public RuleFor<TR061, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"TR061", Level::Inhoud, "0001",
                                 "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' "
                                 "(BRP-adres), '02' (Correspondentie-adres) of '03' (Verblijfadres) heeft."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& gegevens = bericht.Client.Contactgegevens;
    const bool found = std::any_of(gegevens.Contact.begin(), gegevens.Contact.end(), [](const auto& contact) {
      return contact.Soort.text == "01" || contact.Soort.text == "02" || contact.Soort.text == "03";
    });
    if (found) return;
    std::string soorten;
    for (const auto& contact : gegevens.Contact) soorten += (soorten.empty() ? "" : ", ") + contact.Soort.text;
    reporter.report("/Bericht/Client/Contactgegevens", gegevens.where,
                    fmt::format("Contactgegevens bevat geen Contact met Soort 01, 02 of 03 (wel: {})", soorten));
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR061() { return std::make_unique<TR061>(); }

}  // namespace ijw::rules
