// CS343 (0001): "Indien eenheid de waarde 14, 16, 83 of 84 heeft en ToewijzingEinddatum is groter dan 31-12-2020
// of leeg, dan Frequentie vullen met waarde 2, 4 of 6"
// Checks JW315 AangevraagdProduct.Omvang against its ToewijzingEinddatum: the JW315 twin of CS338.

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS343 final : public RuleFor<CS343, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CS343", Level::Inhoud, "0001",
                                 "Indien eenheid de waarde 14, 16, 83 of 84 heeft en ToewijzingEinddatum is groter "
                                 "dan 31-12-2020 of leeg, dan Frequentie vullen met waarde 2, 4 of 6"};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, omvang::check_eenheid_frequentie);
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS343() { return std::make_unique<CS343>(); }

}  // namespace ijw::rules
