// TR350 (9350, JW317 OngewijzigdProduct): "Ieder OngewijzigdProduct in een verzoek om wijziging bericht is
// gerelateerd aan een actueel toegewezen product op basis van het ToewijzingNummer." The number must name a
// toewijzing of the scope that is actueel on the VOW's Dagtekening, as for TR349.

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR350 final : public RuleFor<TR350, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR350", Level::Berichtoverstijgend, "9350",
                                 "Ieder OngewijzigdProduct in een verzoek om wijziging bericht is gerelateerd aan "
                                 "een actueel toegewezen product op basis van het ToewijzingNummer."};

  void check_message(const model::jw317::Bericht& bericht, const Context& context, const Reporter& reporter) const {
    const auto& stored = working_state(context, info.id).stored();
    const auto dagtekening = state::date_of(bericht.Header.BerichtIdentificatie.Dagtekening);
    const auto& producten = ongewijzigde_producten(bericht);
    for (std::size_t i = 0; i < producten.size(); ++i) {
      const auto nummer = text_of(producten[i].ToewijzingNummer);
      const auto why = why_not_actueel(stored, nummer, dagtekening);
      if (why.empty()) continue;
      reporter.report(ongewijzigd_product_path(i + 1) + "/ToewijzingNummer", producten[i].where,
                      fmt::format("toewijzing {} {}; een OngewijzigdProduct moet een actuele toewijzing van deze "
                                  "client bij deze aanbieder zijn",
                                  nummer, why),
                      producten[i].where);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR350() { return std::make_unique<TR350>(); }

}  // namespace ijw::rules
