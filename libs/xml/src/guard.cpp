#include "guard.hpp"

#include <array>
#include <cstdint>

namespace ijw::xml::detail {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_xml_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// XML 1.0 Char production (§2.2).
bool is_xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// XML 1.0 fifth edition NameStartChar and NameChar (§2.3), as libxml2 applies them to XML 1.0 documents.
bool is_name_start_char(std::uint32_t cp) {
  return cp == ':' || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= 'a' && cp <= 'z') ||
         (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF) ||
         (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x200C && cp <= 0x200D) ||
         (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF) ||
         (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
}

bool is_name_char(std::uint32_t cp) {
  return is_name_start_char(cp) || cp == '-' || cp == '.' || (cp >= '0' && cp <= '9') || cp == 0xB7 ||
         (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x203F && cp <= 0x2040);
}

// Characters of an entity name or character reference between '&' and ';' (ASCII is enough: anything
// else is an undefined entity either way).
bool is_reference_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#' || c == '_' ||
         c == '.' || c == '-' || c == ':';
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Bytes that need no closer look in character data: printable ASCII and tab, LF, CR. `kPlainText` also
// stops at the bytes that matter in content ('<', '&', ']').
constexpr std::array<bool, 256> kPlainChar = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x7F; ++c) table[static_cast<std::size_t>(c)] = true;
  table['\t'] = table['\n'] = table['\r'] = true;
  return table;
}();

constexpr std::array<bool, 256> kPlainText = [] {
  std::array<bool, 256> table = kPlainChar;
  table['<'] = table['&'] = table[']'] = false;
  return table;
}();

constexpr std::array<bool, 256> kAsciiNameChar = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  table[':'] = table['_'] = table['-'] = table['.'] = true;
  return table;
}();

// One pass over the document with just enough of XML's grammar to find what pugixml would let through.
class Scanner {
 public:
  Scanner(std::string_view bytes, const Limits& limits) : s_(bytes), limits_(limits) {}

