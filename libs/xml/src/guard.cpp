#include "guard.hpp"

#include <array>
#include <cstdint>

namespace ijw::xml::detail {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_xml_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters of an entity name or character reference between '&' and ';' (ASCII is enough: anything
// else is an undefined entity either way).
bool is_reference_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#' || c == '_' ||
         c == '.' || c == '-' || c == ':';
}

bool is_ascii_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

// XML 1.0 Char production (§2.2).
bool is_xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Bytes that text may contain without a closer look: printable ASCII other than '<', '&' and ']', plus
// tab, line feed and carriage return.
constexpr std::array<bool, 256> kPlainText = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x7F; ++c) table[static_cast<std::size_t>(c)] = true;
  table['<'] = table['&'] = table[']'] = false;
  table['\t'] = table['\n'] = table['\r'] = true;
  return table;
}();

class Scanner {
 public:
  Scanner(std::string_view bytes, const Limits& limits) : s_(bytes), limits_(limits) {}

  std::optional<GuardFailure> run() {
    try {
      pos_ = utf8_bom_length(s_);
      check_encoding_marks();
      if (starts_with("<?xml") && pos_ + 5 < s_.size() && is_xml_whitespace(s_[pos_ + 5])) {
        xml_declaration();
      }
      while (pos_ < s_.size()) {
        if (s_[pos_] == '<') {
          markup();
        } else {
          text_char();
        }
      }
      return std::nullopt;
    } catch (GuardFailure& failure) {
      return std::move(failure);
    }
  }

 private:
  [[noreturn]] void fail(std::size_t offset, std::string text) { throw GuardFailure{offset, std::move(text)}; }

  bool starts_with(std::string_view prefix) const { return s_.substr(pos_, prefix.size()) == prefix; }

  void check_encoding_marks() {
    auto head = s_.substr(0, 4);
    if (head.starts_with("\xFE\xFF") || head.starts_with("\xFF\xFE") || head.starts_with(std::string_view("\0\0", 2)) ||
        head.starts_with(std::string_view("<\0", 2)) || head.starts_with(std::string_view("\0<", 2))) {
      fail(0, "the document is not UTF-8 (UTF-16 or UTF-32 byte order); iJw messages are UTF-8");
    }
  }

