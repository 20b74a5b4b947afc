#pragma once
// Safe loading of untrusted XML: the hostile-input guard in front of pugixml, namespace resolution and
// source positions. Everything above this layer may assume a well-formed, UTF-8, DTD-free document.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

namespace ijw::xml {

struct Limits {
  std::size_t max_bytes = 1024 * 1024;  // official messages are a few KB
  std::size_t max_depth = 64;           // the deepest iJw element sits at depth 8
};

// 1-based line and column (column counted in characters) in the original bytes.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// A problem found in a document: where, in which element (an XPath-like path of local names,
// e.g. /Bericht/Client/Bsn; empty when the problem lies outside any element) and what was expected.
struct Diagnostic {
  Position where;
  std::string path;
  std::string text;
};

// A well-formed XML document. Owns its parse buffer; nodes stay valid as long as the Document lives.
class Document {
 public:
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  ~Document();

  pugi::xml_node root() const;  // the document element
  const pugi::xml_document& dom() const;

  // Where a node starts in the original bytes (its '<').
  Position position_of(pugi::xml_node node) const;
  Position position_at(std::size_t byte_offset) const;

  // The namespace URI of an element (empty when it has none), resolved through its ancestors.
  std::string_view namespace_uri(pugi::xml_node element) const;

  // The original bytes the document was parsed from.
  std::string_view source() const;

 private:
  friend struct ParseResult parse(std::string_view, const Limits&);
  struct Impl;
  explicit Document(Impl* impl);
  Impl* impl_;
};

struct ParseResult {
  std::optional<Document> document;   // set when the bytes are a well-formed, acceptable document
  std::vector<Diagnostic> diagnostics;  // why not, otherwise (at least one entry)
};

// Parses untrusted bytes. Rejects, with a diagnostic: more than limits.max_bytes; an encoding other than
// UTF-8 (declared or by byte-order mark); invalid UTF-8; characters outside XML's Char production (NUL
// included); any DOCTYPE, ENTITY or other markup declaration; nesting deeper than limits.max_depth;
// anything that is not well-formed XML 1.0 with namespaces.
ParseResult parse(std::string_view bytes, const Limits& limits = {});

// A namespace declaration as the oracle (libxml2) honours it: (prefix, uri), the prefix empty for the default
// namespace; nullopt for an ordinary attribute and for a declaration it reports and ignores (a prefix bound
// to "", the prefixes xml and xmlns, the XML and XMLNS namespace URIs bound to another prefix).
std::optional<std::pair<std::string_view, std::string_view>> namespace_declaration(pugi::xml_attribute attribute);
// The same for an attribute given by its qualified name and value.
std::optional<std::pair<std::string_view, std::string_view>> namespace_declaration(std::string_view name,
                                                                                   std::string_view value);

// Where the prefix of a qualified name ends: its first colon, or npos when it has no prefix. A loop rather
// than find(): names are a few characters, shorter than the call to memchr is worth.
inline std::size_t prefix_end(std::string_view qualified_name) {
  for (std::size_t i = 0; i < qualified_name.size(); ++i) {
    if (qualified_name[i] == ':') return i;
  }
  return std::string_view::npos;
}

// The part of a qualified name after the prefix ("Bericht" for "jw305:Bericht").
inline std::string_view local_name(std::string_view qualified_name) {
  const auto colon = prefix_end(qualified_name);
  return colon == std::string_view::npos ? qualified_name : qualified_name.substr(colon + 1);
}

inline std::string_view prefix(std::string_view qualified_name) {
  const auto colon = prefix_end(qualified_name);
  return colon == std::string_view::npos ? std::string_view{} : qualified_name.substr(0, colon);
}

}  // namespace ijw::xml
