// CD007 (0001): "Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders
// leeglaten." (JW301 Client.Communicatie Taal)
//
// Taal is required when Vorm is 1 (Tolk taal) and must be absent for 2 (Doventolk) and 3
// (Doofblindentolk). Only the client has a Communicatie in the JW301. Without Communicatie there is
// nothing to check.

#include <fmt/format.h>

#include "rules.hpp"

namespace ijw::rules {
namespace {

class CD007 final : public RuleFor<CD007, model::jw301::Bericht> {
 public:
  static constexpr RuleInfo info{
      "CD007", Level::Inhoud, "0001",
      "Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten."};

  void check_message(const model::jw301::Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& communicatie = bericht.Client.Communicatie;
    if (!communicatie) return;
    const bool tolk_taal = communicatie->Vorm.text == "1";
    if (tolk_taal && !communicatie->Taal) {
      reporter.report("/Bericht/Client/Communicatie/Taal", communicatie->where,
                      "Taal ontbreekt terwijl Communicatie Vorm 1 (tolk taal) is");
    } else if (!tolk_taal && communicatie->Taal) {
      reporter.report("/Bericht/Client/Communicatie/Taal", communicatie->where,
                      fmt::format("Taal {} is gevuld terwijl Communicatie Vorm {} is; alleen bij Vorm 1 (tolk taal)",
                                  communicatie->Taal->text, communicatie->Vorm.text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CD007() { return std::make_unique<CD007>(); }

}  // namespace ijw::rules
