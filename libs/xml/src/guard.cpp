#include "guard.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

#include "ijw/xml/utf8.hpp"

namespace ijw::xml::detail {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_xml_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

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

// Bytes of an end tag that need no closer look: kPlainChar without the '>' that ends it.
constexpr std::array<bool, 256> kPlainTagChar = [] {
  std::array<bool, 256> table = kPlainChar;
  table['>'] = false;
  return table;
}();

// Which of the tables above a scan for plain bytes follows.
enum class Plain { Char, Text, Tag };

constexpr const std::array<bool, 256>& table_of(Plain plain) {
  return plain == Plain::Char ? kPlainChar : plain == Plain::Text ? kPlainText : kPlainTagChar;
}

// Eight bytes at a time (SWAR): a mask with the high bit set in every byte of `word` that the table of
// `plain` refuses. Most runs of text between tags, and most end tags, are longer than eight bytes.
constexpr std::uint64_t kEveryByte = 0x0101010101010101u;
constexpr std::uint64_t kHighBits = 0x8080808080808080u;

constexpr std::uint64_t bytes_equal(std::uint64_t word, unsigned char c) {
  const std::uint64_t difference = word ^ (kEveryByte * c);
  return ~(((difference & ~kHighBits) + ~kHighBits) | difference) & kHighBits;
}

template <Plain plain>
constexpr std::uint64_t not_plain(std::uint64_t word) {
  const std::uint64_t below_space = ~(((word & ~kHighBits) + kEveryByte * (0x80 - 0x20)) | word) & kHighBits;
  const std::uint64_t whitespace = bytes_equal(word, '\t') | bytes_equal(word, '\n') | bytes_equal(word, '\r');
  std::uint64_t mask = (word & kHighBits) | (below_space & ~whitespace) | bytes_equal(word, 0x7F);
  if constexpr (plain == Plain::Text) mask |= bytes_equal(word, '<') | bytes_equal(word, '&') | bytes_equal(word, ']');
  if constexpr (plain == Plain::Tag) mask |= bytes_equal(word, '>');
  return mask;
}

// ASCII name characters but the colon, which Scanner::name notes on the way.
constexpr std::array<bool, 256> kAsciiNameChar = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  table['_'] = table['-'] = table['.'] = true;
  return table;
}();

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// A Name as read, with its colons noted while reading, so the namespace checks need not look for them.
struct ScannedName {
  std::string_view text;
  std::size_t colon = std::string_view::npos;  // the first
  bool qualified = true;  // a QName of Namespaces in XML: at most one colon, neither first nor last

  std::string_view prefix() const { return colon == std::string_view::npos ? std::string_view{} : text.substr(0, colon); }
};

struct RawAttribute {
  ScannedName name;
  std::string_view value;  // as written, references not decoded
};

