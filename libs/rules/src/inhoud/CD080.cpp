// CD080 (0001): "Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of
// leeg is, dan leeg laten" (Omvang)
// Checks JW301 ToegewezenProduct.Omvang. "Code leeg" includes an absent Product (generiek): it has no Code
// either (ijw-spec §4.3), so aspecifieke and generieke toewijzingen after 2020 carry no Omvang.

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD080 final : public RuleFor<CD080, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CD080", Level::Inhoud, "0001",
                                 "Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan "
                                 "31-12-2020 of leeg is, dan leeg laten"};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, omvang::check_omvang_leeg_zonder_code);
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD080() { return std::make_unique<CD080>(); }

}  // namespace ijw::rules
