#include "ijw/schema/schema.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace ijw::embedded {
std::string_view ijw32_schema_json();
}

namespace ijw::schema {
namespace {

using Json = nlohmann::json;

struct BuiltinInfo {
  std::string_view json_name;
  std::string_view xs_name;
  Builtin builtin;
  Whitespace whitespace;
};

constexpr BuiltinInfo kBuiltins[] = {
    {"string", "xs:string", Builtin::String, Whitespace::Preserve},
    {"integer", "xs:integer", Builtin::Integer, Whitespace::Collapse},
    {"date", "xs:date", Builtin::Date, Whitespace::Collapse},
    {"time", "xs:time", Builtin::Time, Whitespace::Collapse},
};

const BuiltinInfo* find_builtin(std::string_view name) {
  for (const auto& info : kBuiltins) {
    if (info.json_name == name) return &info;
  }
  return nullptr;
}

std::string_view prefix_of(std::string_view qualified) {
  const auto colon = qualified.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
}

}  // namespace

struct Schema::Impl {
  std::string standard;
  std::string release;
  std::vector<std::pair<std::string, std::string>> namespaces;
  std::deque<SimpleType> simple_types;
  std::deque<ComplexType> complex_types;
  std::map<std::string, const SimpleType*, std::less<>> simple_index;
  std::map<std::string, ComplexType*, std::less<>> complex_index;
  std::vector<Message> messages;

  std::string_view uri(std::string_view prefix, std::string_view context) const {
    for (const auto& [known, uri] : namespaces) {
      if (known == prefix) return uri;
    }
    throw SchemaError(std::string(context) + ": unknown namespace prefix '" + std::string(prefix) + "'");
  }
};

namespace {

// Compiles the simple types of a description, resolving restriction chains in any order.
class SimpleTypeCompiler {
 public:
  SimpleTypeCompiler(Schema::Impl& impl, const Json& named) : impl_(impl), named_(named) {}

  const SimpleType* named(const std::string& name) {
    if (const auto found = impl_.simple_index.find(name); found != impl_.simple_index.end()) return found->second;
    if (!named_.contains(name)) return nullptr;
    if (!in_progress_.insert(name).second) throw SchemaError("simple type " + name + ": circular restriction");
    const SimpleType* type = compile(named_.at(name), name);
    impl_.simple_index.emplace(name, type);
    return type;
  }

  const SimpleType* compile(const Json& definition, const std::string& name) {
    const std::string context = name.empty() ? std::string("anonymous simple type") : "simple type " + name;
    if (!definition.is_object() || !definition.contains("base")) throw SchemaError(context + ": needs a 'base'");
    const std::string base = definition.at("base").get<std::string>();
    SimpleType type;
    if (const auto* builtin = find_builtin(base)) {
      type.builtin = builtin->builtin;
      type.whitespace = builtin->whitespace;
      type.base_name = builtin->xs_name;
    } else if (const SimpleType* parent = named(base)) {
      type = *parent;
      type.base_name = base;
    } else {
      throw SchemaError(context + ": unknown base type '" + base + "'");
    }
    type.name = name;
    auto size_facet = [&](const char* key, std::optional<std::size_t>& field) {
      if (definition.contains(key)) field = definition.at(key).get<std::size_t>();
    };
    size_facet("length", type.length);
    size_facet("minLength", type.min_length);
    size_facet("maxLength", type.max_length);
    for (const auto& [key, field] : {std::pair{"minInclusive", &type.min_inclusive},
                                     std::pair{"maxInclusive", &type.max_inclusive}}) {
      if (!definition.contains(key)) continue;
      if (type.builtin != Builtin::Integer) throw SchemaError(context + ": " + key + " only supported on integers");
      *field = definition.at(key).get<std::string>();
    }
    if (definition.contains("enumeration")) {
      type.enumeration = definition.at("enumeration").get<std::vector<std::string>>();
      type.enumeration_sorted = type.enumeration;
      std::sort(type.enumeration_sorted.begin(), type.enumeration_sorted.end());
    }
    if (definition.contains("patterns")) {
      std::vector<Pattern> step;
      for (const auto& expression : definition.at("patterns")) step.emplace_back(expression.get<std::string>());
      type.pattern_steps.push_back(std::move(step));
    }
    for (const auto& [key, value] : definition.items()) {
      static const std::set<std::string> kKnown = {"base",        "length",       "minLength",   "maxLength",
                                                   "minInclusive", "maxInclusive", "enumeration", "patterns"};
      if (!kKnown.contains(key)) throw SchemaError(context + ": unsupported facet '" + key + "'");
    }
    impl_.simple_types.push_back(std::move(type));
    return &impl_.simple_types.back();
  }