  // Decodes one UTF-8 sequence at `at`; fails on malformed, overlong or surrogate sequences and on
  // characters outside XML's Char production. Returns the code point and advances `at`.
  std::uint32_t decode(std::size_t& at) {
    const auto start = at;
    const auto lead = static_cast<unsigned char>(s_[at]);
    if (lead < 0x80) {
      ++at;
      if (!is_xml_char(lead)) {
        fail(start, lead == 0 ? "NUL byte in the document" : "control character not allowed in XML");
      }
      return lead;
    }
    int extra = 0;
    std::uint32_t cp = 0;
    std::uint32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
      extra = 1, cp = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      extra = 2, cp = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      extra = 3, cp = lead & 0x07, minimum = 0x10000;
    } else {
      fail(start, "invalid UTF-8 byte sequence");
    }
    if (at + static_cast<std::size_t>(extra) >= s_.size()) {
      fail(start, "truncated UTF-8 byte sequence");
    }
    for (int i = 1; i <= extra; ++i) {
      const auto next = static_cast<unsigned char>(s_[at + static_cast<std::size_t>(i)]);
      if ((next & 0xC0) != 0x80) fail(start, "invalid UTF-8 byte sequence");
      cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < minimum || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      fail(start, "invalid UTF-8 byte sequence");
    }
    if (!is_xml_char(cp)) fail(start, "character not allowed in XML");
    at += static_cast<std::size_t>(extra) + 1;
    return cp;
  }

  void xml_declaration() {
    const auto start = pos_;
    const auto end = s_.find("?>", pos_);
    if (end == std::string_view::npos) fail(start, "unterminated XML declaration");
    const auto body = s_.substr(pos_ + 5, end - pos_ - 5);
    auto attribute = [&](std::string_view name) -> std::optional<std::string_view> {
      auto at = body.find(name);
      if (at == std::string_view::npos) return std::nullopt;
      at = body.find_first_of("\"'", at);
      if (at == std::string_view::npos) fail(start, "malformed XML declaration");
      const auto close = body.find(body[at], at + 1);
      if (close == std::string_view::npos) fail(start, "malformed XML declaration");
      return body.substr(at + 1, close - at - 1);
    };
    const auto version = attribute("version");
    if (!version || *version != "1.0") fail(start, "the XML declaration must say version=\"1.0\"");
    if (const auto encoding = attribute("encoding"); encoding && !iequals(*encoding, "UTF-8")) {
      fail(start, "encoding '" + std::string(*encoding) + "' is not supported; iJw messages are UTF-8");
    }
    for (std::size_t at = pos_; at < end;) decode(at);
    pos_ = end + 2;
  }

  void markup() {
    if (starts_with("<!--")) return comment();
    if (starts_with("<![CDATA[")) return cdata();
    if (starts_with("<!")) fail(pos_, "DOCTYPE and other markup declarations (DTD, ENTITY) are not allowed");
    if (starts_with("<?")) return processing_instruction();
    if (starts_with("</")) return end_tag();
    start_tag();
  }

  void comment() {
    const auto start = pos_;
    const auto end = s_.find("--", pos_ + 4);
    if (end == std::string_view::npos) fail(start, "unterminated comment");
    if (end + 2 >= s_.size() || s_[end + 2] != '>') fail(end, "'--' is not allowed inside a comment");
    for (pos_ += 4; pos_ < end;) decode(pos_);
    pos_ = end + 3;
  }

  void cdata() {
    const auto start = pos_;
    if (depth_ == 0) fail(start, "a CDATA section is not allowed outside the root element");
    const auto end = s_.find("]]>", pos_ + 9);
    if (end == std::string_view::npos) fail(start, "unterminated CDATA section");
    for (pos_ += 9; pos_ < end;) decode(pos_);
    pos_ = end + 3;
  }

  void processing_instruction() {
    const auto start = pos_;
    const auto end = s_.find("?>", pos_ + 2);
    if (end == std::string_view::npos) fail(start, "unterminated processing instruction");
    auto target_end = pos_ + 2;
    while (target_end < end && !is_xml_whitespace(s_[target_end])) ++target_end;
    if (iequals(s_.substr(pos_ + 2, target_end - pos_ - 2), "xml")) {
      fail(start, "an XML declaration is only allowed at the very start of the document");
    }
    for (pos_ += 2; pos_ < end;) decode(pos_);
    pos_ = end + 2;
  }

  void end_tag() {
    const auto start = pos_;
    const auto end = s_.find('>', pos_);
    if (end == std::string_view::npos) fail(start, "unterminated end tag");
    for (pos_ += 2; pos_ < end;) decode(pos_);
    pos_ = end + 1;
    if (depth_ == 0) fail(start, "end tag without a matching start tag");
    --depth_;
  }

  void start_tag() {
    const auto start = pos_;
    ++pos_;
    if (pos_ >= s_.size() || !(is_ascii_name_start(s_[pos_]) || static_cast<unsigned char>(s_[pos_]) >= 0x80)) {
      fail(start, "'<' must start a tag; write &lt; in text");
    }
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == '>' || (c == '/' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '>')) {
        if (depth_ + 1 > limits_.max_depth) {
          fail(start, "elements are nested deeper than " + std::to_string(limits_.max_depth) + " levels");
        }
        if (c == '>') {
          ++depth_;
          ++pos_;
        } else {
          pos_ += 2;
        }
        return;
      }
      if (c == '"' || c == '\'') {
        attribute_value(c);
      } else if (c == '<') {
        fail(pos_, "'<' inside a tag");
      } else {
        decode(pos_);
      }
    }
    fail(start, "unterminated start tag");
  }

  void attribute_value(char quote) {
    const auto start = pos_++;
    while (pos_ < s_.size() && s_[pos_] != quote) {
      if (s_[pos_] == '<') fail(pos_, "'<' is not allowed in an attribute value");
      if (s_[pos_] == '&') {
        reference();
      } else {
        decode(pos_);
      }
    }
    if (pos_ >= s_.size()) fail(start, "unterminated attribute value");
    ++pos_;
  }

  void text_char() {
    if (depth_ == 0) return text_outside_root();
    // Fast path: a run of plain printable ASCII needs no decoding.
    while (pos_ < s_.size() && kPlainText[static_cast<unsigned char>(s_[pos_])]) ++pos_;
    if (pos_ >= s_.size() || s_[pos_] == '<') return;
    const char c = s_[pos_];
    if (c == '&') return reference();
    if (c == ']' && starts_with("]]>")) fail(pos_, "']]>' is not allowed in text");
    decode(pos_);
  }

  // Only whitespace may stand before and after the root element (XML 1.0 §2.8 Misc).
  void text_outside_root() {
    const auto start = pos_;
    if (is_xml_whitespace(s_[pos_])) {
      ++pos_;
      return;
    }
    decode(pos_);  // a broken byte sequence is reported as such
    fail(start, "text is not allowed outside the root element");
  }

  // A reference: one of the five predefined entities or a character reference to an XML Char.
  void reference() {
    const auto start = pos_;
    auto end = pos_ + 1;
    while (end < s_.size() && is_reference_char(s_[end])) ++end;
    if (end >= s_.size() || s_[end] != ';' || end == pos_ + 1) fail(start, "'&' must start a reference; write &amp;");
    const auto name = s_.substr(pos_ + 1, end - pos_ - 1);
    pos_ = end + 1;
    if (name == "amp" || name == "lt" || name == "gt" || name == "apos" || name == "quot") return;
    if (name.size() < 2 || name[0] != '#') {
      fail(start, "undefined entity '&" + std::string(name) + ";' (only the five XML entities are allowed)");
    }
    const bool hex = name[1] == 'x';
    const auto digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) fail(start, "malformed character reference");
    std::uint32_t cp = 0;
    for (const char d : digits) {
      std::uint32_t value = 0;
      if (d >= '0' && d <= '9') {
        value = static_cast<std::uint32_t>(d - '0');
      } else if (hex && d >= 'a' && d <= 'f') {
        value = static_cast<std::uint32_t>(d - 'a' + 10);
      } else if (hex && d >= 'A' && d <= 'F') {
        value = static_cast<std::uint32_t>(d - 'A' + 10);
      } else {
        fail(start, "malformed character reference");
      }
      cp = cp * (hex ? 16u : 10u) + value;
      if (cp > 0x10FFFF) fail(start, "character reference out of range");
    }
    if (!is_xml_char(cp)) fail(start, "character reference to a character not allowed in XML");
  }

  std::string_view s_;
  const Limits& limits_;
  std::size_t pos_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace

std::size_t utf8_bom_length(std::string_view bytes) { return bytes.starts_with(kBom) ? kBom.size() : 0; }

std::optional<GuardFailure> check_raw(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return GuardFailure{0, "the document is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                               std::to_string(limits.max_bytes)};
  }
  return Scanner(bytes, limits).run();
}

}  // namespace ijw::xml::detail
