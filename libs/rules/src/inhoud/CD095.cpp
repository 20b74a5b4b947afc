// CD095 (0001): "Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct
// groter dan 31-12-2020 of leeg is, dan leeg laten" (Omvang)
// Checks JW315 AangevraagdProduct.Omvang, the JW315 twin of CD080. "Code leeg" includes an absent Product
// (generiek), which has no Code either (ijw-spec §4.3).

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD095 final : public RuleFor<CD095, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CD095", Level::Inhoud, "0001",
                                 "Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het "
                                 "AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten"};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, omvang::check_omvang_leeg_zonder_code);
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD095() { return std::make_unique<CD095>(); }

}  // namespace ijw::rules
