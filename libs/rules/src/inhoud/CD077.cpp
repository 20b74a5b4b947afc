// CD077 (0001): "Indien Budget gevuld is, dan leeg laten" (Omvang)
// Checks JW301 ToegewezenProduct, JW315 AangevraagdProduct and JW317 NieuwProduct and TeWijzigenProduct:
// Budget and Omvang never go together. Its twin CD078 reports the same class on Budget, so a class with
// both gets one finding of each rule, as the standard has two conditions.

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD077 final : public RuleFor<CD077, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD077", Level::Inhoud, "0001", "Indien Budget gevuld is, dan leeg laten"};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class);
  }

 private:
  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    if (c.budget && c.omvang) {
      reporter.report(c.at("Omvang"), c.where,
                      fmt::format("Budget {} is gevuld, dus Omvang moet leeg zijn; gevonden: {}",
                                  omvang::shown(c.budget->text), omvang::describe(*c.omvang)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD077() { return std::make_unique<CD077>(); }

}  // namespace ijw::rules