  std::optional<GuardFailure> run() {
    try {
      pos_ = utf8_bom_length(s_);
      check_encoding_marks();
      if (starts_with("<?xml") && pos_ + 5 < s_.size() && (is_xml_whitespace(s_[pos_ + 5]) || s_[pos_ + 5] == '?')) {
        xml_declaration();
      }
      while (pos_ < s_.size()) {
        if (s_[pos_] == '<') {
          markup();
        } else {
          text();
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
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

  void check_encoding_marks() {
    const auto head = s_.substr(0, 4);
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
    std::size_t extra = 0;
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
    if (at + extra >= s_.size()) fail(start, "truncated UTF-8 byte sequence");
    for (std::size_t i = 1; i <= extra; ++i) {
      const auto next = static_cast<unsigned char>(s_[at + i]);
      if ((next & 0xC0) != 0x80) fail(start, "invalid UTF-8 byte sequence");
      cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < minimum || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) fail(start, "invalid UTF-8 byte sequence");
    if (!is_xml_char(cp)) fail(start, "character not allowed in XML");
    at += extra + 1;
    return cp;
  }

  // Checks the characters of [pos_, end) and moves past them.
  void characters_until(std::size_t end) {
    while (pos_ < end) {
      while (pos_ < end && kPlainChar[static_cast<unsigned char>(s_[pos_])]) ++pos_;
      if (pos_ < end) decode(pos_);
    }
  }

  bool skip_whitespace() {
    const auto start = pos_;
    while (pos_ < s_.size() && is_xml_whitespace(s_[pos_])) ++pos_;
    return pos_ != start;
  }

  // A Name (§2.3); returns it.
  std::string_view name(const char* what) {
    const auto start = pos_;
    bool first = true;
    while (pos_ < s_.size()) {
      const auto byte = static_cast<unsigned char>(s_[pos_]);
      if (byte < 0x80) {
        if (!kAsciiNameChar[byte] || (first && !is_name_start_char(byte))) break;
        ++pos_;
      } else {
        auto at = pos_;
        const auto cp = decode(at);
        if (!(first ? is_name_start_char(cp) : is_name_char(cp))) break;
        pos_ = at;
      }
      first = false;
    }
    if (pos_ == start) fail(start, std::string("expected a name for ") + what);
    return s_.substr(start, pos_ - start);
  }

  // A quoted literal without markup; returns its content.
  std::string_view quoted_literal() {
    const char quote = peek();
    if (quote != '"' && quote != '\'') fail(pos_, "expected a quoted value");
    const auto start = ++pos_;
    const auto end = s_.find(quote, pos_);
    if (end == std::string_view::npos) fail(start - 1, "unterminated quoted value");
    characters_until(end);
    ++pos_;
    return s_.substr(start, end - start);
  }

  void equals() {
    skip_whitespace();
    if (peek() != '=') fail(pos_, "expected '='");
    ++pos_;
    skip_whitespace();
  }

  // XMLDecl (§2.8): version, then optionally encoding and standalone, in that order.
  void xml_declaration() {
    const auto start = pos_;
    pos_ += 5;
    auto pseudo_attribute = [&](std::string_view wanted) {
      const auto before = pos_;
      if (!skip_whitespace() || !starts_with(wanted)) {
        pos_ = before;
        return std::string_view{};
      }
      pos_ += wanted.size();
      equals();
      return quoted_literal();
    };
    if (pseudo_attribute("version") != "1.0") fail(start, "the XML declaration must start with version=\"1.0\"");
    const auto before_encoding = pos_;
    if (const auto encoding = pseudo_attribute("encoding"); pos_ != before_encoding && !iequals(encoding, "UTF-8")) {
      fail(start, "encoding '" + std::string(encoding) + "' is not supported; iJw messages are UTF-8");
    }
    const auto before_standalone = pos_;
    if (const auto standalone = pseudo_attribute("standalone");
        pos_ != before_standalone && standalone != "yes" && standalone != "no") {
      fail(start, "standalone must be \"yes\" or \"no\"");
    }
    skip_whitespace();
    if (!starts_with("?>")) fail(start, "malformed XML declaration");
    pos_ += 2;
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
    pos_ += 4;
    characters_until(end);
    pos_ = end + 3;
  }

  void cdata() {
    const auto start = pos_;
    if (depth_ == 0) fail(start, "a CDATA section is not allowed outside the root element");
    const auto end = s_.find("]]>", pos_ + 9);
    if (end == std::string_view::npos) fail(start, "unterminated CDATA section");
    pos_ += 9;
    characters_until(end);
    pos_ = end + 3;
  }

  void processing_instruction() {
    const auto start = pos_;
    pos_ += 2;
    const auto target = name("a processing instruction");
    if (iequals(target, "xml")) fail(start, "an XML declaration is only allowed at the very start of the document");
    const auto end = s_.find("?>", pos_);
    if (end == std::string_view::npos) fail(start, "unterminated processing instruction");
    if (pos_ != end && !skip_whitespace()) fail(pos_, "whitespace expected after the processing instruction target");
    characters_until(end);
    pos_ = end + 2;
  }

  void end_tag() {
    const auto start = pos_;
    pos_ += 2;
    name("an end tag");
    skip_whitespace();
    if (peek() != '>') fail(start, "malformed end tag");
    ++pos_;
    if (depth_ == 0) fail(start, "end tag without a matching start tag");
    --depth_;
  }

  void start_tag() {
    const auto start = pos_;
    ++pos_;
    if (pos_ >= s_.size() || is_xml_whitespace(s_[pos_])) fail(start, "'<' must start a tag; write &lt; in text");
    name("an element");
    while (true) {
      const bool separated = skip_whitespace();
      const bool empty = starts_with("/>");
      if (empty || peek() == '>') {
        if (depth_ + 1 > limits_.max_depth) {
          fail(start, "elements are nested deeper than " + std::to_string(limits_.max_depth) + " levels");
        }
        pos_ += empty ? 2 : 1;
        if (!empty) ++depth_;
        return;
      }
      if (pos_ >= s_.size()) fail(start, "unterminated start tag");
      if (!separated) fail(pos_, "whitespace expected between attributes");
      name("an attribute");
      equals();
      attribute_value();
    }
  }

  void attribute_value() {
    const char quote = peek();
    if (quote != '"' && quote != '\'') fail(pos_, "attribute values must be quoted");
    const auto start = pos_++;
    while (pos_ < s_.size() && s_[pos_] != quote) {
      const char c = s_[pos_];
      if (c == '<') fail(pos_, "'<' is not allowed in an attribute value");
      if (c == '&') {
        reference();
      } else if (kPlainChar[static_cast<unsigned char>(c)]) {
        ++pos_;
      } else {
        decode(pos_);
      }
    }
    if (pos_ >= s_.size()) fail(start, "unterminated attribute value");
    ++pos_;
  }

  void text() {
    if (depth_ == 0) return text_outside_root();
    while (pos_ < s_.size()) {
      while (pos_ < s_.size() && kPlainText[static_cast<unsigned char>(s_[pos_])]) ++pos_;
      if (pos_ >= s_.size()) return;
      const char c = s_[pos_];
      if (c == '<') return;
      if (c == '&') {
        reference();
      } else if (c == ']') {
        if (starts_with("]]>")) fail(pos_, "']]>' is not allowed in text");
        ++pos_;
      } else {
        decode(pos_);
      }
    }
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
    if (name[0] != '#') {
      fail(start, "undefined entity '&" + std::string(name) + ";' (only the five XML entities are allowed)");
    }
    const bool hex = name.size() > 1 && name[1] == 'x';
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
