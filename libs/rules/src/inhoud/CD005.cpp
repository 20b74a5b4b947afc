// CD005 (0001): "Als Postcode gevuld is, dan verplicht vullen, anders leeg laten." (JW301
// Contact.Adres LandCode)
//
// Checks the Adres of every Contact (of each Relatie and of the client's Contactgegevens) in both
// directions, as the rule says and the iStandaarden XSLT does (checkempty from either side): LandCode is
// required when Postcode is filled and must be absent when it is not, so a foreign Adres without a
// Postcode carries no LandCode either. A Contact without Adres has neither and passes.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD005 final : public RuleFor<CD005, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CD005", Level::Inhoud, "0001",
                                 "Als Postcode gevuld is, dan verplicht vullen, anders leeg laten."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [contact, path] : client::contacts(bericht)) {
      if (!contact.Adres) continue;
      const auto& adres = *contact.Adres;
      if (adres.Postcode && !adres.LandCode) {
        reporter.report(path + "/Adres/LandCode", adres.where,
                        fmt::format("LandCode ontbreekt terwijl Postcode {} gevuld is", adres.Postcode->text));
      } else if (!adres.Postcode && adres.LandCode) {
        reporter.report(path + "/Adres/LandCode", adres.where,
                        fmt::format("LandCode {} is gevuld terwijl Postcode ontbreekt; dan LandCode leeg laten",
                                    adres.LandCode->text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD005() { return std::make_unique<CD005>(); }

}  // namespace ijw::rules
