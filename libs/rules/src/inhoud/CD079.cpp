// CD079 (0001): "Indien Budget leeg is, dan verplicht vullen" (Product)
// Checks JW301 ToegewezenProduct, JW315 AangevraagdProduct and JW317 NieuwProduct: without a Budget the
// class needs a Product, so a generieke toewijzing (no Product) always has a Budget. JW317 TeWijzigenProduct
// has no Product element (its product is the toewijzing's, IV092), so the rule does not apply to it.

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD079 final : public RuleFor<CD079, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD079", Level::Inhoud, "0001", "Indien Budget leeg is, dan verplicht vullen"};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class, omvang::Jw317Classes::NieuweProducten);
  }

 private:
  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    if (!c.budget && !*c.product) {
      reporter.report(c.at("Product"), c.where,
                      "Budget is leeg, dus Product is verplicht (een generiek product zonder Product vraagt een "
                      "Budget)");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD079() { return std::make_unique<CD079>(); }

}  // namespace ijw::rules