 private:
  Schema::Impl& impl_;
  const Json& named_;
  std::set<std::string> in_progress_;
};

std::uint32_t occurs(const Json& particle, const char* key) {
  if (!particle.contains(key)) return 1;
  const auto& value = particle.at(key);
  if (value.is_string() && value.get<std::string>() == "unbounded") return kUnbounded;
  return value.get<std::uint32_t>();
}

}  // namespace

Schema::Schema() : impl_(std::make_unique<Impl>()) {}
Schema::Schema(Schema&&) noexcept = default;
Schema& Schema::operator=(Schema&&) noexcept = default;
Schema::~Schema() = default;

Schema Schema::from_json(std::string_view json_text) {
  Schema schema;
  Impl& impl = *schema.impl_;
  try {
    const Json description = Json::parse(json_text);
    impl.standard = description.at("standard").get<std::string>();
    impl.release = description.at("release").get<std::string>();
    for (const auto& [prefix, uri] : description.at("namespaces").items()) {
      impl.namespaces.emplace_back(prefix, uri.get<std::string>());
    }

    const Json& simple = description.at("simpleTypes");
    SimpleTypeCompiler simple_types(impl, simple);
    for (const auto& [name, definition] : simple.items()) simple_types.named(name);

    const Json& complex = description.at("complexTypes");
    for (const auto& [name, definition] : complex.items()) {
      impl.complex_types.push_back(ComplexType{name, {}});
      impl.complex_index.emplace(name, &impl.complex_types.back());
    }
    for (const auto& [name, definition] : complex.items()) {
      ComplexType& type = *impl.complex_index.at(name);
      for (const auto& item : definition.at("sequence")) {
        Particle particle;
        particle.qualified_name = item.at("element").get<std::string>();
        const auto context = "complex type " + name + ", element " + particle.qualified_name;
        particle.namespace_uri = impl.uri(prefix_of(particle.qualified_name), context);
        particle.namespace_index = schema.namespace_index(particle.namespace_uri);
        particle.min_occurs = occurs(item, "minOccurs");
        particle.max_occurs = occurs(item, "maxOccurs");
        if (particle.min_occurs > particle.max_occurs) throw SchemaError(context + ": minOccurs > maxOccurs");
        const Json& type_ref = item.at("type");
        if (type_ref.is_object()) {
          particle.simple = simple_types.compile(type_ref, "");
        } else {
          const auto type_name = type_ref.get<std::string>();
          if (const auto found = impl.complex_index.find(type_name); found != impl.complex_index.end()) {
            particle.complex = found->second;
          } else if (!(particle.simple = simple_types.named(type_name))) {
            throw SchemaError(context + ": unknown type '" + type_name + "'");
          }
        }
        type.sequence.push_back(std::move(particle));
      }
      // The views point into the strings now that the vector no longer moves them.
      for (auto& particle : type.sequence) {
        const std::string_view qualified = particle.qualified_name;
        particle.local_name = qualified.substr(qualified.find(':') + 1);
      }
    }

    for (const auto& [id, definition] : description.at("messages").items()) {
      Message message;
      message.id = id;
      message.bericht_code = definition.at("berichtCode").get<std::string>();
      message.prefix = definition.at("namespace").get<std::string>();
      message.namespace_uri = impl.uri(message.prefix, "message " + id);
      const auto root = definition.at("root").get<std::string>();
      message.root_local_name = root.substr(root.find(':') + 1);
      const auto type_name = definition.at("type").get<std::string>();
      const auto found = impl.complex_index.find(type_name);
      if (found == impl.complex_index.end()) throw SchemaError("message " + id + ": unknown root type " + type_name);
      message.root_type = found->second;
      message.xsd_versie.basisschema = definition.at("xsdVersie").at("BasisschemaXsdVersie").get<std::string>();
      message.xsd_versie.bericht = definition.at("xsdVersie").at("BerichtXsdVersie").get<std::string>();
      message.retour = definition.value("retour", "");
      message.retour_of = definition.value("retourOf", "");
      impl.messages.push_back(std::move(message));
    }
  } catch (const Json::exception& error) {
    throw SchemaError(std::string("schema description: ") + error.what());
  }
  return schema;
}

std::string_view Schema::standard() const { return impl_->standard; }
std::string_view Schema::release() const { return impl_->release; }

const Message* Schema::find_root(std::string_view namespace_uri, std::string_view local_name) const {
  for (const auto& message : impl_->messages) {
    if (message.namespace_uri == namespace_uri && message.root_local_name == local_name) return &message;
  }
  return nullptr;
}

const Message* Schema::message(std::string_view id) const {
  for (const auto& message : impl_->messages) {
    if (message.id == id) return &message;
  }
  return nullptr;
}

const std::vector<Message>& Schema::messages() const { return impl_->messages; }

std::string_view Schema::namespace_uri(std::string_view prefix) const {
  for (const auto& [known, uri] : impl_->namespaces) {
    if (known == prefix) return uri;
  }
  return {};
}

std::size_t Schema::namespace_index(std::string_view uri) const {
  for (std::size_t i = 0; i < impl_->namespaces.size(); ++i) {
    if (impl_->namespaces[i].second == uri) return i;
  }
  return kNoNamespaceIndex;
}

const std::vector<std::pair<std::string, std::string>>& Schema::namespaces() const { return impl_->namespaces; }

const ComplexType* Schema::complex_type(std::string_view name) const {
  const auto found = impl_->complex_index.find(name);
  return found == impl_->complex_index.end() ? nullptr : found->second;
}

const SimpleType* Schema::simple_type(std::string_view name) const {
  const auto found = impl_->simple_index.find(name);
  return found == impl_->simple_index.end() ? nullptr : found->second;
}

const std::deque<ComplexType>& Schema::complex_types() const { return impl_->complex_types; }
const std::deque<SimpleType>& Schema::simple_types() const { return impl_->simple_types; }

const Schema& ijw32() {
  static const Schema schema = Schema::from_json(embedded::ijw32_schema_json());
  return schema;
}

}  // namespace ijw::schema
