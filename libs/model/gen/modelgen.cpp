// modelgen: writes the typed iJw message model from the project's schema description.
//
//   modelgen <schema.json> <output-dir>
//
// produces <output-dir>/ijw/model/messages.hpp (the types, one struct per simple and complex type, and the
// per-message API) and <output-dir>/messages.cpp (their reader and writer, built on libs/model/src/xml_io.hpp).
// A new release is a new JSON file: the model follows without hand edits.

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/schema/schema.hpp"
#include "ijw/xml/document.hpp"

namespace {

using ijw::schema::Builtin;
using ijw::schema::ComplexType;
using ijw::schema::Message;
using ijw::schema::Particle;
using ijw::schema::Schema;
using ijw::schema::SimpleType;

// The basisschema's prefix; its types live in ijw::model::basis, a message's in ijw::model::<prefix>.
constexpr std::string_view kBasisPrefix = "ijw";

class GeneratorError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string cpp_namespace(std::string_view prefix) {
  return prefix == kBasisPrefix ? std::string("basis") : std::string(prefix);
}

bool is_cpp_keyword(std::string_view word) {
  static const std::set<std::string_view> keywords = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
      "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
      "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
      "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
      "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
      "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
      "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
      "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq"};
  return keywords.contains(word);
}

// Names from the schema become C++ names unchanged; refuse the few that cannot.
std::string identifier(std::string_view name, std::string_view context) {
  const auto valid_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  bool valid = !name.empty() && !(name.front() >= '0' && name.front() <= '9');
  for (const char c : name) valid = valid && valid_char(c);
  if (!valid || is_cpp_keyword(name) || name == "where" || name.find("__") != std::string_view::npos) {
    throw GeneratorError("cannot use '" + std::string(name) + "' (" + std::string(context) + ") as a C++ name");
  }
  return std::string(name);
}

std::string string_literal(std::string_view text) {
  std::string literal = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') literal += '\\';
    literal += c;
  }
  return literal + "\"";
}

std::string xsd_name(Builtin builtin) {
  switch (builtin) {
    case Builtin::String: return "xs:string";
    case Builtin::Integer: return "xs:integer";
    case Builtin::Date: return "xs:date";
    case Builtin::Time: return "xs:time";
  }
  throw GeneratorError("unknown built-in type");
}

std::string builtin_name(Builtin builtin) {
  switch (builtin) {
    case Builtin::String: return "String";
    case Builtin::Integer: return "Integer";
    case Builtin::Date: return "Date";
    case Builtin::Time: return "Time";
  }
  throw GeneratorError("unknown built-in type");
}

enum class Cardinality { Required, Optional, Repeated };

Cardinality cardinality_of(const Particle& particle) {
  if (particle.max_occurs == 0) {
    throw GeneratorError("element " + particle.qualified_name + " has maxOccurs 0, which the model cannot carry");
  }
  if (particle.max_occurs > 1) return Cardinality::Repeated;
  return particle.min_occurs == 0 ? Cardinality::Optional : Cardinality::Required;
}

std::string occurs_literal(const Particle& particle) {
  const std::string max = particle.max_occurs == ijw::schema::kUnbounded
                              ? std::string("::ijw::schema::kUnbounded")
                              : std::to_string(particle.max_occurs) + "u";
  return "{" + std::to_string(particle.min_occurs) + "u, " + max + "}";
}

class Generator {
 public:
  explicit Generator(const Schema& schema) : schema_(schema) {
    order_prefixes();
    order_simple_types();
    order_complex_types();
  }

  std::string header() const;
  std::string source() const;

 private:
  // Ordering: the basisschema first, then the messages in the schema's order; within a namespace a type
  // comes after the types its members hold by value.
  void order_prefixes();
  void order_simple_types();
  void order_complex_types();
  void visit_complex(const ComplexType& type, std::set<const ComplexType*>& done,
                     std::set<const ComplexType*>& active);
  void check_prefix(std::string_view type_name) const;

  // Naming.
  const SimpleType& named_simple(const SimpleType& type) const;
  std::string cpp_type(std::string_view schema_name) const;
  std::string element_type(const Particle& particle) const;
  std::string member_type(const Particle& particle) const;
  std::vector<std::string> root_prefixes(const Message& message) const;

