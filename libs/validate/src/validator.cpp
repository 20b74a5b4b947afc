#include "ijw/validate/validator.hpp"

#include <string>

namespace ijw::validate {
namespace {

using schema::ComplexType;
using schema::Particle;
using schema::SimpleType;

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

constexpr std::size_t kNoNamespaceIndex = schema::Schema::kNoNamespaceIndex;

// Whether a text node holds only whitespace; read up to its terminating NUL (the guard lets no NUL through),
// without measuring it first.
bool is_blank(const char* text) {
  for (; *text != '\0'; ++text) {
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r') return false;
  }
  return true;
}

struct ExpandedName {
  std::string_view namespace_uri;
  std::size_t namespace_index = kNoNamespaceIndex;  // see schema::Particle::namespace_index
  std::string_view local_name;
};

// A namespace declaration in scope.
struct Binding {
  std::string_view prefix;
  std::string_view uri;
  std::size_t namespace_index = kNoNamespaceIndex;
};

// The type an element was declared with: exactly one of simple/complex is set.
struct Declared {
  const SimpleType* simple = nullptr;
  const ComplexType* complex = nullptr;
};

// One validation pass over a document: a recursive walk that follows the schema, keeping the in-scope
// namespace declarations and the element path for diagnostics.
class Walk {
 public:
  Walk(const schema::Schema& schema, const xml::Document& document, std::vector<xml::Diagnostic>& errors)
      : schema_(schema), document_(document), errors_(errors) {}

  const schema::Message* run() {
    const auto root = document_.root();
    const auto first_attribute = root.first_attribute();
    push_declarations(first_attribute);
    const auto name = expand(root.name());
    path_.push_back(name.local_name);
    const schema::Message* message = schema_.find_root(name.namespace_uri, name.local_name);
    if (!message) {
      error(root, "root element {" + std::string(name.namespace_uri) + "}" + std::string(name.local_name) +
                      " is not a message of " + std::string(schema_.standard()) + " " +
                      std::string(schema_.release()) + " (expected a Bericht in a jwNNN namespace)");
    } else {
      element(root, Declared{nullptr, message->root_type}, first_attribute);
    }
    return message;
  }

 private:
  // The declarations among an element's attributes, from its first; the URIs are looked up in the schema
  // here, once, so that names are matched by namespace index.
  void push_declarations(pugi::xml_attribute attribute) {
    for (; attribute; attribute = attribute.next_attribute()) {
      if (const auto declaration = xml::namespace_declaration(attribute)) {
        scope_.push_back({declaration->first, declaration->second, schema_.namespace_index(declaration->second)});
      }
    }
  }

  void pop_declarations(std::size_t marker) { scope_.resize(marker); }

  Binding resolve(std::string_view prefix) const {
    if (prefix == "xml") return {prefix, kXmlNamespace, schema_.namespace_index(kXmlNamespace)};
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->prefix == prefix) return *it;
    }
    return {};
  }

  ExpandedName expand(std::string_view qualified) const {
    const auto colon = xml::prefix_end(qualified);
    if (colon == std::string_view::npos) {
      const auto binding = resolve({});
      return {binding.uri, binding.namespace_index, qualified};
    }
    const auto binding = resolve(qualified.substr(0, colon));
    return {binding.uri, binding.namespace_index, qualified.substr(colon + 1)};
  }

  void error(pugi::xml_node node, std::string text) {
    std::string path;
    for (const auto step : path_) path.append("/").append(step);
    errors_.push_back({document_.position_of(node), std::move(path), std::move(text)});
  }

  void element(pugi::xml_node node, const Declared& declared, pugi::xml_attribute first_attribute) {
    if (first_attribute) check_attributes(node, first_attribute, declared);
    if (declared.complex) {
      complex_content(node, *declared.complex);
    } else {
      simple_content(node, *declared.simple);
    }
  }

  // The expanded name of the type an element was declared with, for comparing xsi:type.
  ExpandedName declared_type_name(const Declared& declared) const {
    const std::string_view name = declared.complex ? std::string_view(declared.complex->name) : declared.simple->name;
    if (name.empty()) return {};
    return {schema_.namespace_uri(xml::prefix(name)), kNoNamespaceIndex, xml::local_name(name)};
  }

  // No iJw element declares attributes. Namespace declarations are not attributes; of the xsi attributes the
  // oracle ignores schema locations, accepts xsi:type naming the declared type itself and refuses xsi:nil
  // (no iJw element is nillable).
  void check_attributes(pugi::xml_node node, pugi::xml_attribute first_attribute, const Declared& declared) {
    for (auto attribute = first_attribute; attribute; attribute = attribute.next_attribute()) {
      const std::string_view qualified = attribute.name();
      if (qualified == "xmlns" || qualified.starts_with("xmlns:")) continue;
      const auto prefix = xml::prefix(qualified);
      const ExpandedName name{prefix.empty() ? std::string_view{} : resolve(prefix).uri, kNoNamespaceIndex,
                              xml::local_name(qualified)};
      if (name.namespace_uri == kXsiNamespace) {
        if (name.local_name == "schemaLocation" || name.local_name == "noNamespaceSchemaLocation") continue;
        if (name.local_name == "nil") {
          error(node, "xsi:nil is not allowed: the element is not nillable");
          continue;
        }
        if (name.local_name == "type") {
          // The oracle reads the QName exactly as written: surrounding whitespace makes it unresolvable.
          const auto wanted = expand(attribute.value());
          const auto actual = declared_type_name(declared);
          if (actual.local_name.empty() || wanted.namespace_uri != actual.namespace_uri ||
              wanted.local_name != actual.local_name) {
            error(node, "xsi:type '" + std::string(attribute.value()) + "' is not the declared type of the element");
          }
          continue;
        }
      }
      error(node, "attribute '" + std::string(qualified) + "' is not allowed");
    }
  }

