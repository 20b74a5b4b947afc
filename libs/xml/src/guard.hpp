#pragma once
// The hostile-input guard: one pass over the raw bytes that rejects what pugixml would tolerate but
// XML 1.0 (and this service) does not.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ijw/xml/document.hpp"

namespace ijw::xml::detail {

struct GuardFailure {
  std::size_t offset = 0;  // byte offset of the offending construct
  std::string text;
};

// Length of a leading UTF-8 byte-order mark (0 or 3).
std::size_t utf8_bom_length(std::string_view bytes);

// Checks the raw document: encoding (declaration and byte-order mark), UTF-8 validity, XML's Char
// production, no markup declarations (DOCTYPE, ENTITY, ...), names, well-formed references, comments,
// CDATA sections and processing instructions, '<' in attribute values, "]]>" in text, one root element
// and nothing but whitespace, comments and PIs around it, nesting depth, and Namespaces in XML (prefixes
// declared, qualified names, no duplicate attribute). What is left to pugixml: matching end tags.
std::optional<GuardFailure> check_raw(std::string_view bytes, const Limits& limits);

}  // namespace ijw::xml::detail
