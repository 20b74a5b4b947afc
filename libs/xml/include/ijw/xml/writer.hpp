#pragma once
// Writing iJw documents as the standard wants them on the wire (OP192): UTF-8 without BOM, the XML
// declaration, one element per line indented with tabs, CRLF line ends.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ijw::xml {

class Writer {
 public:
  using Namespaces = std::vector<std::pair<std::string_view, std::string_view>>;  // (prefix, uri)

  // Starts the document with its root element (a qualified name) and the namespace declarations.
  Writer(std::string_view root, const Namespaces& namespaces);

  void open(std::string_view name);                     // <name>
  void leaf(std::string_view name, std::string_view text);  // <name>text</name>
  void close();                                         // </name> of the innermost open element

  // Closes every open element, the root included, and hands over the document.
  std::string finish();

 private:
  void indent();

  std::string out_;
  std::vector<std::string> open_;
};

// Appends text as XML character data: &, < and > escaped, CR and LF as character references so that a
// value survives parsing unchanged (XML turns a literal CR into LF) and CRLF stays the only line end.
void append_escaped(std::string& out, std::string_view text);

}  // namespace ijw::xml
