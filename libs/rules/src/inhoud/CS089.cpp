// CS089 (0001): "Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat
// van een Nederlandse postcode." (JW301 Contact.Adres Postcode)
//
// Checks the Adres of every Contact (of each Relatie and of the client's Contactgegevens) with LandCode
// NL and a Postcode: the Postcode must be four digits, the first not 0, then two letters, with nothing
// in between or around ("1234AB"; lowercase letters allowed), the pattern 1000ZZ of the iStandaarden
// XSLT. The text is taken exactly as received: "1234 AB" is refused. A missing Postcode with LandCode
// NL is CD005's finding, not this one's: the constraint is on the format of a Postcode that is there.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

bool is_dutch_postcode(std::string_view text) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  return text.size() == 6 && text[0] >= '1' && text[0] <= '9' && digit(text[1]) && digit(text[2]) && digit(text[3]) &&
         letter(text[4]) && letter(text[5]);
}

class CS089 final : public RuleFor<CS089, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CS089", Level::Inhoud, "0001",
                                 "Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met "
                                 "dat van een Nederlandse postcode."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [contact, path] : client::contacts(bericht)) {
      if (!contact.Adres) continue;
      const auto& adres = *contact.Adres;
      if (!adres.LandCode || adres.LandCode->text != "NL" || !adres.Postcode) continue;
      if (is_dutch_postcode(adres.Postcode->text)) continue;
      reporter.report(path + "/Adres/Postcode", adres.where,
                      fmt::format("Postcode '{}' is geen Nederlandse postcode bij LandCode NL; verwacht vier cijfers "
                                  "(eerste niet 0) en twee letters zonder spatie, zoals 1234AB",
                                  adres.Postcode->text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS089() { return std::make_unique<CS089>(); }

}  // namespace ijw::rules
