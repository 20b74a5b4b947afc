// TR383 (0001): "ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht."
// (JW315 AangevraagdProduct)
//
// ReferentieAanbieder (an xs:string, whitespace preserved) compares by exact text, as XSD compares its values.
// One finding per AangevraagdProduct that repeats an earlier one's ReferentieAanbieder. TR101 checks the same
// key (the logical key of AangevraagdProduct) under its own id; both rules lead to the same header-only 0001.

#include <fmt/format.h>

#include "rules.hpp"
#include "structuur_support.hpp"

namespace ijw::rules {
namespace {

class TR383 final : public RuleFor<TR383, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"TR383", Level::Inhoud, "0001",
                                 "ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht."};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    structuur::FirstSeen<std::string> seen;
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto& referentie = producten[i].ReferentieAanbieder.text;
      if (const auto earlier = seen.add(referentie, i)) {
        reporter.report(
            fmt::format("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[{}]/ReferentieAanbieder", i + 1),
            producten[i].where,
            fmt::format("ReferentieAanbieder {} komt ook voor in AangevraagdProduct[{}]", referentie, *earlier + 1));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR383() { return std::make_unique<TR383>(); }

}  // namespace ijw::rules
