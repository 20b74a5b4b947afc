// CS050 (0001): "Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders
// waarde 1 of 6 vullen." (JW301 Client.Naam and Relatie.Naam)
//
// Checks the NaamGebruik of the client's Naam and of every Relatie's Naam (both CDT_VolledigeNaam).
// 5 is never allowed; 6 (Niet-natuurlijk persoon) only without Partnernaam. For the client CS318 also
// forbids 6.

#include <fmt/format.h>

#include "client_support.hpp"
#include "rules.hpp"

namespace ijw::rules {
namespace {

class CS050 final : public RuleFor<CS050, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{"CS050", Level::Inhoud, "0001",
                                 "Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders "
                                 "waarde 1 of 6 vullen."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    for (const auto& [naam, path] : client::namen(bericht)) {
      const auto& gebruik = naam.NaamGebruik.text;
      if (naam.Partnernaam) {
        if (gebruik == "1" || gebruik == "2" || gebruik == "3" || gebruik == "4") continue;
        reporter.report(path + "/NaamGebruik", naam.where,
                        fmt::format("NaamGebruik {} bij gevulde Partnernaam; verwacht 1, 2, 3 of 4", gebruik));
      } else {
        if (gebruik == "1" || gebruik == "6") continue;
        reporter.report(path + "/NaamGebruik", naam.where,
                        fmt::format("NaamGebruik {} zonder Partnernaam; verwacht 1 of 6", gebruik));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS050() { return std::make_unique<CS050>(); }

}  // namespace ijw::rules
