// CS058 (0001): "1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen."
// (JW305 StartProduct/StatusAanlevering, JW307 StopProduct/StatusAanlevering)
//
// StatusAanlevering (COD467) must be 1 or 3; the XSD still allows 2 (gewijzigde aanlevering) and 9 (niet van
// toepassing), which iJw 3.2 forbids: a correction is a delete (3) and a new aanlevering (1) (OP033x2, IV008).
// An enumeration of xs:string, so the exact text is compared.

#include <fmt/format.h>

#include "rules.hpp"

namespace ijw::rules {
namespace {

bool allowed(const model::basis::LDT_StatusAanlevering& status) { return status.text == "1" || status.text == "3"; }

class CS058 final : public RuleFor<CS058, model::jw305::Bericht, model::jw307::Bericht> {
 public:
  static constexpr RuleInfo info{"CS058", Level::Inhoud, "0001",
                                 "1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen."};

  void check_message(const model::jw305::Bericht& bericht, const Context&, const Reporter& reporter) const {
    check(bericht.Client.StartProducten.StartProduct, "/Bericht/Client/StartProducten/StartProduct", reporter);
  }

  void check_message(const model::jw307::Bericht& bericht, const Context&, const Reporter& reporter) const {
    check(bericht.Client.StopProducten.StopProduct, "/Bericht/Client/StopProducten/StopProduct", reporter);
  }

 private:
  template <class Class>
  static void check(const std::vector<Class>& classes, std::string_view path, const Reporter& reporter) {
    for (std::size_t i = 0; i < classes.size(); ++i) {
      if (!allowed(classes[i].StatusAanlevering)) {
        reporter.report(
            fmt::format("{}[{}]/StatusAanlevering", path, i + 1), classes[i].where,
            fmt::format("StatusAanlevering {} is niet toegestaan, alleen 1 of 3", classes[i].StatusAanlevering.text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS058() { return std::make_unique<CS058>(); }

}  // namespace ijw::rules
