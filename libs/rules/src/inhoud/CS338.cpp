// CS338 (0001): "Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of leeg is,
// dan Frequentie vullen met de waarde 2 , 4 of 6"
// Checks the Omvang of JW301 ToegewezenProduct and of JW317 NieuwProduct and TeWijzigenProduct, each against
// its own class's Einddatum. So Frequentie 1 (per dag) goes only with Eenheid 01, 04 or 82. JW315 has the
// same condition as CS343.

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS338 final : public RuleFor<CS338, model::jw301::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CS338", Level::Inhoud, "0001",
                                 "Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 "
                                 "of leeg is, dan Frequentie vullen met de waarde 2 , 4 of 6"};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, omvang::check_eenheid_frequentie);
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS338() { return std::make_unique<CS338>(); }

}  // namespace ijw::rules
