// CD095 (0001): "Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct
// groter dan 31-12-2020 of leeg is, dan leeg laten" (Omvang)
// Checks JW315 AangevraagdProduct.Omvang, the JW315 twin of CD080. "Code leeg" includes an absent Product
// (generiek), which has no Code either (ijw-spec §4.3).

#include <fmt/format.h>

#include "omvang_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD095 final : public RuleFor<CD095, model::jw315::Bericht> {
 public:
  static constexpr RuleInfo info{"CD095", Level::Inhoud, "0001",
                                 "Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het "
                                 "AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten"};

  void check_message(const model::jw315::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& c : omvang::aangevraagde_producten(bericht)) {
      if (c.omvang && !omvang::code_filled(*c.product) && omvang::open_or_ends_after_2020(c.end)) {
        reporter.report(c.at("Omvang"), c.where,
                        fmt::format("{} en {}, dus Omvang moet leeg zijn; gevonden: {}", omvang::describe(*c.product),
                                    omvang::describe_end(c), omvang::describe(*c.omvang)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD095() { return std::make_unique<CD095>(); }

}  // namespace ijw::rules
