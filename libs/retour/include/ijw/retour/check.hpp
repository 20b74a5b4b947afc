#pragma once
// The stateless half of answering a heenbericht: levels 1 and 2 and the clock (TR135), then the retour.
// `ijwctl check` and the golden tests run exactly this; the stateful pipeline adds level 3 around it.

#include <optional>
#include <string>
#include <string_view>

#include "ijw/retour/identificatie.hpp"
#include "ijw/rules/registry.hpp"
#include "ijw/validate/validator.hpp"

namespace ijw::retour {

struct CheckResult {
  validate::Report level1;            // errors when the bytes are not an XSD-valid message
  rules::Findings findings;           // of the first level that found any (IV032)
  std::optional<std::string> retour;  // the retourbericht; absent when level 1 failed

  bool accepted() const { return retour && findings.empty(); }
};

// Checks `bytes` as a heenbericht answered by a retour (JW301, JW305, JW307, JW315, JW317). Throws
// std::invalid_argument for an XSD-valid message that no retour answers (JW319 and the retours).
CheckResult check_heenbericht(std::string_view bytes, const rules::Context& context,
                              IdentificatieSource& identificaties, const validate::Validator& validator);

}  // namespace ijw::retour