  // Header constructs.
  void emit_header_prologue(std::ostream& out) const;
  void emit_namespace(std::ostream& out, const std::string& prefix) const;
  void emit_simple_type(std::ostream& out, const SimpleType& type) const;
  void emit_complex_type(std::ostream& out, const ComplexType& type) const;
  void emit_member(std::ostream& out, const ComplexType& owner, const Particle& particle) const;
  void emit_equality(std::ostream& out, const ComplexType& type) const;
  void emit_message_api(std::ostream& out, const Message& message) const;
  void emit_traits(std::ostream& out, const Message& message) const;
  void emit_any_bericht(std::ostream& out) const;

  // Source constructs.
  void emit_source_prologue(std::ostream& out) const;
  void emit_namespace_uris(std::ostream& out) const;
  void emit_declarations(std::ostream& out) const;
  void emit_reader(std::ostream& out, const ComplexType& type) const;
  void emit_writer(std::ostream& out, const ComplexType& type) const;
  void emit_message_functions(std::ostream& out, const Message& message) const;
  void emit_parse_any(std::ostream& out) const;

  const Schema& schema_;
  std::vector<std::string> prefixes_;
  std::map<std::string, std::vector<const SimpleType*>> simple_types_;    // by prefix, schema order
  std::map<std::string, std::vector<const ComplexType*>> complex_types_;  // by prefix, dependencies first
};

void Generator::order_prefixes() {
  if (schema_.namespace_uri(kBasisPrefix).empty()) {
    throw GeneratorError("the schema declares no '" + std::string(kBasisPrefix) + "' (basisschema) namespace");
  }
  prefixes_.emplace_back(kBasisPrefix);
  for (const Message& message : schema_.messages()) {
    // A message's prefix names its C++ namespace, which holds one Bericht.
    if (std::find(prefixes_.begin(), prefixes_.end(), message.prefix) != prefixes_.end()) {
      throw GeneratorError("message " + message.id + " shares the prefix " + message.prefix);
    }
    prefixes_.push_back(identifier(message.prefix, "prefix of message " + message.id));
  }
}

void Generator::check_prefix(std::string_view type_name) const {
  if (std::find(prefixes_.begin(), prefixes_.end(), ijw::xml::prefix(type_name)) == prefixes_.end()) {
    throw GeneratorError("type " + std::string(type_name) + " belongs to no message nor the basisschema");
  }
}

void Generator::order_simple_types() {
  for (const SimpleType& type : schema_.simple_types()) {
    if (type.name.empty()) continue;  // anonymous restrictions use their named base
    check_prefix(type.name);
    identifier(ijw::xml::local_name(type.name), "simple type " + type.name);
    simple_types_[std::string(ijw::xml::prefix(type.name))].push_back(&type);
  }
}

void Generator::order_complex_types() {
  std::set<const ComplexType*> done;
  std::set<const ComplexType*> active;
  // Message roots first, so a message's types appear in document order (Header before Client before Root).
  for (const Message& message : schema_.messages()) {
    if (message.root_type == nullptr) throw GeneratorError("message " + message.id + " has no root type");
    visit_complex(*message.root_type, done, active);
  }
  for (const ComplexType& type : schema_.complex_types()) visit_complex(type, done, active);
}

void Generator::visit_complex(const ComplexType& type, std::set<const ComplexType*>& done,
                              std::set<const ComplexType*>& active) {
  if (done.contains(&type)) return;
  if (active.contains(&type)) {
    throw GeneratorError("complex type " + type.name + " contains itself; the model holds members by value");
  }
  active.insert(&type);
  for (const Particle& particle : type.sequence) {
    if (particle.complex != nullptr) visit_complex(*particle.complex, done, active);
  }
  active.erase(&type);
  done.insert(&type);
  check_prefix(type.name);
  complex_types_[std::string(ijw::xml::prefix(type.name))].push_back(&type);
}

const SimpleType& Generator::named_simple(const SimpleType& type) const {
  const SimpleType* current = &type;
  while (current->name.empty()) {
    const SimpleType* base = schema_.simple_type(current->base_name);
    if (base == nullptr || base == current) {
      throw GeneratorError("an anonymous simple type restricts " + current->base_name +
                           ", not a named type; the model needs a named type to hold it");
    }
    current = base;
  }
  return *current;
}

