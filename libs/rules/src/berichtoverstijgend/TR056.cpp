// TR056 (9056, Header): "Identificatie moet per berichtsoort uniek zijn voor de verzendende partij." The store
// answers whether an earlier message of the same Afzender and BerichtCode had this Identificatie
// (Snapshot::identificatie_in_gebruik; Dagtekening is no part of the key). A Header error: the retour holds only
// the Header with 9056.

#include <fmt/format.h>

#include "rules.hpp"
#include "support.hpp"

namespace ijw::rules {
namespace {

using namespace berichtoverstijgend;

class TR056 final : public RuleFor<TR056, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"TR056", Level::Berichtoverstijgend, "9056",
                                 "Identificatie moet per berichtsoort uniek zijn voor de verzendende partij."};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context& context, const Reporter& reporter) const {
    if (!working_state(context, info.id).stored().identificatie_in_gebruik) return;
    const auto& identificatie = bericht.Header.BerichtIdentificatie;
    reporter.report("/Bericht/Header/BerichtIdentificatie/Identificatie", identificatie.where,
                    fmt::format("Identificatie {} is al gebruikt in een eerder {}-bericht van deze afzender",
                                model::collapse_whitespace(identificatie.Identificatie.text),
                                model::Traits<Bericht>::id));
  }
};

}  // namespace

std::unique_ptr<Rule> make_TR056() { return std::make_unique<TR056>(); }

}  // namespace ijw::rules
