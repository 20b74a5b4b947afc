// CD075 (0001): "Verplicht vullen indien Budget gevuld is" (Einddatum)
// Checks JW301 ToegewezenProduct.Einddatum, JW315 AangevraagdProduct.ToewijzingEinddatum and JW317
// NieuwProduct.Einddatum and TeWijzigenProduct.Einddatum: a Budget needs an end date. The Toewijzingsvarianten
// document calls Einddatum optional for outputgerichte budget variants; CD075 wins (ijw-spec §5.5, §8.13).

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD075 final : public RuleFor<CD075, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD075", Level::Inhoud, "0001", "Verplicht vullen indien Budget gevuld is"};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class);
  }

 private:
  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    if (c.budget && !c.end) {
      reporter.report(c.at(c.end_name), c.where,
                      fmt::format("Budget {} is gevuld, maar {} ontbreekt", omvang::shown(c.budget->text), c.end_name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD075() { return std::make_unique<CD075>(); }

}  // namespace ijw::rules
