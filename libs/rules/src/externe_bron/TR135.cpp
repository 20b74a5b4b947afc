// TR135 (8848, Header): "Vullen met een bestaande datum die niet in de toekomst ligt." The Dagtekening of
// a heenbericht must not lie after the receiver's date (Europe/Amsterdam) at receipt.

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "rules.hpp"
#include "ijw/model/values.hpp"

namespace ijw::rules {
namespace {

class TR135 final : public RuleFor<TR135, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR135", Level::ExterneBron, "8848",
                                 "Vullen met een bestaande datum die niet in de toekomst ligt."};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& identificatie = bericht.Header.BerichtIdentificatie;
    const auto dagtekening = model::to_date(identificatie.Dagtekening);
    if (dagtekening && *dagtekening > context.today) {
      reporter.report("/Bericht/Header/BerichtIdentificatie/Dagtekening", identificatie.where,
                      fmt::format("Dagtekening {} ligt na de datum van ontvangst {}", identificatie.Dagtekening.text,
                                  fmt::format("{:%F}", std::chrono::sys_days(context.today))));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR135() { return std::make_unique<TR135>(); }

}  // namespace ijw::rules
