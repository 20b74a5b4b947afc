#include "ijw/retour/check.hpp"

#include <stdexcept>

#include "ijw/model/model.hpp"
#include "ijw/retour/compose.hpp"

namespace ijw::retour {

CheckResult check_heenbericht(std::string_view bytes, const rules::Context& context,
                              IdentificatieSource& identificaties, const validate::Validator& validator) {
  CheckResult result{validator.validate(bytes), {}, std::nullopt};
  if (!result.level1.valid()) return result;
  const schema::Message& message = *result.level1.message;
  if (message.retour.empty()) {
    throw std::invalid_argument(message.id + " is not a heenbericht that a retourbericht answers");
  }
  const auto bericht = model::parse_any(*result.level1.document, message);
  // IV032: the levels are checked in order; a failure at one level means the next is not run.
  const auto& registry = rules::standard_rules();
  result.findings = registry.check(rules::Level::Inhoud, message.id, bericht, context);
  if (result.findings.empty()) {
    result.findings = registry.check(rules::Level::ExterneBron, message.id, bericht, context);
  }
  result.retour = compose(validator.schema(), message, *result.level1.document, result.findings,
                          {identificaties.next(message.retour), context.today});
  return result;
}

}  // namespace ijw::retour
