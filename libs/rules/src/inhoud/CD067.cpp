// CD067 (0001): "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is leeg, dan is
// Naamverwijzer gevuld." (JW315 AangevraagdProduct.Verwijzer Naam)
//
// Per AangevraagdProduct: a zorgverlener-verwijzer (Type 02-05) without ZorgverlenerCode must be named.
// CD066 is the other half (ZorgverlenerCode, then no Naam).

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD067 final : public RuleFor<CD067, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CD067", Level::Inhoud, "0001",
                                 "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is leeg, "
                                 "dan is Naamverwijzer gevuld."};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& verwijzer = producten[i].Verwijzer;
      if (client::is_zorgverlener(verwijzer.Type.text) && !verwijzer.ZorgverlenerCode && !verwijzer.Naam) {
        reporter.report(
            fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]/Verwijzer/Naam", i + 1),
            verwijzer.where,
            fmt::format("Verwijzer met Type {} heeft geen ZorgverlenerCode en geen Naam; dan Naam vullen",
                        verwijzer.Type.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD067() { return std::make_unique<CD067>(); }

}  // namespace ijw::rules
