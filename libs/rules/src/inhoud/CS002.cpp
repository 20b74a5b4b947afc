// CS002 (0001): "De waarde moet voldoen aan de 11-proef." (JW301, JW305, JW307, JW315, JW317: Client/Bsn)
//
// The 11-proef of ijw-spec §6.1: s = 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be a multiple of 11. s ranges from
// -9 to 396, so the remainder is taken non-negatively. The XSD already guarantees nine ASCII digits; anything
// else fails here too. 000000000 passes the formula (s = 0) but is refused: it is the placeholder for "BSN
// unknown", never issued, and as the key of Client (and the scope of all stored state) it would merge
// unrelated clients. Test BSNs (999900006 ...) get no exception: they pass the 11-proef themselves.

#include <fmt/format.h>

#include "rules.hpp"

namespace ijw::rules {
namespace {

bool elfproef(std::string_view bsn) {
  if (bsn.size() != 9) return false;
  if (bsn == "000000000") return false;
  int sum = 0;
  for (std::size_t i = 0; i < bsn.size(); ++i) {
    const char c = bsn[i];
    if (c < '0' || c > '9') return false;
    const int weight = i == 8 ? -1 : static_cast<int>(9 - i);
    sum += weight * (c - '0');
  }
  return ((sum % 11) + 11) % 11 == 0;
}

class CS002 final : public RuleFor<CS002, model::jw301::Bericht, model::jw305::Bericht, model::jw307::Bericht,
                                   model::jw315::Bericht, model::jw317::Bericht> {
 public:
  static constexpr RuleInfo info{"CS002", Level::Inhoud, "0001", "De waarde moet voldoen aan de 11-proef."};

  template <class Bericht>
  void check_message(const Bericht& bericht, const Context&, const Reporter& reporter) const {
    const auto& client = bericht.Client;
    if (!elfproef(client.Bsn.text)) {
      reporter.report("/Bericht/Client/Bsn", client.where,
                      fmt::format("Bsn {} voldoet niet aan de 11-proef", client.Bsn.text));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CS002() { return std::make_unique<CS002>(); }

}  // namespace ijw::rules
