// CD041 (0001): "Indien Code in Product gevuld is, verplicht vullen." (Omvang)
// Checks JW301 ToegewezenProduct, JW315 AangevraagdProduct and JW317 NieuwProduct: a Product with a Code
// (specifiek) needs an Omvang. JW317 TeWijzigenProduct carries no Product; there the stateful TR411 judges
// the Omvang against the stored toewijzing's Code.

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD041 final : public RuleFor<CD041, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD041", Level::Inhoud, "0001", "Indien Code in Product gevuld is, verplicht vullen."};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class, omvang::Jw317Classes::NieuweProducten);
  }

 private:
  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    if (omvang::code_filled(*c.product) && !c.omvang) {
      reporter.report(
          c.at("Omvang"), c.where,
          fmt::format("{} is specifiek (Code gevuld), maar Omvang ontbreekt", omvang::describe(*c.product)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD041() { return std::make_unique<CD041>(); }

}  // namespace ijw::rules
