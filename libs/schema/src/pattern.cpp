#include <libxml/xmlregexp.h>

#include <string>

#include "ijw/schema/schema.hpp"

namespace ijw::schema {

struct Pattern::Compiled {
  xmlRegexpPtr regexp = nullptr;
  ~Compiled() {
    if (regexp) xmlRegFreeRegexp(regexp);
  }
};

Pattern::Pattern(std::string expression)
    : expression_(std::move(expression)), compiled_(std::make_shared<Compiled>()) {
  compiled_->regexp = xmlRegexpCompile(reinterpret_cast<const xmlChar*>(expression_.c_str()));
  if (!compiled_->regexp) throw SchemaError("invalid XSD pattern '" + expression_ + "'");
}

bool Pattern::matches(std::string_view value) const {
  // libxml2 wants a NUL-terminated string; values are short, so reuse one buffer per thread.
  thread_local std::string buffer;
  buffer.assign(value.data(), value.size());
  return xmlRegexpExec(compiled_->regexp, reinterpret_cast<const xmlChar*>(buffer.c_str())) == 1;
}

}  // namespace ijw::schema
