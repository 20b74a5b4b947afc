// The response checker (openapi_check.hpp).

#include "openapi_check.hpp"

#include <fstream>
#include <regex>
#include <stdexcept>

namespace ijw::testing {

using nlohmann::json;

OpenApi::OpenApi(const std::string& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file);
  document_ = json::parse(in);
}

const json& OpenApi::resolve(const json& schema) const {
  if (!schema.contains("$ref")) return schema;
  const auto ref = schema["$ref"].get<std::string>();
  const std::string prefix = "#/components/schemas/";
  if (ref.rfind(prefix, 0) != 0) throw std::runtime_error("unsupported $ref " + ref);
  const auto& schemas = document_.at("components").at("schemas");
  const auto name = ref.substr(prefix.size());
  if (!schemas.contains(name)) throw std::runtime_error("$ref to a missing schema " + ref);
  return resolve(schemas[name]);
}

namespace {

bool has_type(const json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "string") return value.is_string();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  throw std::runtime_error("unknown type in the schema: " + type);
}

}  // namespace

void OpenApi::validate(const json& value, const json& schema_in, const std::string& where,
                       std::vector<std::string>& errors) const {
  const auto& schema = resolve(schema_in);
  if (schema.contains("type")) {
    std::vector<std::string> types;
    if (schema["type"].is_array())
      types = schema["type"].get<std::vector<std::string>>();
    else
      types.push_back(schema["type"].get<std::string>());
    bool any = false;
    for (const auto& type : types) any = any || has_type(value, type);
    if (!any) {
      errors.push_back(where + ": " + value.dump() + " is not of type " + schema["type"].dump());
      return;
    }
  }
  if (schema.contains("enum") && value.is_string()) {
    bool found = false;
    for (const auto& allowed : schema["enum"]) found = found || allowed == value;
    if (!found) errors.push_back(where + ": " + value.dump() + " is not one of " + schema["enum"].dump());
  }
  if (value.is_string()) {
    const auto text = value.get<std::string>();
    if (schema.contains("pattern") && !std::regex_search(text, std::regex(schema["pattern"].get<std::string>())))
      errors.push_back(where + ": \"" + text + "\" does not match " + schema["pattern"].get<std::string>());
    if (schema.value("format", "") == "date" && !std::regex_match(text, std::regex(R"(\d{4}-\d{2}-\d{2})")))
      errors.push_back(where + ": \"" + text + "\" is not a date");
    if (schema.value("format", "") == "date-time" &&
        !std::regex_match(text, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))")))
      errors.push_back(where + ": \"" + text + "\" is not a date-time (RFC 3339)");
  }
  if (value.is_object()) {
    for (const auto& name : schema.value("required", json::array()))
      if (!value.contains(name.get<std::string>()))
        errors.push_back(where + ": required member " + name.dump() + " is missing");
    const auto properties = schema.value("properties", json::object());
    for (const auto& [name, member] : value.items()) {
      if (properties.contains(name))
        validate(member, properties[name], where + "." + name, errors);
      else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false)
        errors.push_back(where + ": member \"" + name + "\" is not in the schema");
    }
  }
  if (value.is_array() && schema.contains("items"))
    for (std::size_t i = 0; i < value.size(); ++i)
      validate(value[i], schema["items"], where + "[" + std::to_string(i) + "]", errors);
}

std::vector<std::string> OpenApi::validate(const json& value, const json& schema) const {
  std::vector<std::string> errors;
  validate(value, schema, "$", errors);
  return errors;
}

std::vector<std::string> OpenApi::check(const std::string& path, const std::string& method, unsigned status,
                                        const std::string& content_type, const std::string& body) const {
  const auto& paths = document_.at("paths");
  if (!paths.contains(path)) return {"path " + path + " is not in the document"};
  if (!paths[path].contains(method)) return {method + " " + path + " is not in the document"};
  const auto& responses = paths[path][method].at("responses");
  const auto code = std::to_string(status);
  if (!responses.contains(code)) return {method + " " + path + ": status " + code + " is not documented"};
  const auto media = content_type.substr(0, content_type.find(';'));
  const auto& content = responses[code].value("content", json::object());
  if (!content.contains(media))
    return {method + " " + path + " " + code + ": content type " + media + " is not documented"};
  if (media == "text/csv") return {};
  json value;
  try {
    value = json::parse(body);
  } catch (const json::exception& error) {
    return {method + " " + path + " " + code + ": the body is not JSON: " + error.what()};
  }
  auto errors = validate(value, content[media].at("schema"));
  for (auto& error : errors) error = method + " " + path + " " + code + ": " + error;
  return errors;
}

}  // namespace ijw::testing
