// CD068 (0001): "Als type verwijzer ongelijk is aan 02, 03, 04 of 05, dan is ZorgverlenerCode leeg."
// (JW315 AangevraagdProduct.Verwijzer ZorgverlenerCode)
//
// Per AangevraagdProduct: only a zorgverlener-verwijzer (Type 02-05) may carry a ZorgverlenerCode; a
// Gemeente (01), Zelfverwijzer (06) or Justitie (08) does not. Their Naam is free either way.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD068 final : public RuleFor<CD068, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CD068", Level::Inhoud, "0001",
                                 "Als type verwijzer ongelijk is aan 02, 03, 04 of 05, dan is ZorgverlenerCode leeg."};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& verwijzer = producten[i].Verwijzer;
      if (!client::is_zorgverlener(verwijzer.Type.text) && verwijzer.ZorgverlenerCode) {
        reporter.report(
            fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]/Verwijzer/ZorgverlenerCode",
                        i + 1),
            verwijzer.where,
            fmt::format("Verwijzer met Type {} heeft ZorgverlenerCode {}; alleen toegestaan bij Type 02, 03, 04 of 05",
                        verwijzer.Type.text, verwijzer.ZorgverlenerCode->text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD068() { return std::make_unique<CD068>(); }

}  // namespace ijw::rules
