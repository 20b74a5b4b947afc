// CD078 (0001): "Indien Omvang gevuld is, dan leeg laten" (Budget)
// Checks JW301 ToegewezenProduct, JW315 AangevraagdProduct and JW317 NieuwProduct and TeWijzigenProduct:
// Omvang and Budget never go together (the twin of CD077, reported on Budget).

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD078 final : public RuleFor<CD078, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD078", Level::Inhoud, "0001", "Indien Omvang gevuld is, dan leeg laten"};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class);
  }

 private:
  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    if (c.omvang && c.budget) {
      reporter.report(c.at("Budget"), c.where,
                      fmt::format("Omvang is gevuld ({}), dus Budget moet leeg zijn; gevonden: Budget {}",
                                  omvang::describe(*c.omvang), omvang::shown(c.budget->text)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD078() { return std::make_unique<CD078>(); }

}  // namespace ijw::rules
