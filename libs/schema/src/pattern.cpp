#include <libxml/xmlregexp.h>

#include <algorithm>
#include <string>

#include "ijw/schema/schema.hpp"

namespace ijw::schema {

enum class Pattern::Shape {
  General,            // anything else: libxml2
  Literal,            // no metacharacter: the value itself
  Digits,             // [0-9]{n}
  AnyDigits,          // [0-9]*
  SomeNonSpaceLine,   // .*[^\\s].*  ('.' excludes CR and LF)
  SomeNonSpace,       // ([.\\s]*\\S+[.\\s]*)+
  NoColonOrZ,         // [^:Z]*
};

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Pattern::Shape shape_of(const std::string& expression, std::size_t& digits) {
  using Shape = Pattern::Shape;
  if (expression.find_first_of("\\.^$?*+()[]{}|") == std::string::npos) return Shape::Literal;
  if (expression == "[0-9]*") return Shape::AnyDigits;
  if (expression == ".*[^\\s].*") return Shape::SomeNonSpaceLine;
  if (expression == "([.\\s]*\\S+[.\\s]*)+") return Shape::SomeNonSpace;
  if (expression == "[^:Z]*") return Shape::NoColonOrZ;
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
    case Shape::General:
      break;
  }
  // libxml2 wants a NUL-terminated string; values are short, so reuse one buffer per thread.
  thread_local std::string buffer;
  buffer.assign(value.data(), value.size());
  return xmlRegexpExec(compiled_->regexp, reinterpret_cast<const xmlChar*>(buffer.c_str())) == 1;
}

}  // namespace ijw::schema
