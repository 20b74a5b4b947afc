// CD009 (0001): "Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan."
// (JW301 Contact.Periode)
//
// Checks every Contact (of each Relatie and of the client's Contactgegevens): a Periode is allowed only
// when Soort is 04 (Tijdelijk verblijfadres). A Soort 04 without Periode is allowed.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD009 final : public RuleFor<CD009, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CD009", Level::Inhoud, "0001",
                                 "Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [contact, path] : client::contacts(bericht)) {
      if (contact.Periode && contact.Soort.text != "04") {
        reporter.report(path + "/Periode", contact.Periode->where,
                        fmt::format("Periode is gevuld bij Contact met Soort {}; alleen toegestaan bij Soort 04 "
                                    "(tijdelijk verblijfadres)",
                                    contact.Soort.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD009() { return std::make_unique<CD009>(); }

}  // namespace ijw::rules
