// Request parsing (request.hpp).

#include "ijw/admin/request.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace ijw::admin {
namespace {

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;  // needs two hex digits after it
      unsigned value = 0;
      const auto* begin = text.data() + i + 1;
      const auto [end, error] = std::from_chars(begin, begin + 2, value, 16);
      if (error != std::errc() || end != begin + 2) return std::nullopt;
      out += static_cast<char>(value);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::size_t> number(std::string_view text) {
  std::size_t value = 0;
  if (text.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<Target> parse_target(std::string_view target) {
  if (target.empty() || target.front() != '/') return std::nullopt;
  Target parsed;
  const auto question = target.find('?');
  const auto path = target.substr(0, question);
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto piece = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (!piece.empty()) {
      auto decoded = percent_decode(piece, false);
      if (!decoded) return std::nullopt;
      parsed.segments.push_back(std::move(*decoded));
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  if (question == std::string_view::npos) return parsed;
  auto query = target.substr(question + 1);
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const auto equals = pair.find('=');
    auto name = percent_decode(pair.substr(0, equals), true);
    auto value = percent_decode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1), true);
    if (!name || !value) return std::nullopt;
    parsed.query[std::move(*name)] = std::move(*value);
  }
  return parsed;
}

std::variant<Paging, std::string> parse_paging(const std::map<std::string, std::string>& query, bool csv) {
  Paging paging;
  const auto most = csv ? kMaxCsvLimit : kMaxLimit;
  if (const auto found = query.find("limit"); found != query.end()) {
    const auto value = number(found->second);
    if (!value || *value < 1 || *value > most)
      return "limit must be a whole number from 1 to " + std::to_string(most) + ", not '" + found->second + "'";
    paging.limit = *value;
  }
  if (const auto found = query.find("offset"); found != query.end()) {
    const auto value = number(found->second);
    if (!value) return "offset must be a whole number from 0, not '" + found->second + "'";
    paging.offset = *value;
  }
  return paging;
}

std::optional<Format> requested_format(const std::map<std::string, std::string>& query, std::string_view accept) {
  if (const auto found = query.find("format"); found != query.end()) {
    if (found->second == "csv") return Format::Csv;
    if (found->second == "json") return Format::Json;
    return std::nullopt;
  }
  // Accept: the first media range naming text/csv or application/json decides (no q-value weighing: the
  // API offers two formats, and clients that want CSV name only it).
  const auto ranges = lower(accept);
  const auto csv = ranges.find("text/csv");
  const auto json = ranges.find("application/json");
  if (csv != std::string::npos && (json == std::string::npos || csv < json)) return Format::Csv;
  return Format::Json;
}

std::string mask_bsn(std::string_view bsn) {
  if (bsn.size() <= 2) return std::string(bsn.size(), '*');
  return std::string(bsn.size() - 2, '*') + std::string(bsn.substr(bsn.size() - 2));
}

bool looks_like_bsn(std::string_view text) {
  return text.size() == 9 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace ijw::admin
