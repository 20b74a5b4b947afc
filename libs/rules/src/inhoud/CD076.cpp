// CD076 (0001): "Verplicht vullen indien Frequentie waarde 2 (per week)" (Einddatum)
// Checks JW301 ToegewezenProduct.Einddatum, JW315 AangevraagdProduct.ToewijzingEinddatum and JW317
// NieuwProduct.Einddatum and TeWijzigenProduct.Einddatum: an Omvang per week needs an end date.

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD076 final : public RuleFor<CD076, model::jw301::Bericht, model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CD076", Level::Inhoud, "0001",
                                 "Verplicht vullen indien Frequentie waarde 2 (per week)"};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    omvang::check_each(bericht, reporter, check_class);
  }

 private:
  static void check_class(const omvang::ProductClass& c, const Reporter& reporter) {
    // Frequentie is an xs:string enumeration: the XSD guarantees the exact text.
    if (c.omvang && c.omvang->Frequentie.text == "2" && !c.end) {
      reporter.report(
          c.at(c.end_name), c.where,
          fmt::format("Omvang is per week ({}), maar {} ontbreekt", omvang::describe(*c.omvang), c.end_name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD076() { return std::make_unique<CD076>(); }

}  // namespace ijw::rules
