#pragma once
// The project's own description of the iJw messages (schemas/ijw-<release>.json), compiled into a form the
// validator and the model generator walk directly. A new release is a new JSON file, not new code.

#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ijw::schema {

class SchemaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The XSD built-in type a simple type is ultimately derived from.
enum class Builtin { String, Integer, Date, Time };

// XSD whiteSpace facet: xs:string preserves, the other built-ins used by iJw collapse.
enum class Whitespace { Preserve, Collapse };

// A compiled XSD regular expression. Uses libxml2's XSD regex engine: the same engine as the oracle
// (xmllint), so pattern verdicts agree by construction, including its reading of \s, \S, '.' and ranges.
// The handful of shapes iJw uses on nearly every value (a literal, [0-9]{n}, .*[^\s].*, ...) are matched
// directly, which a unit test proves equal to libxml2 on each shape.
class Pattern {
 public:
  enum class Engine { Fastest, Libxml2 };

  explicit Pattern(std::string expression, Engine engine = Engine::Fastest);
  bool matches(std::string_view value) const;
  const std::string& expression() const { return expression_; }
  bool has_shortcut() const;

  enum class Shape;

 private:
  struct Compiled;
  std::string expression_;
  Shape shape_;
  std::size_t digits_ = 0;  // for [0-9]{n}
  std::shared_ptr<Compiled> compiled_;
};

struct SimpleType {
  std::string name;       // "ijw:LDT_Datum"; empty for an anonymous (inline) restriction
  std::string base_name;  // the nearest named type it restricts, or the builtin's xs: name
  Builtin builtin = Builtin::String;
  Whitespace whitespace = Whitespace::Preserve;
  std::optional<std::size_t> length;
  std::optional<std::size_t> min_length;
  std::optional<std::size_t> max_length;
  std::optional<std::string> min_inclusive;  // integer lexical form, e.g. "0"
  std::optional<std::string> max_inclusive;
  std::vector<std::string> enumeration;      // empty: no enumeration facet; in the standard's order
  std::vector<std::string> enumeration_sorted;  // the same values sorted, for lookup
  // Pattern facets per derivation step: a value must match one pattern of every step (XSD 1.0 §4.3.4).
  std::vector<std::vector<Pattern>> pattern_steps;
};

struct ComplexType;

constexpr std::uint32_t kUnbounded = std::numeric_limits<std::uint32_t>::max();

// One element declaration inside a sequence.
struct Particle {
  std::string qualified_name;  // "jw305:Header": prefix as in the description, local name as in the XML
  std::string_view local_name;  // view into qualified_name
  std::string_view namespace_uri;
  // The position of namespace_uri in Schema::namespaces() (its first entry with that URI), so a validator
  // can compare namespaces as small integers instead of as URIs of some fifty bytes.
  std::size_t namespace_index = 0;
  const SimpleType* simple = nullptr;    // exactly one of simple/complex is set
  const ComplexType* complex = nullptr;
  std::uint32_t min_occurs = 1;
  std::uint32_t max_occurs = 1;  // kUnbounded for maxOccurs="unbounded"
};

struct ComplexType {
  std::string name;  // "jw305:StartProduct"
  std::vector<Particle> sequence;
};

struct XsdVersie {
  std::string basisschema;
  std::string bericht;
};

struct Message {
  std::string id;            // "JW305"
  std::string bericht_code;  // "438"
  std::string prefix;        // "jw305"
  std::string_view namespace_uri;
  std::string root_local_name;  // "Bericht"
  const ComplexType* root_type = nullptr;
  XsdVersie xsd_versie;   // from the XSD's appinfo (IV034)
  std::string retour;     // "JW306" for a heenbericht with a retour, else empty
  std::string retour_of;  // "JW305" for a retourbericht, else empty
};

class Schema {
 public:
  // Compiles a description; throws SchemaError naming the offending entry when it is inconsistent.
  static Schema from_json(std::string_view json_text);

  Schema(Schema&&) noexcept;
  Schema& operator=(Schema&&) noexcept;
  ~Schema();

  std::string_view standard() const;
  std::string_view release() const;

  // The message whose root element has this namespace and local name, or nullptr.
  const Message* find_root(std::string_view namespace_uri, std::string_view local_name) const;
  const Message* message(std::string_view id) const;  // "JW305" -> message, or nullptr
  const std::vector<Message>& messages() const;

  std::string_view namespace_uri(std::string_view prefix) const;  // empty if unknown
  // The position of the first entry of namespaces() with this URI, or kNoNamespaceIndex.
  std::size_t namespace_index(std::string_view uri) const;
  static constexpr std::size_t kNoNamespaceIndex = static_cast<std::size_t>(-1);
  const std::vector<std::pair<std::string, std::string>>& namespaces() const;  // (prefix, uri)

  const ComplexType* complex_type(std::string_view name) const;
  const SimpleType* simple_type(std::string_view name) const;
  const std::deque<ComplexType>& complex_types() const;
  const std::deque<SimpleType>& simple_types() const;  // named and anonymous

  struct Impl;  // opaque: defined where the description is compiled

 private:
  Schema();
  std::unique_ptr<Impl> impl_;
};

// The built-in description of iJw 3.2 (schemas/ijw-3.2.json, compiled into the binary).
const Schema& ijw32();

}  // namespace ijw::schema
