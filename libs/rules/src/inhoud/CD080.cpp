// CD080 (0001): "Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of
// leeg is, dan leeg laten" (Omvang)
// Checks JW301 ToegewezenProduct.Omvang. "Code leeg" includes an absent Product (generiek): it has no Code
// either (ijw-spec §4.3), so aspecifieke and generieke toewijzingen after 2020 carry no Omvang.

#include <fmt/format.h>

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
    for (const auto& c : omvang::toegewezen_producten(bericht)) {
      if (c.omvang && !omvang::code_filled(*c.product) && omvang::open_or_ends_after_2020(c.end)) {
        reporter.report(c.at("Omvang"), c.where,
                        fmt::format("{} en {}, dus Omvang moet leeg zijn; gevonden: {}", omvang::describe(*c.product),
                                    omvang::describe_end(c), omvang::describe(*c.omvang)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD080() { return std::make_unique<CD080>(); }

}  // namespace ijw::rules
