// TR353 (0001): "Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct voor."
// (JW317 Verzoek)
//
// The containers TeWijzigenProducten and NieuweProducten each hold 1..n classes when present (XSD), so the
// rule fails exactly when both are absent: a VOW that changes nothing is no verzoek om wijziging.

#include "rules.hpp"

namespace ijw::rules {
namespace {

class TR353 final : public RuleFor<TR353, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR353", Level::Inhoud, "0001",
                                 "Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct "
                                 "voor."};

  void check_message(const model::jw317::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& verzoek = bericht.Client.Verzoek;
    const std::size_t te_wijzigen =
        verzoek.TeWijzigenProducten ? verzoek.TeWijzigenProducten->TeWijzigenProduct.size() : 0;
    const std::size_t nieuw = verzoek.NieuweProducten ? verzoek.NieuweProducten->NieuwProduct.size() : 0;
    if (te_wijzigen + nieuw == 0) {
      reporter.report("/Bericht/Client/Verzoek", verzoek.where,
                      "Verzoek bevat geen TeWijzigenProduct en geen NieuwProduct");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR353() { return std::make_unique<TR353>(); }

}  // namespace ijw::rules
