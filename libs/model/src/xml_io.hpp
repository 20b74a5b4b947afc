#pragma once
// The hand-written half of the generated model's reader and writer. The generated messages.cpp has one
// `read` and one `write` overload per complex type that walk its sequence through these helpers; the
// helpers reach the nested types' overloads by argument-dependent lookup (all live in this namespace).

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "ijw/model/parse_error.hpp"
#include "ijw/xml/document.hpp"
#include "ijw/xml/writer.hpp"

namespace ijw::model::detail {

// How often an element may occur (maxOccurs "unbounded" is schema::kUnbounded).
struct Occurs {
  std::uint32_t min = 1;
  std::uint32_t max = 1;
};

// A generated simple type: a struct holding the lexical text.
template <class T>
concept SimpleValue = requires(const T& value) {
  { value.text } -> std::convertible_to<const std::string&>;
};

// An element being read, with the path that names it in errors ("/Bericht/Client/StartProducten/StartProduct[2]").
class Element {
 public:
  Element(const xml::Document& document, pugi::xml_node node, std::string path);

  // The document element, which must be `qualified_name` ("jw305:Bericht") in `namespace_uri`.
  static Element root(const xml::Document& document, std::string_view namespace_uri,
                      std::string_view qualified_name);
  // The document element, whatever it is.
  static Element document_element(const xml::Document& document);
  [[noreturn]] static void fail_document(const std::string& problem);  // a problem with no element to name

  const xml::Document& document() const { return *document_; }
  pugi::xml_node node() const { return node_; }
  const std::string& path() const { return path_; }
  xml::Position where() const;

  bool is(std::string_view namespace_uri, std::string_view local_name) const;

  // The value of a simple element: its text and CDATA children, concatenated; comments and PIs are skipped.
  std::string text() const;

  [[noreturn]] void fail(const std::string& problem) const;

 private:
  const xml::Document* document_;
  pugi::xml_node node_;
  std::string path_;
};

template <SimpleValue T>
void read(const Element& in, T& out) {
  out.text = in.text();
}

// Reads the element children of a complex element in the order of its sequence. Whitespace between them
// is skipped; any other text, or an element out of place, fails with the element's path.
class Sequence {
 public:
  explicit Sequence(const Element& parent);

  template <class T>
  void required(std::string_view namespace_uri, std::string_view qualified_name, T& out) {
    read(take_required(namespace_uri, qualified_name), out);
  }

  template <class T>
  void optional(std::string_view namespace_uri, std::string_view qualified_name, std::optional<T>& out) {
    if (std::optional<Element> element = take_optional(namespace_uri, qualified_name)) read(*element, out.emplace());
  }

  template <class T>
  void repeated(std::string_view namespace_uri, std::string_view qualified_name, Occurs occurs,
                std::vector<T>& out) {
    while (std::optional<Element> element = take_repeated(namespace_uri, qualified_name, occurs, out.size())) {
      read(*element, out.emplace_back());
    }
  }

  // Fails when element children remain that the sequence has no place for.
  void finish();

 private:
  Element take_required(std::string_view namespace_uri, std::string_view qualified_name);
  std::optional<Element> take_optional(std::string_view namespace_uri, std::string_view qualified_name);
  std::optional<Element> take_repeated(std::string_view namespace_uri, std::string_view qualified_name,
                                       Occurs occurs, std::size_t taken);
  bool next_is(std::string_view namespace_uri, std::string_view qualified_name) const;
  void advance();                        // past the element just taken
  void seek_element(pugi::xml_node from);  // next_ := the first element from `from` on, failing on text
  std::string child_path(std::string_view qualified_name) const;
  [[noreturn]] void fail_expected(std::string_view qualified_name, const std::string& path) const;

  const Element& parent_;
  pugi::xml_node next_;  // the first element child not yet taken; null at the end
};

// Writes a message through xml::Writer (the XML declaration, the root with its namespace declarations, then
// the elements, each on its own line, indented with tabs, lines ended by CRLF), checking what the types
// cannot: how often an element occurs. Text that XML cannot carry is refused by xml::Writer::leaf. Both
// failures are std::invalid_argument naming the element's path.
class Writer {
 public:
  Writer(std::string_view root_name, const xml::Writer::Namespaces& namespaces) : out_(root_name, namespaces) {}

  template <class T>
  void required(std::string_view name, const T& value) {
    element(name, value);
  }

  template <class T>
  void optional(std::string_view name, const std::optional<T>& value) {
    if (value) element(name, *value);
  }

  template <class T>
  void repeated(std::string_view name, Occurs occurs, const std::vector<T>& values) {
    check_occurs(name, occurs, values.size());
    for (const T& value : values) element(name, value);
  }

  // Closes the root and hands over the document.
  std::string finish() { return out_.finish(); }

 private:
  template <class T>
  void element(std::string_view name, const T& value) {
    if constexpr (SimpleValue<T>) {
      out_.leaf(name, value.text);
    } else {
      out_.open(name);
      write(*this, value);
      out_.close();
    }
  }

  void check_occurs(std::string_view name, Occurs occurs, std::size_t count) const;

  xml::Writer out_;
};

}  // namespace ijw::model::detail
