#pragma once
// Writing iJw documents as the standard wants them on the wire (OP192): UTF-8 without BOM, the XML
// declaration, one element per line indented with tabs, CRLF line ends.

#include <optional>
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

  void open(std::string_view name);  // <name>
  // <name>text</name>; throws std::invalid_argument, naming the element's path, when `text` cannot be
  // written as XML (see xml_safe_problem).
  void leaf(std::string_view name, std::string_view text);
  void close();  // </name> of the innermost open element

  // Closes every open element, the root included, and hands over the document.
  std::string finish();

  // The path of local names from the root to a child `name` of the innermost open element
  // ("/Bericht/Client/Bsn"), for messages about what cannot be written.
  std::string path_to(std::string_view name) const;

 private:
  void indent();

  std::string out_;
  std::vector<std::string> open_;
};

// Where escaped text goes: element content, or an attribute value between double quotes.
enum class Escape { Text, Attribute };

// Appends text as XML character data: &, < and > escaped, CR and LF as character references so that a
// value survives parsing unchanged (XML turns a literal CR into LF) and CRLF stays the only line end. In an
// attribute value '"' and tab are references too (attribute-value normalisation would turn a tab into a
// space). Other bytes are copied: check the text with xml_safe_problem first.
void append_escaped(std::string& out, std::string_view text, Escape where = Escape::Text);

// Why `text` cannot be written as XML 1.0 character data: it is not UTF-8, or it holds a character outside
// the Char production (a control character other than tab, LF and CR; U+FFFE; U+FFFF). nullopt when it can.
std::optional<std::string> xml_safe_problem(std::string_view text);

}  // namespace ijw::xml
