#pragma once
// Typed readings of the lexical values the model keeps, for rules that compare dates, times and numbers.
// The model stores text as received (a retour must echo it); these functions read it as XSD does: whitespace
// collapsed first, then the lexical space of the built-in type. They return nullopt for text that is not a
// value of the type, which cannot happen once the message passed XSD validation.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ijw/model/messages.hpp"

namespace ijw::model {

// XSD whiteSpace="collapse": tab, CR and LF become spaces, runs of spaces become one, the ends are trimmed.
std::string collapse_whitespace(std::string_view text);

// An xs:date without a time zone, as LDT_Datum allows: "2026-04-01"; years beyond 9999 and negative years
// as XSD writes them. Nullopt for an impossible day (2026-02-30), a time zone, or a year outside
// std::chrono::year.
std::optional<std::chrono::year_month_day> to_date(std::string_view lexical);
std::optional<std::chrono::year_month_day> to_date(const basis::LDT_Datum& value);

// An xs:integer: an optional sign ('+' included) and digits, leading zeros allowed. Nullopt when the value
// does not fit std::int64_t. The template accepts every integer-based type of the model (LDT_Nummer,
// LDT_Volume, LDT_Budget, LDT_Bedrag, ...).
std::optional<std::int64_t> to_integer(std::string_view lexical);

template <class Value>
  requires(Value::builtin == schema::Builtin::Integer)
std::optional<std::int64_t> to_integer(const Value& value) {
  return to_integer(std::string_view(value.text));
}

// An xs:time without a time zone, as LDT_Tijd allows ("14:30:00", "14:30:00.25"), read as the time since
// midnight; digits beyond milliseconds are truncated. "24:00:00" is the end of the day (24h), as XSD 1.0
// allows. Format it with std::chrono::hh_mm_ss.
using TimeOfDay = std::chrono::milliseconds;
std::optional<TimeOfDay> to_time(std::string_view lexical);
std::optional<TimeOfDay> to_time(const basis::LDT_Tijd& value);

}  // namespace ijw::model