std::string Generator::cpp_type(std::string_view schema_name) const {
  return "::ijw::model::" + cpp_namespace(ijw::xml::prefix(schema_name)) + "::" +
         std::string(ijw::xml::local_name(schema_name));
}

std::string Generator::element_type(const Particle& particle) const {
  if (particle.complex != nullptr) return cpp_type(particle.complex->name);
  if (particle.simple != nullptr) return cpp_type(named_simple(*particle.simple).name);
  throw GeneratorError("element " + particle.qualified_name + " has no type");
}

std::string Generator::member_type(const Particle& particle) const {
  switch (cardinality_of(particle)) {
    case Cardinality::Required: return element_type(particle);
    case Cardinality::Optional: return "std::optional<" + element_type(particle) + ">";
    case Cardinality::Repeated: return "std::vector<" + element_type(particle) + ">";
  }
  throw GeneratorError("unknown cardinality");
}

// The prefixes a message's root declares: every namespace its elements use, in the schema's order.
std::vector<std::string> Generator::root_prefixes(const Message& message) const {
  std::set<std::string> used = {message.prefix};
  std::vector<const ComplexType*> pending = {message.root_type};
  std::set<const ComplexType*> seen;
  while (!pending.empty()) {
    const ComplexType* type = pending.back();
    pending.pop_back();
    if (!seen.insert(type).second) continue;
    for (const Particle& particle : type->sequence) {
      used.insert(std::string(ijw::xml::prefix(particle.qualified_name)));
      if (particle.complex != nullptr) pending.push_back(particle.complex);
    }
  }
  std::vector<std::string> ordered;
  for (const auto& [prefix, uri] : schema_.namespaces()) {
    if (used.contains(prefix)) ordered.push_back(prefix);
  }
  return ordered;
}

// ---- header -------------------------------------------------------------------------------------------

std::string Generator::header() const {
  std::ostringstream out;
  emit_header_prologue(out);
  out << "namespace ijw::model {\n\n"
      << "// Compile-time facts about a message type (id, prefix, namespace, retour); specialised per Bericht.\n"
      << "template <class Bericht>\nstruct Traits;\n\n";
  for (const std::string& prefix : prefixes_) emit_namespace(out, prefix);
  for (const Message& message : schema_.messages()) emit_traits(out, message);
  emit_any_bericht(out);
  out << "}  // namespace ijw::model\n";
  return out.str();
}

void Generator::emit_header_prologue(std::ostream& out) const {
  out << "#pragma once\n"
      << "// GENERATED by modelgen from the " << schema_.standard() << " " << schema_.release()
      << " description\n// (schemas/). Do not edit: change the description and rebuild.\n"
      << "//\n"
      << "// Every simple type holds its value's lexical text exactly as received (entities decoded, nothing\n"
      << "// trimmed), so a retour echoes it byte for byte; ijw/model/values.hpp reads dates, times and numbers.\n"
      << "// Every complex type has one member per element: required -> T, optional -> std::optional<T>,\n"
      << "// repeating -> std::vector<T>, plus `where`, its source position (not compared).\n\n"
      << "#include <compare>\n#include <optional>\n#include <string>\n#include <string_view>\n"
      << "#include <variant>\n#include <vector>\n\n"
      << "#include \"ijw/model/parse_error.hpp\"\n#include \"ijw/schema/schema.hpp\"\n"
      << "#include \"ijw/xml/document.hpp\"\n\n";
}

void Generator::emit_namespace(std::ostream& out, const std::string& prefix) const {
  out << "namespace " << cpp_namespace(prefix) << " {\n\n";
  if (const auto simple = simple_types_.find(prefix); simple != simple_types_.end()) {
    for (const SimpleType* type : simple->second) emit_simple_type(out, *type);
  }
  if (const auto complex = complex_types_.find(prefix); complex != complex_types_.end()) {
    for (const ComplexType* type : complex->second) emit_complex_type(out, *type);
  }
  for (const Message& message : schema_.messages()) {
    if (message.prefix == prefix) emit_message_api(out, message);
  }
  out << "}  // namespace " << cpp_namespace(prefix) << "\n\n";
}

