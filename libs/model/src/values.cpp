#include "ijw/model/values.hpp"

#include <charconv>
#include <system_error>

namespace ijw::model {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Reads a run of digits that is known to hold only digits; nullopt when it overflows T.
template <class T>
std::optional<T> read_digits(std::string_view digits) {
  T value{};
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string collapsed;
  collapsed.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (is_xml_space(c)) {
      pending_space = !collapsed.empty();
      continue;
    }
    if (pending_space) collapsed += ' ';
    pending_space = false;
    collapsed += c;
  }
  return collapsed;
}

std::optional<std::chrono::year_month_day> to_date(std::string_view lexical) {
  const std::string text = collapse_whitespace(lexical);
  std::string_view rest = text;
  const bool negative = rest.starts_with('-');
  if (negative) rest.remove_prefix(1);

  // yyyy-mm-dd, where a year of more than four digits has no leading zero (XSD 1.0 §3.2.9.1).
  const auto dash = rest.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const std::string_view year_digits = rest.substr(0, dash);
  const std::string_view month_day = rest.substr(dash + 1);
  if (year_digits.size() < 4 || (year_digits.size() > 4 && year_digits.front() == '0')) return std::nullopt;
  if (!all_digits(year_digits) || month_day.size() != 5 || month_day[2] != '-') return std::nullopt;
  if (!all_digits(month_day.substr(0, 2)) || !all_digits(month_day.substr(3, 2))) return std::nullopt;

  const std::optional<int> year_number = read_digits<int>(year_digits);
  if (!year_number || *year_number == 0) return std::nullopt;  // XSD 1.0 has no year 0000
  const int signed_year = negative ? -*year_number : *year_number;
  if (signed_year < static_cast<int>(std::chrono::year::min()) ||
      signed_year > static_cast<int>(std::chrono::year::max())) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{signed_year},
                                         std::chrono::month{*read_digits<unsigned>(month_day.substr(0, 2))},
                                         std::chrono::day{*read_digits<unsigned>(month_day.substr(3, 2))}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<std::chrono::year_month_day> to_date(const basis::LDT_Datum& value) { return to_date(value.text); }

std::optional<std::int64_t> to_integer(std::string_view lexical) {
  const std::string text = collapse_whitespace(lexical);
  std::string_view digits = text;
  // std::from_chars takes '-' but not '+', which xs:integer allows.
  if (digits.starts_with('+')) digits.remove_prefix(1);
  if (digits.starts_with('-') && digits.size() != text.size()) return std::nullopt;  // "+-1"
  if (!all_digits(digits.starts_with('-') ? digits.substr(1) : digits)) return std::nullopt;
  return read_digits<std::int64_t>(digits);
}

std::optional<TimeOfDay> to_time(std::string_view lexical) {
  const std::string text = collapse_whitespace(lexical);
  const std::string_view value = text;
  // hh:mm:ss followed by an optional fraction: .d+
  if (value.size() < 8 || value[2] != ':' || value[5] != ':') return std::nullopt;
  const std::string_view hh = value.substr(0, 2);
  const std::string_view mm = value.substr(3, 2);
  const std::string_view ss = value.substr(6, 2);
  if (!all_digits(hh) || !all_digits(mm) || !all_digits(ss)) return std::nullopt;
  std::string_view fraction = value.substr(8);
  if (!fraction.empty()) {
    if (fraction.front() != '.' || !all_digits(fraction.substr(1))) return std::nullopt;
    fraction.remove_prefix(1);
  }

  const std::chrono::hours hours{*read_digits<int>(hh)};
  const std::chrono::minutes minutes{*read_digits<int>(mm)};
  const std::chrono::seconds seconds{*read_digits<int>(ss)};
  const std::string milliseconds_digits = (std::string(fraction.substr(0, 3)) + "000").substr(0, 3);
  const std::chrono::milliseconds milliseconds{*read_digits<int>(milliseconds_digits)};
  const bool zero_fraction = fraction.find_first_not_of('0') == std::string_view::npos;

  if (minutes > std::chrono::minutes{59} || seconds > std::chrono::seconds{59}) return std::nullopt;
  if (hours > std::chrono::hours{24}) return std::nullopt;
  if (hours == std::chrono::hours{24} &&
      (minutes != std::chrono::minutes::zero() || seconds != std::chrono::seconds::zero() || !zero_fraction)) {
    return std::nullopt;
  }
  return hours + minutes + seconds + milliseconds;
}

std::optional<TimeOfDay> to_time(const basis::LDT_Tijd& value) { return to_time(value.text); }

}  // namespace ijw::model
