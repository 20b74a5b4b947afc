// TR352 (0001): "Bij een verzoek om wijziging komt minstens 1 OngewijzigdProduct of TeWijzigenProduct voor."
// (JW317 Verzoek)
//
// The containers OngewijzigdeProducten and TeWijzigenProducten each hold 1..n classes when present (XSD), so
// the rule fails exactly when both are absent: a VOW must build on at least one existing toewijzing.

#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR352 final : public RuleFor<TR352, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR352", Level::Inhoud, "0001",
                                 "Bij een verzoek om wijziging komt minstens 1 OngewijzigdProduct of "
                                 "TeWijzigenProduct voor."};

  void check_message(const model::jw317::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& verzoek = bericht.Client.Verzoek;
    const std::size_t ongewijzigd =
        verzoek.OngewijzigdeProducten ? verzoek.OngewijzigdeProducten->OngewijzigdProduct.size() : 0;
    const std::size_t te_wijzigen =
        verzoek.TeWijzigenProducten ? verzoek.TeWijzigenProducten->TeWijzigenProduct.size() : 0;
    if (ongewijzigd + te_wijzigen == 0) {
      reporter.report("/Bericht/Client/Verzoek", verzoek.where,
                      "Verzoek bevat geen OngewijzigdProduct en geen TeWijzigenProduct");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR352() { return std::make_unique<TR352>(); }

}  // namespace ijw::rules