void Generator::emit_simple_type(std::ostream& out, const SimpleType& type) const {
  const std::string name(ijw::xml::local_name(type.name));
  out << "// " << type.name << " (" << xsd_name(type.builtin) << ")\n"
      << "struct " << name << " {\n"
      << "  static constexpr ::ijw::schema::Builtin builtin = ::ijw::schema::Builtin::" << builtin_name(type.builtin)
      << ";\n"
      << "  std::string text;\n"
      << "  friend bool operator==(const " << name << "&, const " << name << "&) = default;\n"
      << "  friend std::strong_ordering operator<=>(const " << name << "&, const " << name << "&) = default;\n"
      << "};\n\n";
}

void Generator::emit_complex_type(std::ostream& out, const ComplexType& type) const {
  const std::string name = identifier(ijw::xml::local_name(type.name), "complex type " + type.name);
  out << "// " << type.name << "\nstruct " << name << " {\n";
  for (const Particle& particle : type.sequence) emit_member(out, type, particle);
  out << "  ::ijw::xml::Position where{};  // source position; not compared\n\n";
  emit_equality(out, type);
  out << "};\n\n";
}

void Generator::emit_member(std::ostream& out, const ComplexType& owner, const Particle& particle) const {
  const std::string name = identifier(particle.local_name, "element " + particle.qualified_name);
  if (name == ijw::xml::local_name(owner.name)) {
    throw GeneratorError("element " + particle.qualified_name + " has the name of its type " + owner.name);
  }
  out << "  " << member_type(particle) << " " << name << "{};\n";
}

void Generator::emit_equality(std::ostream& out, const ComplexType& type) const {
  const std::string name(ijw::xml::local_name(type.name));
  if (type.sequence.empty()) {
    out << "  friend bool operator==(const " << name << "&, const " << name << "&) { return true; }\n";
    return;
  }
  out << "  friend bool operator==(const " << name << "& lhs, const " << name << "& rhs) {\n    return ";
  const char* separator = "";
  for (const Particle& particle : type.sequence) {
    out << separator << "lhs." << particle.local_name << " == rhs." << particle.local_name;
    separator = " &&\n           ";
  }
  out << ";\n  }\n";
}

void Generator::emit_message_api(std::ostream& out, const Message& message) const {
  out << "// " << message.id << ": the message whose root element is " << message.prefix << ":"
      << message.root_local_name << ".\n"
      << "using Bericht = " << cpp_type(message.root_type->name) << ";\n"
      << "inline constexpr std::string_view id = " << string_literal(message.id) << ";\n\n"
      << "// Reads a document that passed XSD validation; on one that did not, throws ParseError (an\n"
      << "// std::invalid_argument) naming the element path and position. Never crashes.\n"
      << "Bericht parse(const ::ijw::xml::Document& document);\n\n"
      << "// UTF-8 without BOM, CRLF line ends, tab indentation, the standard's prefixes. Throws\n"
      << "// std::invalid_argument when the model cannot be written as a valid document (missing repeating\n"
      << "// elements, text XML cannot carry).\n"
      << "std::string serialize(const Bericht& bericht);\n\n";
}

void Generator::emit_traits(std::ostream& out, const Message& message) const {
  const std::string bericht = "::ijw::model::" + cpp_namespace(message.prefix) + "::Bericht";
  out << "template <>\nstruct Traits<" << bericht << "> {\n"
      << "  static constexpr std::string_view id = " << string_literal(message.id) << ";\n"
      << "  static constexpr std::string_view bericht_code = " << string_literal(message.bericht_code) << ";\n"
      << "  static constexpr std::string_view prefix = " << string_literal(message.prefix) << ";\n"
      << "  static constexpr std::string_view namespace_uri = " << string_literal(message.namespace_uri)
      << ";\n"
      << "  static constexpr std::string_view root = " << string_literal(message.root_local_name) << ";\n";
  if (const Message* retour = schema_.message(message.retour); retour != nullptr) {
    out << "  using Retour = ::ijw::model::" << cpp_namespace(retour->prefix) << "::Bericht;\n";
  }
  if (const Message* heen = schema_.message(message.retour_of); heen != nullptr) {
    out << "  using RetourOf = ::ijw::model::" << cpp_namespace(heen->prefix) << "::Bericht;\n";
  }
  out << "};\n\n";
}

