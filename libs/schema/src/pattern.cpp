#include <libxml/xmlregexp.h>

#include <algorithm>
#include <string>

#include "ijw/schema/schema.hpp"
#include "ijw/xml/utf8.hpp"

namespace ijw::schema {

enum class Pattern::Shape {
  General,            // anything else: libxml2
  Literal,            // no metacharacter: the value itself
  Digits,             // [0-9]{n}
  AnyDigits,          // [0-9]*
  SomeNonSpaceLine,   // .*[^\\s].*  ('.' excludes CR and LF)
  SomeNonSpace,       // ([.\\s]*\\S+[.\\s]*)+
  NoColonOrZ,         // [^:Z]*
  NoZOrPlus,          // [^Z+-]+ as libxml2 reads it (see shape_of)
  Version,            // (0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)
  Letters,            // ([a-zA-ZÀ-ỳ])+
};

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A version number part: 0, or digits without a leading zero.
bool is_version_number(std::string_view part) {
  return !part.empty() && std::all_of(part.begin(), part.end(), is_digit) && (part == "0" || part.front() != '0');
}

// Three version number parts with a dot between them.
bool is_version(std::string_view value) {
  const auto first = value.find('.');
  if (first == std::string_view::npos) return false;
  const auto second = value.find('.', first + 1);
  if (second == std::string_view::npos) return false;
  return is_version_number(value.substr(0, first)) && is_version_number(value.substr(first + 1, second - first - 1)) &&
         is_version_number(value.substr(second + 1));
}

// One or more of a-z, A-Z and U+00C0 to U+1EF3 (ỳ), read as code points of valid UTF-8.
bool is_letters(std::string_view value) {
  if (value.empty()) return false;
  const char* at = value.data();
  const char* const end = at + value.size();
  while (at < end) {
    const auto byte = static_cast<unsigned char>(*at);
    if (byte < 0x80) {
      if (!((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z'))) return false;
      ++at;
      continue;
    }
    const auto sequence = xml::decode_utf8_sequence(at, end);
    if (sequence.status != xml::Utf8Status::Ok || sequence.code_point < 0xC0 || sequence.code_point > 0x1EF3)
      return false;
    at += sequence.length;
  }
  return true;
}

Pattern::Shape shape_of(const std::string& expression, std::size_t& digits) {
  using Shape = Pattern::Shape;
  if (expression.find_first_of("\\.^$?*+()[]{}|") == std::string::npos) return Shape::Literal;
  if (expression == "[0-9]*") return Shape::AnyDigits;
  if (expression == ".*[^\\s].*") return Shape::SomeNonSpaceLine;
  if (expression == "([.\\s]*\\S+[.\\s]*)+") return Shape::SomeNonSpace;
  if (expression == "[^:Z]*") return Shape::NoColonOrZ;
  // libxml2 drops the '-' before ']' instead of taking it literally: it excludes only 'Z' and '+' (the
  // oracle's reading, which the shortcut must share; pattern_test probes it).
  if (expression == "[^Z+-]+") return Shape::NoZOrPlus;
  if (expression == "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)") return Shape::Version;
  if (expression == "([a-zA-Z\u00C0-\u1EF3])+") return Shape::Letters;
  if (expression.starts_with("[0-9]{") && expression.ends_with("}") && expression.size() > 7 &&
      std::all_of(expression.begin() + 6, expression.end() - 1, is_digit)) {
    digits = std::stoul(expression.substr(6, expression.size() - 7));
    return Shape::Digits;
  }
  return Shape::General;
}

}  // namespace

struct Pattern::Compiled {
  xmlRegexpPtr regexp = nullptr;
  ~Compiled() {
    if (regexp) xmlRegFreeRegexp(regexp);
  }
};

Pattern::Pattern(std::string expression, Engine engine)
    : expression_(std::move(expression)), shape_(Shape::General), compiled_(std::make_shared<Compiled>()) {
  // Always compile: an expression libxml2 refuses is an error in the description, shortcut or not.
  compiled_->regexp = xmlRegexpCompile(reinterpret_cast<const xmlChar*>(expression_.c_str()));
  if (!compiled_->regexp) throw SchemaError("invalid XSD pattern '" + expression_ + "'");
  if (engine == Engine::Fastest) shape_ = shape_of(expression_, digits_);
}

bool Pattern::has_shortcut() const { return shape_ != Shape::General; }

bool Pattern::matches(std::string_view value) const {
  switch (shape_) {
    case Shape::Literal:
      return value == expression_;
    case Shape::Digits:
      return value.size() == digits_ && std::all_of(value.begin(), value.end(), is_digit);
    case Shape::AnyDigits:
      return std::all_of(value.begin(), value.end(), is_digit);
    case Shape::SomeNonSpaceLine:
      return value.find_first_of("\r\n") == std::string_view::npos &&
             std::any_of(value.begin(), value.end(), [](char c) { return !is_space(c); });
    case Shape::SomeNonSpace:
      return std::any_of(value.begin(), value.end(), [](char c) { return !is_space(c); });
    case Shape::NoColonOrZ:
      return value.find_first_of(":Z") == std::string_view::npos;
    case Shape::NoZOrPlus:
      return !value.empty() && value.find_first_of("Z+") == std::string_view::npos;
    case Shape::Version:
      return is_version(value);
    case Shape::Letters:
      return is_letters(value);
    case Shape::General:
      break;
  }
  // libxml2 wants a NUL-terminated string; values are short, so reuse one buffer per thread.
  thread_local std::string buffer;
  buffer.assign(value.data(), value.size());
  return xmlRegexpExec(compiled_->regexp, reinterpret_cast<const xmlChar*>(buffer.c_str())) == 1;
}

}  // namespace ijw::schema
