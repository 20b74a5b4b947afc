#pragma once
// Small helpers shared by the fuzz targets: an always-on check that aborts (so libFuzzer keeps the input),
// and independent, deliberately simple re-implementations of the XML 1.0 rules the parser promises to
// enforce.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace ijw::fuzz {

[[noreturn]] inline void violated(const char* target, const char* invariant, int line) {
  std::fprintf(stderr, "%s: invariant violated (line %d): %s\n", target, line, invariant);
  std::abort();
}

// An upper bound on the lines of the input, whether a lone CR counts as a line end (as XML reads it) or not.
inline std::size_t line_count(std::string_view bytes) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

// Decodes one UTF-8 sequence at `at` (advancing it); nullopt for anything RFC 3629 forbids: stray
// continuation bytes, overlong forms, surrogates, code points above U+10FFFF, truncation.
inline std::optional<char32_t> next_code_point(std::string_view bytes, std::size_t& at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    ++at;
    return lead;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1Fu;
    minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0Fu;
    minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07u;
    minimum = 0x10000;
  } else {
    return std::nullopt;
  }
  if (bytes.size() - at < length) return std::nullopt;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte(at + i);
    if ((continuation & 0xC0u) != 0x80u) return std::nullopt;
    value = (value << 6) | (continuation & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
  at += length;
  return value;
}

// XML 1.0 production [2] Char.
inline bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// True when the whole input is UTF-8 made of XML Chars (a leading byte-order mark is allowed).
inline bool is_utf8_xml_text(std::string_view bytes) {
  std::size_t at = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (at < bytes.size()) {
    const std::optional<char32_t> c = next_code_point(bytes, at);
    if (!c || !is_xml_char(*c)) return false;
  }
  return true;
}

// XML 1.0 (5th edition) productions [4] NameStartChar and [4a] NameChar, without ':' (namespaces: NCName).
inline bool is_name_start_char(char32_t c) {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
         (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

inline bool is_name_char(char32_t c) {
  return is_name_start_char(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

inline bool is_ncname(std::string_view name) {
  if (name.empty()) return false;
  std::size_t at = 0;
  bool first = true;
  while (at < name.size()) {
    const std::optional<char32_t> c = next_code_point(name, at);
    if (!c || !(first ? is_name_start_char(*c) : is_name_char(*c))) return false;
    first = false;
  }
  return true;
}

// Namespaces in XML 1.0, production [7] QName: NCName, or NCName ':' NCName.
inline bool is_qname(std::string_view name) {
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return is_ncname(name);
  return is_ncname(name.substr(0, colon)) && is_ncname(name.substr(colon + 1));
}

// XML 1.0 production [23] XMLDecl, for `decl` running from "<?xml" through "?>":
//   '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>', each pseudo-attribute as S name S? '=' S? quoted
//   value.
inline bool is_xml_declaration(std::string_view decl) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  const auto is_alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!decl.starts_with("<?xml") || !decl.ends_with("?>")) return false;
  std::string_view rest = decl.substr(5, decl.size() - 7);
  // Reads S name S? '=' S? and a quoted value; nullopt when the next thing is not such a pseudo-attribute.
  const auto attribute = [&](std::string_view name) -> std::optional<std::string_view> {
    std::size_t at = 0;
    while (at < rest.size() && is_space(rest[at])) ++at;
    if (at == 0 || rest.substr(at, name.size()) != name) return std::nullopt;
    at += name.size();
    while (at < rest.size() && is_space(rest[at])) ++at;
    if (at >= rest.size() || rest[at] != '=') return std::nullopt;
    ++at;
    while (at < rest.size() && is_space(rest[at])) ++at;
    if (at >= rest.size() || (rest[at] != '"' && rest[at] != '\'')) return std::nullopt;
    const std::size_t close = rest.find(rest[at], at + 1);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view value = rest.substr(at + 1, close - at - 1);
    rest = rest.substr(close + 1);
    return value;
  };
  const std::optional<std::string_view> version = attribute("version");
  if (!version || !version->starts_with("1.") || version->size() < 3) return false;
  for (char c : version->substr(2)) {
    if (!is_digit(c)) return false;
  }
  if (const std::optional<std::string_view> encoding = attribute("encoding")) {
    if (encoding->empty() || !is_alpha((*encoding)[0])) return false;
    for (char c : *encoding) {
      if (!is_alpha(c) && !is_digit(c) && c != '.' && c != '_' && c != '-') return false;
    }
  }
  if (const std::optional<std::string_view> standalone = attribute("standalone")) {
    if (*standalone != "yes" && *standalone != "no") return false;
  }
  for (char c : rest) {
    if (!is_space(c)) return false;
  }
  return true;
}

}  // namespace ijw::fuzz

#define IJW_FUZZ_CHECK(target, condition)                                  \
  do {                                                                     \
    if (!(condition)) ::ijw::fuzz::violated(target, #condition, __LINE__); \
  } while (false)
