// libFuzzer target: ijw::xml::parse, the hostile-input guard, on arbitrary bytes. Beyond "no crash, no
// sanitizer report", it checks the guard's promise (document.hpp) against independent re-implementations of
// the XML rules: whatever it accepts is one element tree of UTF-8 XML Chars, no DTD, no deeper than the
// limit, with well-formed, bound names; whatever it rejects comes with a reason.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "ijw/xml/document.hpp"

#define CHECK(condition) IJW_FUZZ_CHECK("fuzz_xml_parse", condition)

namespace {

// Smaller limits than the defaults, so that fuzzed inputs can cross them; the official examples (up to
// 7.6 KB, depth 8) still fit.
constexpr ijw::xml::Limits kLimits{.max_bytes = 8192, .max_depth = 16};

void check_element(const ijw::xml::Document& document, pugi::xml_node element, std::size_t depth,
                   std::size_t lines) {
  CHECK(depth <= kLimits.max_depth);
  const std::string_view name = element.name();
  CHECK(ijw::fuzz::is_qname(name));
  // An element prefix must be declared ("xml" is bound by definition).
  const std::string_view prefix = ijw::xml::prefix(name);
  if (!prefix.empty() && prefix != "xml") CHECK(!document.namespace_uri(element).empty());
  const ijw::xml::Position where = document.position_of(element);
  CHECK(where.line >= 1 && where.line <= lines);
  CHECK(where.column >= 1);

  for (pugi::xml_attribute attribute : element.attributes()) {
    const std::string_view attribute_name = attribute.name();
    CHECK(ijw::fuzz::is_qname(attribute_name));
    for (pugi::xml_attribute other = attribute.next_attribute(); other; other = other.next_attribute()) {
      CHECK(attribute_name != other.name());  // XML 1.0 WFC: Unique Att Spec
    }
  }
  for (pugi::xml_node child : element.children()) {
    CHECK(child.type() != pugi::node_doctype && child.type() != pugi::node_declaration);
    if (child.type() == pugi::node_element) check_element(document, child, depth + 1, lines);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t lines = ijw::fuzz::line_count(bytes);

  const ijw::xml::ParseResult result = ijw::xml::parse(bytes, kLimits);

  if (!result.document) {
    CHECK(!result.diagnostics.empty());
    for (const ijw::xml::Diagnostic& diagnostic : result.diagnostics) {
      CHECK(!diagnostic.text.empty());
      CHECK(diagnostic.where.line <= lines);
    }
    return 0;
  }

  const ijw::xml::Document& document = *result.document;
  CHECK(bytes.size() <= kLimits.max_bytes);
  CHECK(ijw::fuzz::is_utf8_xml_text(bytes));
  CHECK(document.source() == bytes);

  const pugi::xml_node root = document.root();
  CHECK(root.type() == pugi::node_element);
  // Exactly one element at the top, nothing but comments, PIs and white space around it, no DTD.
  std::size_t top_elements = 0;
  for (pugi::xml_node node : document.dom().children()) {
    CHECK(node.type() != pugi::node_doctype);
    if (node.type() == pugi::node_element) ++top_elements;
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      CHECK(std::string_view(node.value()).find_first_not_of(" \t\r\n") == std::string_view::npos);
    }
  }
  CHECK(top_elements == 1);
  // pugixml drops text outside the root element from the DOM, so look at the bytes: a document starts and
  // ends with markup (after an optional byte-order mark, and apart from white space).
  const std::string_view body = bytes.substr(bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  const std::size_t first = body.find_first_not_of(" \t\r\n");
  const std::size_t last = body.find_last_not_of(" \t\r\n");
  CHECK(first != std::string_view::npos && body[first] == '<' && body[last] == '>');
  // An XML declaration, if any, follows production [23] (pugixml is not asked to parse it).
  if (body.starts_with("<?xml") && body.size() > 5 &&
      std::string_view(" \t\r\n").find(body[5]) != std::string_view::npos) {
    const std::size_t end = body.find("?>");
    CHECK(end != std::string_view::npos && ijw::fuzz::is_xml_declaration(body.substr(0, end + 2)));
  }
  CHECK(document.dom().document_element() == root);
  check_element(document, root, 1, lines);
  return 0;
}
