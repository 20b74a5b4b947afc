#include "xml_io.hpp"

#include <stdexcept>

namespace ijw::model {

namespace {

std::string describe(const std::string& path, xml::Position where, const std::string& problem) {
  std::string text;
  if (where.line != 0) {
    text = "line " + std::to_string(where.line) + ", column " + std::to_string(where.column) + ": ";
  }
  if (!path.empty()) text += path + ": ";
  return text + problem;
}

}  // namespace

ParseError::ParseError(std::string path, xml::Position where, const std::string& problem)
    : std::invalid_argument(describe(path, where, problem)), path_(std::move(path)), where_(where) {}

}  // namespace ijw::model

namespace ijw::model::detail {

namespace {

bool is_xml_whitespace(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string quoted_excerpt(std::string_view text) {
  constexpr std::size_t kMax = 40;
  return "'" + std::string(text.substr(0, kMax)) + (text.size() > kMax ? "...'" : "'");
}

}  // namespace

// ---- Element ------------------------------------------------------------------------------------------

Element::Element(const xml::Document& document, pugi::xml_node node, std::string path)
    : document_(&document), node_(node), path_(std::move(path)) {}

Element Element::root(const xml::Document& document, std::string_view namespace_uri,
                      std::string_view qualified_name) {
  Element element = document_element(document);
  if (!element.is(namespace_uri, xml::local_name(qualified_name))) {
    element.fail("expected root element " + std::string(qualified_name) + " in namespace " +
                 std::string(namespace_uri) + ", found " + element.node().name() + " in namespace '" +
                 std::string(document.namespace_uri(element.node())) + "'");
  }
  return element;
}

Element Element::document_element(const xml::Document& document) {
  const pugi::xml_node node = document.root();
  if (node.type() != pugi::node_element) fail_document("the document has no root element");
  return Element(document, node, "/" + std::string(xml::local_name(node.name())));
}

void Element::fail_document(const std::string& problem) {
  throw ParseError("", xml::Position{}, problem);
}

xml::Position Element::where() const { return document_->position_of(node_); }

bool Element::is(std::string_view namespace_uri, std::string_view local) const {
  return node_.type() == pugi::node_element && xml::local_name(node_.name()) == local &&
         document_->namespace_uri(node_) == namespace_uri;
}

std::string Element::text() const {
  std::string value;
  for (const pugi::xml_node child : node_.children()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        value += child.value();
        break;
      case pugi::node_element:
        Element(*document_, child, path_ + "/" + std::string(xml::local_name(child.name())))
            .fail(std::string("unexpected element ") + child.name() + " inside a simple value");
      default:
        break;  // comments and processing instructions are not part of the value
    }
  }
  return value;
}

void Element::fail(const std::string& problem) const { throw ParseError(path_, where(), problem); }

// ---- Sequence -----------------------------------------------------------------------------------------

Sequence::Sequence(const Element& parent) : parent_(parent) { seek_element(parent.node().first_child()); }

void Sequence::advance() { seek_element(next_.next_sibling()); }

void Sequence::seek_element(pugi::xml_node from) {
  for (next_ = from; next_; next_ = next_.next_sibling()) {
    if (next_.type() == pugi::node_element) return;
    const bool text = next_.type() == pugi::node_pcdata || next_.type() == pugi::node_cdata;
    if (text && !is_xml_whitespace(next_.value())) {
      throw ParseError(parent_.path(), parent_.document().position_of(next_),
                       "unexpected text " + quoted_excerpt(next_.value()) + " between elements");
    }
  }
}

bool Sequence::next_is(std::string_view namespace_uri, std::string_view qualified_name) const {
  return next_ && Element(parent_.document(), next_, {}).is(namespace_uri, xml::local_name(qualified_name));
}

std::string Sequence::child_path(std::string_view qualified_name) const {
  return parent_.path() + "/" + std::string(xml::local_name(qualified_name));
}

Element Sequence::take_required(std::string_view namespace_uri, std::string_view qualified_name) {
  const std::string path = child_path(qualified_name);
  if (!next_is(namespace_uri, qualified_name)) fail_expected(qualified_name, path);
  Element element(parent_.document(), next_, path);
  advance();
  return element;
}

std::optional<Element> Sequence::take_optional(std::string_view namespace_uri, std::string_view qualified_name) {
  if (!next_is(namespace_uri, qualified_name)) return std::nullopt;
  Element element(parent_.document(), next_, child_path(qualified_name));
  advance();
  return element;
}

std::optional<Element> Sequence::take_repeated(std::string_view namespace_uri, std::string_view qualified_name,
                                               Occurs occurs, std::size_t taken) {
  const std::string path = child_path(qualified_name) + "[" + std::to_string(taken + 1) + "]";
  if (taken < occurs.max && next_is(namespace_uri, qualified_name)) {
    Element element(parent_.document(), next_, path);
    advance();
    return element;
  }
  if (taken < occurs.min) fail_expected(qualified_name, path);
  return std::nullopt;
}

void Sequence::finish() {
  if (!next_) return;
  throw ParseError(parent_.path() + "/" + std::string(xml::local_name(next_.name())),
                   parent_.document().position_of(next_),
                   std::string("unexpected element ") + next_.name() + " (no place for it in " +
                       parent_.node().name() + ")");
}

void Sequence::fail_expected(std::string_view qualified_name, const std::string& path) const {
  const std::string expected = "expected element " + std::string(qualified_name);
  if (!next_) {
    throw ParseError(path, parent_.where(),
                     expected + ", found the end of " + parent_.node().name());
  }
  std::string found = std::string(", found ") + next_.name();
  if (xml::local_name(next_.name()) == xml::local_name(qualified_name)) {
    found += " in namespace '" + std::string(parent_.document().namespace_uri(next_)) + "'";
  }
  throw ParseError(path, parent_.document().position_of(next_), expected + found);
}

// ---- Writer -------------------------------------------------------------------------------------------

void Writer::check_occurs(std::string_view name, Occurs occurs, std::size_t count) const {
  const auto fail = [&](const std::string& problem) {
    throw std::invalid_argument("cannot serialize " + out_.path_to(name) + ": " + problem);
  };
  if (count < occurs.min) fail("needs at least " + std::to_string(occurs.min) + ", has " + std::to_string(count));
  if (count > occurs.max) fail("allows at most " + std::to_string(occurs.max) + ", has " + std::to_string(count));
}

}  // namespace ijw::model::detail
