// CD034 (0001): "Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht
// vullen." (JW301 Contact.Adres Postcode)
//
// Checks every Contact (of each Relatie and of the client's Contactgegevens) with Soort 01 or 03 that
// has an Adres: that Adres must contain a Postcode. The condition sits on Postcode inside the CDT Adres,
// not on Adres itself, which stays optional; a Contact without Adres is not checked (the iStandaarden
// XSLT likewise only looks inside an existing Adres). TR006 still requires such a Contact to have a
// Telefoon.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD034 final : public RuleFor<CD034, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{
      "CD034", Level::Inhoud, "0001",
      "Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [contact, path] : client::contacts(bericht)) {
      const bool brp_of_verblijf = contact.Soort.text == "01" || contact.Soort.text == "03";
      if (!brp_of_verblijf || !contact.Adres || contact.Adres->Postcode) continue;
      reporter.report(path + "/Adres/Postcode", contact.Adres->where,
                      fmt::format("Postcode ontbreekt in het Adres van Contact met Soort {} ({})", contact.Soort.text,
                                  contact.Soort.text == "01" ? "BRP-adres" : "verblijfadres"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD034() { return std::make_unique<CD034>(); }

}  // namespace ijw::rules