void Generator::emit_any_bericht(std::ostream& out) const {
  out << "// Any message of the release.\nusing AnyBericht = std::variant<";
  const char* separator = "\n    ";
  for (const Message& message : schema_.messages()) {
    out << separator << cpp_namespace(message.prefix) << "::Bericht";
    separator = ",\n    ";
  }
  out << ">;\n\n"
      << "// Reads a document as `message` (as found by the validator); throws ParseError when the root element\n"
      << "// is not that message's, or the document does not conform.\n"
      << "AnyBericht parse_any(const ::ijw::xml::Document& document, const ::ijw::schema::Message& message);\n"
      << "// The same, choosing the message by the root element's namespace and name.\n"
      << "AnyBericht parse_any(const ::ijw::xml::Document& document);\n"
      << "std::string serialize(const AnyBericht& bericht);\n"
      << "std::string_view id_of(const AnyBericht& bericht);  // \"JW305\"\n\n";
}

// ---- source -------------------------------------------------------------------------------------------

std::string Generator::source() const {
  std::ostringstream out;
  emit_source_prologue(out);
  out << "namespace ijw::model::detail {\n\n";
  emit_namespace_uris(out);
  emit_declarations(out);
  for (const std::string& prefix : prefixes_) {
    if (const auto complex = complex_types_.find(prefix); complex != complex_types_.end()) {
      for (const ComplexType* type : complex->second) {
        emit_reader(out, *type);
        emit_writer(out, *type);
      }
    }
  }
  out << "}  // namespace ijw::model::detail\n\n";
  for (const Message& message : schema_.messages()) emit_message_functions(out, message);
  emit_parse_any(out);
  return out.str();
}

void Generator::emit_source_prologue(std::ostream& out) const {
  out << "// GENERATED by modelgen from the " << schema_.standard() << " " << schema_.release()
      << " description\n// (schemas/). Do not edit: change the description and rebuild.\n\n"
      << "#include \"ijw/model/messages.hpp\"\n\n"
      << "#include <string>\n#include <type_traits>\n#include <variant>\n\n"
      << "#include \"xml_io.hpp\"\n\n";
}

void Generator::emit_namespace_uris(std::ostream& out) const {
  out << "namespace uri {\nnamespace {\n";
  for (const auto& [prefix, uri] : schema_.namespaces()) {
    out << "constexpr std::string_view " << identifier(prefix, "namespace prefix") << " = " << string_literal(uri)
        << ";\n";
  }
  out << "}  // namespace\n}  // namespace uri\n\n";
}

// The readers and writers call each other through the helpers' templates (found by argument-dependent
// lookup), so every overload is declared before any is defined.
void Generator::emit_declarations(std::ostream& out) const {
  for (const std::string& prefix : prefixes_) {
    if (const auto complex = complex_types_.find(prefix); complex != complex_types_.end()) {
      for (const ComplexType* type : complex->second) {
        out << "void read(const Element& in, " << cpp_type(type->name) << "& out);\n"
            << "void write(Writer& out, const " << cpp_type(type->name) << "& in);\n";
      }
    }
  }
  out << "\n";
}

void Generator::emit_reader(std::ostream& out, const ComplexType& type) const {
  out << "void read(const Element& in, " << cpp_type(type.name) << "& out) {\n"
      << "  out.where = in.where();\n"
      << "  Sequence seq(in);\n";
  for (const Particle& particle : type.sequence) {
    const std::string uri = "uri::" + std::string(ijw::xml::prefix(particle.qualified_name));
    const std::string name = string_literal(particle.qualified_name);
    switch (cardinality_of(particle)) {
      case Cardinality::Required:
        out << "  seq.required(" << uri << ", " << name << ", out." << particle.local_name << ");\n";
        break;
      case Cardinality::Optional:
        out << "  seq.optional(" << uri << ", " << name << ", out." << particle.local_name << ");\n";
        break;
      case Cardinality::Repeated:
        out << "  seq.repeated(" << uri << ", " << name << ", " << occurs_literal(particle) << ", out."
            << particle.local_name << ");\n";
        break;
    }
  }
  out << "  seq.finish();\n}\n\n";
}

