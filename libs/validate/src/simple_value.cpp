// Simple-type checking with the semantics of XSD 1.0 Part 2 as the oracle (libxml2 2.9) implements them.

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <string>

#include "ijw/validate/validator.hpp"

namespace ijw::validate {
namespace {

using schema::Builtin;
using schema::SimpleType;

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// whiteSpace="collapse": tabs and line ends become spaces, runs of spaces become one, ends are trimmed.
std::string collapse(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool pending_space = false;
  for (const char c : raw) {
    if (is_xml_space(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::size_t count_characters(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool parse_two_digits(std::string_view text, std::size_t at, int& value) {
  if (at + 2 > text.size() || !is_digit(text[at]) || !is_digit(text[at + 1])) return false;
  value = (text[at] - '0') * 10 + (text[at + 1] - '0');
  return true;
}

// Timezone suffix of xs:date and xs:time: Z or (+|-)hh:mm with hh <= 14 and 14:00 at most.
bool valid_timezone(std::string_view zone) {
  if (zone.empty() || zone == "Z") return true;
  int hours = 0;
  int minutes = 0;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !parse_two_digits(zone, 1, hours) ||
      !parse_two_digits(zone, 4, minutes)) {
    return false;
  }
  return minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
}

// xs:date: -?YYYY-MM-DD with at least four year digits (no leading zero beyond four), no year 0000.
bool valid_date(std::string_view text) {
  std::size_t at = text.starts_with('-') ? 1 : 0;
  const std::size_t year_start = at;
  while (at < text.size() && is_digit(text[at])) ++at;
  const auto year_digits = text.substr(year_start, at - year_start);
  if (year_digits.size() < 4 || (year_digits.size() > 4 && year_digits[0] == '0')) return false;
  // The oracle keeps the year in a signed 64-bit integer: a larger one is not a date to it.
  std::int64_t year = 0;
  const auto [end, error] = std::from_chars(year_digits.data(), year_digits.data() + year_digits.size(), year);
  if (error != std::errc{} || year == 0) return false;
  int month = 0;
  int day = 0;
  if (at + 6 > text.size() || text[at] != '-' || !parse_two_digits(text, at + 1, month) || text[at + 3] != '-' ||
      !parse_two_digits(text, at + 4, day)) {
    return false;
  }
  if (!valid_timezone(text.substr(at + 6))) return false;
  // The Gregorian leap-year cycle repeats every 400 years, which keeps any year inside std::chrono's range.
  const auto cycle_year = static_cast<int>((year_start == 1 ? -year : year) % 400);
  const std::chrono::year_month_day date{std::chrono::year{cycle_year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  return date.ok();
}

// xs:time: hh:mm:ss(.s+)? with 24:00:00 as the only hour-24 value, no leap second.
bool valid_time(std::string_view text) {
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  if (text.size() < 8 || !parse_two_digits(text, 0, hours) || text[2] != ':' || !parse_two_digits(text, 3, minutes) ||
      text[5] != ':' || !parse_two_digits(text, 6, seconds)) {
    return false;
  }
  // The oracle accumulates the seconds in a double, digit by digit, and wants the sum below 60: a long
  // run of nines after 59 rounds up to 60 and is refused. Reproduce that sum exactly.
  double second = seconds;
  std::size_t at = 8;
  if (at < text.size() && text[at] == '.') {
    const std::size_t first = ++at;
    double scale = 1;
    while (at < text.size() && is_digit(text[at])) {
      scale /= 10;
      second += (text[at++] - '0') * scale;
    }
    if (at == first) return false;
  }
  if (!valid_timezone(text.substr(at))) return false;
  if (hours == 24) return minutes == 0 && second == 0;
  return hours <= 23 && minutes <= 59 && second < 60;
}

// An xs:integer lexical value reduced to sign and significant digits, so bounds compare as text.
struct Integer {
  bool negative = false;
  std::string_view digits;  // no leading zeros; "0" for zero
};

std::optional<Integer> parse_integer(std::string_view text) {
  Integer value;
  std::size_t at = 0;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    value.negative = text[0] == '-';
    at = 1;
  }
  if (at == text.size() || !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at), text.end(), is_digit)) {
    return std::nullopt;
  }
  while (at + 1 < text.size() && text[at] == '0') ++at;
  value.digits = text.substr(at);
  if (value.digits == "0") value.negative = false;
  return value;
}

int compare(const Integer& a, const Integer& b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int magnitude = a.digits.size() != b.digits.size() ? (a.digits.size() < b.digits.size() ? -1 : 1)
                                                      : a.digits.compare(b.digits);
  magnitude = magnitude < 0 ? -1 : (magnitude > 0 ? 1 : 0);
  return a.negative ? -magnitude : magnitude;
}

// A value quoted for a diagnostic, cut short: a diagnostic must stay readable whatever was sent.
std::string quoted(std::string_view value) {
  constexpr std::size_t kShown = 60;
  if (count_characters(value) <= kShown) return "'" + std::string(value) + "'";
  std::size_t cut = 0;
  for (std::size_t shown = 0; cut < value.size() && shown < kShown; ++shown) {
    do ++cut;
    while (cut < value.size() && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80);
  }
  return "'" + std::string(value.substr(0, cut)) + "...' (" + std::to_string(count_characters(value)) + " characters)";
}

std::optional<std::string> check_lexical(const SimpleType& type, std::string_view value) {
  switch (type.builtin) {
    case Builtin::String:
      return std::nullopt;
    case Builtin::Integer:
      if (parse_integer(value)) return std::nullopt;
      return quoted(value) + " is not a valid integer";
    case Builtin::Date:
      if (valid_date(value)) return std::nullopt;
      return quoted(value) + " is not a valid date (expected YYYY-MM-DD)";
    case Builtin::Time:
      if (valid_time(value)) return std::nullopt;
      return quoted(value) + " is not a valid time (expected hh:mm:ss)";
  }
  return std::nullopt;
}

std::optional<std::string> check_facets(const SimpleType& type, std::string_view value) {
  if (type.length || type.min_length || type.max_length) {
    const auto length = count_characters(value);
    if (type.length && length != *type.length) {
      return quoted(value) + " has " + std::to_string(length) + " characters; expected exactly " +
             std::to_string(*type.length);
    }
    if (type.min_length && length < *type.min_length) {
      return quoted(value) + " has " + std::to_string(length) + " characters; expected at least " +
             std::to_string(*type.min_length);
    }
    if (type.max_length && length > *type.max_length) {
      return quoted(value) + " has " + std::to_string(length) + " characters; expected at most " +
             std::to_string(*type.max_length);
    }
  }
  if (!type.enumeration.empty() &&
      !std::binary_search(type.enumeration_sorted.begin(), type.enumeration_sorted.end(), value)) {
    std::string allowed;
    for (const auto& option : type.enumeration) allowed += (allowed.empty() ? "" : ", ") + option;
    return quoted(value) + " is not one of the codes of " + type.name + (type.name.empty() ? "" : " ") + "(" +
           allowed + ")";
  }
  for (const auto& step : type.pattern_steps) {
    if (std::none_of(step.begin(), step.end(), [&](const schema::Pattern& p) { return p.matches(value); })) {
      std::string expressions;
      for (const auto& pattern : step) expressions += (expressions.empty() ? "" : " | ") + pattern.expression();
      return quoted(value) + " does not match the pattern " + expressions;
    }
  }
  if (type.min_inclusive || type.max_inclusive) {
    const auto number = parse_integer(value);
    if (type.min_inclusive && compare(*number, *parse_integer(*type.min_inclusive)) < 0) {
      return quoted(value) + " is less than the minimum " + *type.min_inclusive;
    }
    if (type.max_inclusive && compare(*number, *parse_integer(*type.max_inclusive)) > 0) {
      return quoted(value) + " is greater than the maximum " + *type.max_inclusive;
    }
  }
  return std::nullopt;
}

// True when collapsing would change nothing, which is the usual case and saves the copy.
bool is_collapsed(std::string_view raw) {
  if (raw.empty()) return true;
  if (raw.front() == ' ' || raw.back() == ' ') return false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && raw[i + 1] == ' ')) return false;
  }
  return true;
}

std::optional<std::string> check_value(const SimpleType& type, std::string_view value) {
  if (auto problem = check_lexical(type, value)) return problem;
  return check_facets(type, value);
}

}  // namespace

std::optional<std::string> check_simple_value(const SimpleType& type, std::string_view raw) {
  if (type.whitespace == schema::Whitespace::Preserve || is_collapsed(raw)) return check_value(type, raw);
  return check_value(type, collapse(raw));
}

}  // namespace ijw::validate