// Namespaces in XML 1.0 as the oracle enforces them, checked while the tags go by: names with at most one
// colon, every prefix used declared, no attribute twice by its written or its expanded name. Declarations
// libxml2 reports but ignores are ignored (see xml::namespace_declaration). URIs are compared as written.
class NamespaceScope {
 public:
  // A start tag at `depth`; returns what is wrong, or an empty string.
  std::string enter(std::size_t depth, const ScannedName& element, const std::vector<RawAttribute>& attributes) {
    for (const auto& attribute : attributes) {
      if (const auto declaration = namespace_declaration(attribute.name.text, attribute.value)) {
        bindings_.push_back({declaration->first, declaration->second, depth});
        last_bindings_ = kNone;
      }
    }
    if (!element.qualified) {
      return "element name '" + std::string(element.text) + "' is not a valid qualified name";
    }
    if (const auto used = element.prefix(); !used.empty() && !declared(used)) {
      return "namespace prefix '" + std::string(used) + "' is not declared";
    }
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      const auto name = attributes[i].name.text;
      if (!attributes[i].name.qualified) {
        return "attribute name '" + std::string(name) + "' is not a valid qualified name";
      }
      const auto used = attributes[i].name.prefix();
      if (!used.empty() && used != "xmlns" && !resolve(used)) {
        return "namespace prefix '" + std::string(used) + "' is not declared";
      }
      for (std::size_t j = i + 1; j < attributes.size(); ++j) {
        const auto other = attributes[j].name.text;
        if (name == other) return "attribute '" + std::string(name) + "' appears twice";
        if (same_expanded_name(name, other)) {
          return "attributes '" + std::string(name) + "' and '" + std::string(other) +
                 "' have the same namespace and name";
        }
      }
    }
    return {};
  }

  // The element at depth `depth + 1` ended: its declarations go out of scope.
  void leave(std::size_t depth) {
    while (!bindings_.empty() && bindings_.back().depth > depth) {
      bindings_.pop_back();
      last_bindings_ = kNone;  // a popped binding may be replaced by another at the same size
    }
  }

 private:
  struct Binding {
    std::string_view prefix;
    std::string_view uri;
    std::size_t depth;
  };

  std::optional<std::string_view> resolve(std::string_view used) const {
    if (used == "xml") return kXmlNamespace;
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->prefix == used) return it->uri;
    }
    return std::nullopt;
  }

  // Whether an element's prefix is declared; elements mostly repeat the previous element's prefix, so
  // the answer is kept until the declarations in scope change.
  bool declared(std::string_view used) {
    if (used == last_declared_ && bindings_.size() == last_bindings_) return true;
    if (!resolve(used)) return false;
    last_declared_ = used;
    last_bindings_ = bindings_.size();
    return true;
  }

  bool same_expanded_name(std::string_view a, std::string_view b) const {
    const auto prefix_a = prefix(a);
    const auto prefix_b = prefix(b);
    if (prefix_a.empty() || prefix_b.empty() || prefix_a == "xmlns" || prefix_b == "xmlns") return false;
    return local_name(a) == local_name(b) && resolve(prefix_a) == resolve(prefix_b);
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<Binding> bindings_;
  std::string_view last_declared_;
  std::size_t last_bindings_ = kNone;
};

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
      if (!root_seen_) fail(pos_, "the document has no root element");
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
    const auto sequence = decode_utf8_sequence(s_.data() + at, s_.data() + s_.size());
    if (sequence.status == Utf8Status::Truncated) fail(start, "truncated UTF-8 byte sequence");
    if (sequence.status == Utf8Status::Invalid) fail(start, "invalid UTF-8 byte sequence");
    if (!is_xml_char(sequence.code_point)) fail(start, "character not allowed in XML");
    at += sequence.length;
    return sequence.code_point;
  }

  // Checks the characters of [pos_, end) and moves past them.
  void characters_until(std::size_t end) {
    while (pos_ < end) {
      pos_ = skip_plain<Plain::Char>(pos_, end);
      if (pos_ < end) decode(pos_);
    }
  }

  // The first position in [from, end) whose byte the table of `plain` refuses. The hot loop of the guard.
  template <Plain plain>
  std::size_t skip_plain(std::size_t from, std::size_t end) const {
    const char* p = s_.data() + from;
    const char* const stop = s_.data() + end;
    if constexpr (std::endian::native == std::endian::little) {
      for (; stop - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        if (const auto mask = not_plain<plain>(word)) {
          p += std::countr_zero(mask) / 8;
          break;
        }
      }
    }
    constexpr const auto& table = table_of(plain);
    while (p < stop && table[static_cast<unsigned char>(*p)]) ++p;
    return static_cast<std::size_t>(p - s_.data());
  }

  // The first position from `from` whose byte kAsciiNameChar does not accept.
  std::size_t skip_ascii_name(std::size_t from) const {
    const char* p = s_.data() + from;
    const char* const stop = s_.data() + s_.size();
    while (p < stop && kAsciiNameChar[static_cast<unsigned char>(*p)]) ++p;
    return static_cast<std::size_t>(p - s_.data());
  }

  bool skip_whitespace() {
    const auto start = pos_;
    while (pos_ < s_.size() && is_xml_whitespace(s_[pos_])) ++pos_;
    return pos_ != start;
  }

  // A Name (§2.3); returns it. ASCII name characters take the tight loop; others are decoded.
  ScannedName name(const char* what) {
    const auto start = pos_;
    std::size_t colon = std::string_view::npos;
    std::size_t colons = 0;
    if (pos_ < s_.size()) {
      auto at = pos_;
      const auto first = static_cast<unsigned char>(s_[pos_]) < 0x80 ? static_cast<unsigned char>(s_[at++]) : decode(at);
      if (is_name_start_char(first)) pos_ = at;
      if (first == ':') colon = 0, colons = 1;
    }
    if (pos_ == start) fail(start, std::string("expected a name for ") + what);
    while (pos_ < s_.size()) {
      pos_ = skip_ascii_name(pos_);
      if (pos_ >= s_.size()) break;
      const auto next = static_cast<unsigned char>(s_[pos_]);
      if (next == ':') {
        if (colons++ == 0) colon = pos_ - start;
        ++pos_;
        continue;
      }
      if (next < 0x80) break;
      auto at = pos_;
      if (!is_name_char(decode(at))) break;
      pos_ = at;
    }
    const auto length = pos_ - start;
    return {s_.substr(start, length), colon, colons == 0 || (colons == 1 && colon != 0 && colon + 1 != length &&
                                                               starts_local_part(start + colon + 1))};
  }

  // Namespaces in XML §3: the local part of a QName is an NCName, so it starts with a NameStartChar too
  // (libxml2: "Failed to parse QName", after which the schema sees an attribute it does not allow).
  bool starts_local_part(std::size_t at) {
    const auto first = static_cast<unsigned char>(s_[at]) < 0x80 ? static_cast<unsigned char>(s_[at]) : decode(at);
    return is_name_start_char(first);
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
    switch (pos_ + 1 < s_.size() ? s_[pos_ + 1] : '\0') {
      case '!':
        if (starts_with("<!--")) return comment();
        if (starts_with("<![CDATA[")) return cdata();
        fail(pos_, "DOCTYPE and other markup declarations (DTD, ENTITY) are not allowed");
      case '?':
        return processing_instruction();
      case '/':
        return end_tag();
      default:
        return start_tag();
    }
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
    const auto target = name("a processing instruction").text;
    if (iequals(target, "xml")) fail(start, "an XML declaration is only allowed at the very start of the document");
    const auto end = s_.find("?>", pos_);
    if (end == std::string_view::npos) fail(start, "unterminated processing instruction");
    if (pos_ != end && !skip_whitespace()) fail(pos_, "whitespace expected after the processing instruction target");
    characters_until(end);
    pos_ = end + 2;
  }

  // An end tag: pugixml checks that it names the open element, whose name was checked at its start tag.
  void end_tag() {
    const auto start = pos_;
    // Nearly always a name and '>', found in one pass; anything else is checked as before it was found.
    auto end = skip_plain<Plain::Tag>(std::min(pos_ + 2, s_.size()), s_.size());
    if (end >= s_.size() || s_[end] != '>') {
      pos_ = end;
      end = s_.find('>', end);
      if (end == std::string_view::npos) fail(start, "unterminated end tag");
      characters_until(end);
    }
    pos_ = end + 1;
    if (depth_ == 0) fail(start, "end tag without a matching start tag");
    --depth_;
    namespaces_.leave(depth_);
  }

  void start_tag() {
    const auto start = pos_;
    ++pos_;
    if (pos_ >= s_.size() || is_xml_whitespace(s_[pos_])) fail(start, "'<' must start a tag; write &lt; in text");
    if (depth_ == 0 && root_seen_) fail(start, "only one root element is allowed");
    const auto element = name("an element");
    attributes_.clear();
    while (true) {
      const bool separated = skip_whitespace();
      const bool empty = peek() == '/' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '>';
      if (empty || peek() == '>') {
        if (depth_ + 1 > limits_.max_depth) {
          fail(start, "elements are nested deeper than " + std::to_string(limits_.max_depth) + " levels");
        }
        pos_ += empty ? 2 : 1;
        root_seen_ = true;
        if (auto problem = namespaces_.enter(depth_ + 1, element, attributes_); !problem.empty()) {
          fail(start, std::move(problem));
        }
        if (empty) {
          namespaces_.leave(depth_);
        } else {
          ++depth_;
        }
        return;
      }
      if (pos_ >= s_.size()) fail(start, "unterminated start tag");
      if (!separated) fail(pos_, "whitespace expected between attributes");
      const auto attribute = name("an attribute");
      equals();
      const auto value_start = pos_ + 1;
      attribute_value();
      attributes_.push_back({attribute, s_.substr(value_start, pos_ - 1 - value_start)});
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
      pos_ = skip_plain<Plain::Text>(pos_, s_.size());
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
  bool root_seen_ = false;
  std::vector<RawAttribute> attributes_;  // of the start tag being read; reused
  NamespaceScope namespaces_;
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