void Generator::emit_writer(std::ostream& out, const ComplexType& type) const {
  out << "void write(" << (type.sequence.empty() ? "[[maybe_unused]] " : "") << "Writer& out, "
      << (type.sequence.empty() ? "[[maybe_unused]] " : "") << "const " << cpp_type(type.name) << "& in) {\n";
  for (const Particle& particle : type.sequence) {
    const std::string name = string_literal(particle.qualified_name);
    switch (cardinality_of(particle)) {
      case Cardinality::Required:
        out << "  out.required(" << name << ", in." << particle.local_name << ");\n";
        break;
      case Cardinality::Optional:
        out << "  out.optional(" << name << ", in." << particle.local_name << ");\n";
        break;
      case Cardinality::Repeated:
        out << "  out.repeated(" << name << ", " << occurs_literal(particle) << ", in." << particle.local_name
            << ");\n";
        break;
    }
  }
  out << "}\n\n";
}

void Generator::emit_message_functions(std::ostream& out, const Message& message) const {
  const std::string ns = cpp_namespace(message.prefix);
  const std::string root = string_literal(message.prefix + ":" + message.root_local_name);
  out << "namespace ijw::model::" << ns << " {\n\n"
      << "Bericht parse(const ::ijw::xml::Document& document) {\n"
      << "  Bericht bericht;\n"
      << "  detail::read(detail::Element::root(document, detail::uri::" << message.prefix << ", " << root
      << "), bericht);\n"
      << "  return bericht;\n}\n\n"
      << "std::string serialize(const Bericht& bericht) {\n"
      << "  detail::Writer out(" << root << ", {";
  const char* separator = "";
  for (const std::string& prefix : root_prefixes(message)) {
    out << separator << "{\"" << prefix << "\", detail::uri::" << prefix << "}";
    separator = ", ";
  }
  out << "});\n"
      << "  detail::write(out, bericht);\n"
      << "  return out.finish();\n}\n\n"
      << "}  // namespace ijw::model::" << ns << "\n\n";
}

void Generator::emit_parse_any(std::ostream& out) const {
  out << "namespace ijw::model {\n\n"
      << "AnyBericht parse_any(const ::ijw::xml::Document& document, const ::ijw::schema::Message& message) {\n";
  for (const Message& message : schema_.messages()) {
    out << "  if (message.id == " << string_literal(message.id) << ") return " << cpp_namespace(message.prefix)
        << "::parse(document);\n";
  }
  out << "  detail::Element::fail_document(\"no model for message \" + message.id);\n}\n\n"
      << "AnyBericht parse_any(const ::ijw::xml::Document& document) {\n"
      << "  const detail::Element root = detail::Element::document_element(document);\n";
  for (const Message& message : schema_.messages()) {
    out << "  if (root.is(detail::uri::" << message.prefix << ", " << string_literal(message.root_local_name)
        << ")) return " << cpp_namespace(message.prefix) << "::parse(document);\n";
  }
  out << "  root.fail(\"the root element is no " << schema_.standard() << " " << schema_.release()
      << " message\");\n}\n\n"
      << "std::string serialize(const AnyBericht& bericht) {\n"
      << "  return std::visit([](const auto& message) { return serialize(message); }, bericht);\n}\n\n"
      << "std::string_view id_of(const AnyBericht& bericht) {\n"
      << "  return std::visit([](const auto& message) { return Traits<std::decay_t<decltype(message)>>::id; },"
      << " bericht);\n}\n\n"
      << "}  // namespace ijw::model\n";
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GeneratorError("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw GeneratorError("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: modelgen <schema.json> <output-dir>\n";
    return 2;
  }
  try {
    const Schema schema = Schema::from_json(read_file(argv[1]));
    const Generator generator(schema);
    const std::filesystem::path output(argv[2]);
    write_file(output / "ijw" / "model" / "messages.hpp", generator.header());
    write_file(output / "messages.cpp", generator.source());
  } catch (const std::exception& error) {
    std::cerr << "modelgen: " << argv[1] << ": " << error.what() << "\n";
    return 1;
  }
  return 0;
}
