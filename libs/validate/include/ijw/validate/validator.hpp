#pragma once
// Level 1 of the iJw validation: the verdict of the official XSD, computed from the project's own schema
// description. Agreement with `xmllint --schema` is proven by tests/conformance.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/schema/schema.hpp"
#include "ijw/xml/document.hpp"

namespace ijw::validate {

struct Report {
  const schema::Message* message = nullptr;   // taken from the root element; nullptr if unknown
  std::vector<xml::Diagnostic> errors;       // empty when the document is valid
  std::optional<xml::Document> document;      // the parsed document, when it was well-formed

  bool valid() const { return errors.empty(); }
};

class Validator {
 public:
  explicit Validator(const schema::Schema& schema = schema::ijw32(), xml::Limits limits = {});

  // Parses untrusted bytes and validates them against the message their root element names.
  Report validate(std::string_view bytes) const;

  // Validates an already parsed document; appends to errors.
  void validate(const xml::Document& document, const schema::Message*& message,
                std::vector<xml::Diagnostic>& errors) const;

  const schema::Schema& schema() const { return schema_; }

 private:
  const schema::Schema& schema_;
  xml::Limits limits_;
};

// Checks one lexical value against a simple type, as XSD does: whitespace facet first, then the lexical
// space of the built-in, then the facets. Returns what is wrong, or nullopt when the value is valid.
std::optional<std::string> check_simple_value(const schema::SimpleType& type, std::string_view raw);

}  // namespace ijw::validate
