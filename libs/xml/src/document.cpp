#include "ijw/xml/document.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "guard.hpp"

namespace ijw::xml {
namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNamespace = "http://www.w3.org/2000/xmlns/";

// pugixml keeps whitespace-only text (values like " " matter to XSD facets), decodes references and
// normalises line ends as XML 1.0 §2.11 requires. Comments and PIs are not needed above this layer.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                   pugi::parse_wconv_attribute | pugi::parse_ws_pcdata;

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

struct Document::Impl {
  std::string source;
  std::size_t bom = 0;
  pugi::xml_document dom;
};

Document::Document(Impl* impl) : impl_(impl) {}
Document::Document(Document&& other) noexcept : impl_(std::exchange(other.impl_, nullptr)) {}
Document& Document::operator=(Document&& other) noexcept {
  std::swap(impl_, other.impl_);
  return *this;
}
Document::~Document() { delete impl_; }

pugi::xml_node Document::root() const { return impl_->dom.document_element(); }
const pugi::xml_document& Document::dom() const { return impl_->dom; }
std::string_view Document::source() const { return impl_->source; }

Position Document::position_at(std::size_t byte_offset) const {
  // The byte-order mark is not part of the document (XML 1.0 §4.3.3): it takes no column.
  const std::string_view text =
      std::string_view(impl_->source).substr(0, byte_offset).substr(std::min(byte_offset, impl_->bom));
  Position position{1, 1};
  for (const char c : text) {
    if (c == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // count characters, not bytes
      ++position.column;
    }
  }
  return position;
}

Position Document::position_of(pugi::xml_node node) const {
  const auto offset = node.offset_debug();
  if (offset < 0) return {};
  // pugixml reports where the name starts; point at the '<' before it.
  const auto name_offset = static_cast<std::size_t>(offset) + impl_->bom;
  return position_at(node.type() == pugi::node_element && name_offset > 0 ? name_offset - 1 : name_offset);
}

std::string_view Document::namespace_uri(pugi::xml_node element) const {
  const std::string_view wanted = prefix(element.name());
  if (wanted == "xml") return kXmlNamespace;
  for (auto node = element; node.type() == pugi::node_element; node = node.parent()) {
    for (const auto attribute : node.attributes()) {
      const std::string_view name = attribute.name();
      if (wanted.empty() ? name == "xmlns" : (name.starts_with("xmlns:") && name.substr(6) == wanted)) {
        return attribute.value();
      }
    }
  }
  return {};
}

std::string_view local_name(std::string_view qualified_name) {
  const auto colon = qualified_name.find(':');
  return colon == std::string_view::npos ? qualified_name : qualified_name.substr(colon + 1);
}

std::string_view prefix(std::string_view qualified_name) {
  const auto colon = qualified_name.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified_name.substr(0, colon);
}

namespace {

// The namespace URI bound to `bound_prefix` where `node` stands, or empty.
std::string_view resolve_prefix(pugi::xml_node node, std::string_view bound_prefix) {
  const std::string declaration = "xmlns:" + std::string(bound_prefix);
  for (auto scope = node; scope.type() == pugi::node_element; scope = scope.parent()) {
    if (const auto attribute = scope.attribute(declaration.c_str())) return attribute.value();
  }
  return {};
}

// Two prefixed attributes whose prefixes are bound to the same URI and whose local names are equal.
bool same_expanded_name(pugi::xml_node node, std::string_view a, std::string_view b) {
  const auto prefix_a = prefix(a);
  const auto prefix_b = prefix(b);
  if (prefix_a.empty() || prefix_b.empty() || prefix_a == "xmlns" || prefix_b == "xmlns") return false;
  if (local_name(a) != local_name(b)) return false;
  const auto uri_a = prefix_a == "xml" ? kXmlNamespace : resolve_prefix(node, prefix_a);
  const auto uri_b = prefix_b == "xml" ? kXmlNamespace : resolve_prefix(node, prefix_b);
  return !uri_a.empty() && uri_a == uri_b;
}

// What an element violates of Namespaces in XML 1.0 that pugixml does not check: names with one colon at
// most, prefixes declared, reserved prefixes used as reserved, no prefix undeclared by an empty URI, no
// attribute twice. Returns the problem, or an empty string.
std::string namespace_problem(const Document& document, pugi::xml_node node) {
  const std::string_view name = node.name();
  if (std::count(name.begin(), name.end(), ':') > 1 || name.starts_with(':') || name.ends_with(':')) {
    return "element name '" + std::string(name) + "' is not a valid qualified name";
  }
  if (!prefix(name).empty() && document.namespace_uri(node).empty()) {
    return "namespace prefix '" + std::string(prefix(name)) + "' is not declared";
  }
  for (auto attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
    const std::string_view attribute_name = attribute.name();
    if (std::count(attribute_name.begin(), attribute_name.end(), ':') > 1 || attribute_name.starts_with(':') ||
        attribute_name.ends_with(':')) {
      return "attribute name '" + std::string(attribute_name) + "' is not a valid qualified name";
    }
    for (auto other = attribute.next_attribute(); other; other = other.next_attribute()) {
      if (attribute_name == other.name()) return "attribute '" + std::string(attribute_name) + "' appears twice";
      if (same_expanded_name(node, attribute_name, other.name())) {
        return "attributes '" + std::string(attribute_name) + "' and '" + other.name() +
               "' have the same namespace and name";
      }
    }
    const std::string_view value = attribute.value();
    const auto attribute_prefix = prefix(attribute_name);
    if (attribute_prefix == "xmlns") {
      const auto declared = local_name(attribute_name);
      if (value.empty()) return "namespace prefix '" + std::string(declared) + "' cannot be undeclared";
      if (declared == "xmlns" || (declared == "xml") != (value == kXmlNamespace) || value == kXmlnsNamespace) {
        return "reserved namespace prefix or URI misused in '" + std::string(attribute_name) + "'";
      }
    } else if (!attribute_prefix.empty() && attribute_prefix != "xml" &&
               resolve_prefix(node, attribute_prefix).empty()) {
      return "namespace prefix '" + std::string(attribute_prefix) + "' is not declared";
    }
  }
  return {};
}

std::optional<Diagnostic> check_namespaces(const Document& document) {
  std::vector<pugi::xml_node> pending{document.root()};
  while (!pending.empty()) {
    const auto node = pending.back();
    pending.pop_back();
    if (auto problem = namespace_problem(document, node); !problem.empty()) {
      return Diagnostic{document.position_of(node), {}, std::move(problem)};
    }
    for (auto child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() == pugi::node_element) pending.push_back(child);
    }
  }
  return std::nullopt;
}

// Exactly one document element, and no text or CDATA outside it.
std::optional<Diagnostic> check_document_level(const Document& document) {
  int elements = 0;
  for (const auto child : document.dom().children()) {
    if (child.type() == pugi::node_element) {
      if (++elements > 1) return Diagnostic{document.position_of(child), {}, "only one root element is allowed"};
    } else if (child.type() == pugi::node_cdata || (child.type() == pugi::node_pcdata && !is_blank(child.value()))) {
      return Diagnostic{document.position_of(child), {}, "text is not allowed outside the root element"};
    }
  }
  if (elements == 0) return Diagnostic{{1, 1}, {}, "the document has no root element"};
  return std::nullopt;
}

}  // namespace

ParseResult parse(std::string_view bytes, const Limits& limits) {
  ParseResult result;
  auto* impl = new Document::Impl{};
  Document document(impl);
  impl->source.assign(bytes.data(), bytes.size());
  impl->bom = detail::utf8_bom_length(bytes);

  if (const auto failure = detail::check_raw(bytes, limits)) {
    result.diagnostics.push_back({document.position_at(failure->offset), {}, failure->text});
    return result;
  }
  const auto parsed = impl->dom.load_buffer(impl->source.data() + impl->bom, impl->source.size() - impl->bom,
                                            kParseOptions, pugi::encoding_utf8);
  if (!parsed) {
    result.diagnostics.push_back({document.position_at(static_cast<std::size_t>(parsed.offset) + impl->bom), {},
                                  std::string("not well-formed XML: ") + parsed.description()});
    return result;
  }
  if (auto problem = check_document_level(document)) {
    result.diagnostics.push_back(std::move(*problem));
    return result;
  }
  if (auto problem = check_namespaces(document)) {
    result.diagnostics.push_back(std::move(*problem));
    return result;
  }
  result.document.emplace(std::move(document));
  return result;
}

}  // namespace ijw::xml
