// CD096 (0001): "Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg
// laten" (Omvang)
// Checks JW317 NieuwProduct.Omvang, the JW317 twin of CD080. "Code leeg" includes an absent Product
// (generiek), which has no Code either (ijw-spec §4.3). TeWijzigenProduct carries no Product; there the
// stateful TR412/TR375 judge the Omvang against the stored toewijzing.

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD096 final : public RuleFor<CD096, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD096", Level::Inhoud, "0001",
                                 "Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, "
                                 "dan leeg laten"};

  void check_message(const model::jw317::Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, omvang::check_omvang_leeg_zonder_code, omvang::Jw317Classes::NieuweProducten);
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD096() { return std::make_unique<CD096>(); }

}  // namespace ijw::rules
