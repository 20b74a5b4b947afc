// TR006 (0001): "De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en
// Postcode bevatten." (JW301)
//
// Checks every Contact: that of each Relatie and those of the client's Contactgegevens. The rule text
// names the berichtklasse Contact in general, and the JW301 uses that one class for both; OP130 only
// explains why the relatie must be reachable (ijw-spec §4.2 Level 2). Huis and Postcode count only
// together, inside the Contact's Adres.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR006 final : public RuleFor<TR006, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{
      "TR006", Level::Inhoud, "0001",
      "De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [contact, path] : client::contacts(bericht)) {
      if (contact.Telefoon) continue;
      const bool huis = contact.Adres && contact.Adres->Huis;
      const bool postcode = contact.Adres && contact.Adres->Postcode;
      if (huis && postcode) continue;
      reporter.report(
          path, contact.where,
          fmt::format("Contact met Soort {} heeft geen Telefoon en geen Adres met Huis en Postcode "
                      "(Huis {}, Postcode {})",
                      contact.Soort.text, huis ? "aanwezig" : "ontbreekt", postcode ? "aanwezig" : "ontbreekt"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR006() { return std::make_unique<TR006>(); }

}  // namespace ijw::rules
