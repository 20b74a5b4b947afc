// CD066 (0001): "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, dan
// is Naamverwijzer leeg." (JW315 AangevraagdProduct.Verwijzer Naam)
//
// Per AangevraagdProduct: a zorgverlener-verwijzer (Type 02-05) identified by ZorgverlenerCode carries
// no Naam. CD067 is the other half (no ZorgverlenerCode, then Naam).

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD066 final : public RuleFor<CD066, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CD066", Level::Inhoud, "0001",
                                 "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, "
                                 "dan is Naamverwijzer leeg."};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& verwijzer = producten[i].Verwijzer;
      if (client::is_zorgverlener(verwijzer.Type.text) && verwijzer.ZorgverlenerCode && verwijzer.Naam) {
        reporter.report(
            fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]/Verwijzer/Naam", i + 1),
            verwijzer.where,
            fmt::format("Verwijzer met Type {} en ZorgverlenerCode {} heeft ook Naam {}; dan Naam leeg laten",
                        verwijzer.Type.text, verwijzer.ZorgverlenerCode->text, verwijzer.Naam->text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD066() { return std::make_unique<CD066>(); }

}  // namespace ijw::rules
