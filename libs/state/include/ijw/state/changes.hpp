#pragma once
// Reading a heenbericht as state: whose state it is about and what it changes when accepted.

#include <string>
#include <vector>

#include "ijw/model/model.hpp"
#include "ijw/state/state.hpp"

namespace ijw::state {

// The scope of a heenbericht (JW301, JW305, JW307, JW315, JW317). Throws std::invalid_argument for any
// other message.
Scope scope_of(const model::AnyBericht& bericht);

// What the message changes when accepted: StatusAanlevering 3 deletes the class with the same logical key,
// StatusAanlevering 1 adds one (TR063, IV008); a JW301 adds a version of each toewijzing it carries and
// honours the verzoeken whose ReferentieAanbieder it carries; a JW315 or JW317 adds its verzoek.
Changes changes_of(const model::AnyBericht& bericht);

// The ToewijzingNummers a message names, in document order, each once: the store loads their toewijzingen
// whoever they belong to (TR332).
std::vector<std::string> toewijzing_nummers_of(const model::AnyBericht& bericht);

// The ReferentieAanbieder values a JW315 or JW317 introduces (TR347); empty for other messages.
std::vector<std::string> new_referenties_of(const model::AnyBericht& bericht);

// Typed readings of the model's values, as the keys compare them: whitespace collapsed (XSD token types);
// a ToewijzingNummer (an xs:integer) in its canonical decimal form, so 08001 is 8001 (D-103).
std::string nummer_of(const model::basis::LDT_Nummer& nummer);
Product product_of(const model::basis::CDT_Product& product);
std::optional<Product> product_of(const std::optional<model::basis::CDT_Product>& product);
Omvang omvang_of(const model::basis::CDT_Omvang& omvang);
std::optional<Omvang> omvang_of(const std::optional<model::basis::CDT_Omvang>& omvang);
Date date_of(const model::basis::LDT_Datum& datum);
std::optional<Date> date_of(const std::optional<model::basis::LDT_Datum>& datum);

// StatusAanlevering 3: the class deletes the earlier one with its key (TR063); 1 adds it. 2 and 9 are
// rejected at level 2 (CS058).
bool deletes(const model::basis::LDT_StatusAanlevering& status);

StartKey start_key_of(const model::jw305::StartProduct& start);
StopKey stop_key_of(const model::jw307::StopProduct& stop);

}  // namespace ijw::state