  void simple_content(pugi::xml_node node, const SimpleType& type) {
    // The value is the text of the element; nearly always one text node, read without a copy.
    std::string_view value;
    std::string joined;
    int text_nodes = 0;
    for (auto child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() == pugi::node_element) {
        error(child, "element <" + std::string(child.name()) + "> is not allowed here: the content must be a " +
                         "simple value");
        return;
      }
      if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
      if (++text_nodes == 1) {
        value = child.value();
      } else {
        if (text_nodes == 2) joined = value;
        joined += child.value();
        value = joined;
      }
    }
    if (auto problem = check_simple_value(type, value)) error(node, std::move(*problem));
  }

  static bool matches(const Particle& particle, const ExpandedName& name) {
    return particle.namespace_index == name.namespace_index && particle.local_name == name.local_name;
  }

  static std::string describe(const Particle& particle) {
    return "{" + std::string(particle.namespace_uri) + "}" + std::string(particle.local_name);
  }

  // What may come next at sequence position `index` after `count` occurrences of that particle.
  static std::string expected_from(const ComplexType& type, std::size_t index, std::uint32_t count) {
    std::string expected;
    for (std::size_t i = index; i < type.sequence.size(); ++i) {
      const auto& particle = type.sequence[i];
      const auto seen = i == index ? count : 0;
      if (seen >= particle.max_occurs) continue;
      expected += (expected.empty() ? "" : ", ") + std::string(particle.local_name);
      if (seen < particle.min_occurs) break;
    }
    return expected.empty() ? "no more elements" : "one of: " + expected;
  }

  // An xs:sequence of element particles, matched greedily; iJw content models are deterministic (UPA),
  // so greedy matching decides exactly as the XSD automaton does.
  void complex_content(pugi::xml_node node, const ComplexType& type) {
    std::size_t index = 0;
    std::uint32_t count = 0;
    bool text_reported = false;
    for (auto child = node.first_child(); child; child = child.next_sibling()) {
      const auto kind = child.type();
      if (kind == pugi::node_pcdata || kind == pugi::node_cdata) {
        // The oracle refuses any CDATA section here, even an empty one, and any non-whitespace text.
        if (!text_reported && (kind == pugi::node_cdata || !is_blank(child.value()))) {
          error(node, "text is not allowed in element <" + std::string(xml::local_name(node.name())) +
                          ">, which contains only elements");
          text_reported = true;
        }
        continue;
      }
      if (kind != pugi::node_element) continue;

      const auto first_attribute = child.first_attribute();
      const auto marker = scope_.size();
      push_declarations(first_attribute);
      const auto name = expand(child.name());
      const auto start_index = index;  // where the error message's expected list starts, before skipping
      const auto start_count = count;
      const Particle* matched = nullptr;
      while (index < type.sequence.size()) {
        const auto& particle = type.sequence[index];
        if (matches(particle, name) && count < particle.max_occurs) {
          ++count;
          matched = &particle;
          break;
        }
        if (count < particle.min_occurs) break;
        ++index;
        count = 0;
      }
      if (!matched) {
        path_.push_back(name.local_name);
        error(child, "unexpected element {" + std::string(name.namespace_uri) + "}" + std::string(name.local_name) +
                         "; expected " + expected_from(type, start_index, start_count));
        path_.pop_back();
        pop_declarations(marker);
        return;  // like the oracle, stop at the first content-model error of an element
      }
      path_.push_back(matched->local_name);
      element(child, Declared{matched->simple, matched->complex}, first_attribute);
      path_.pop_back();
      pop_declarations(marker);
    }
    for (; index < type.sequence.size(); ++index, count = 0) {
      const auto& particle = type.sequence[index];
      if (count < particle.min_occurs) {
        error(node, "missing element " + describe(particle) + " (expected " + expected_from(type, index, count) + ")");
        return;
      }
    }
  }

  const schema::Schema& schema_;
  const xml::Document& document_;
  std::vector<xml::Diagnostic>& errors_;
  std::vector<Binding> scope_;
  std::vector<std::string_view> path_;
};

}  // namespace

Validator::Validator(const schema::Schema& schema, xml::Limits limits) : schema_(schema), limits_(limits) {}

Report Validator::validate(std::string_view bytes) const {
  Report report;
  auto parsed = xml::parse(bytes, limits_);
  if (!parsed.document) {
    report.errors = std::move(parsed.diagnostics);
    return report;
  }
  validate(*parsed.document, report.message, report.errors);
  report.document = std::move(parsed.document);
  return report;
}

void Validator::validate(const xml::Document& document, const schema::Message*& message,
                         std::vector<xml::Diagnostic>& errors) const {
  message = Walk(schema_, document, errors).run();
}

}  // namespace ijw::validate
