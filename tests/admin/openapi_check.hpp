#pragma once
// Checks a response against docs/admin-api.openapi.json: the documented status and content type of the
// operation, and the JSON body against the referenced schema. A minimal JSON Schema subset, enough for
// what the document uses: $ref, type (also a list, for null), required, properties,
// additionalProperties: false, items, enum, pattern, format date and date-time.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ijw::testing {

class OpenApi {
 public:
  explicit OpenApi(const std::string& file);

  // Every mismatch, as readable lines; empty when the response is as documented. `path` is the
  // document's path template ("/admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}").
  std::vector<std::string> check(const std::string& path, const std::string& method, unsigned status,
                                 const std::string& content_type, const std::string& body) const;

  // Mismatches of `value` against `schema` (for the checker's own tests).
  std::vector<std::string> validate(const nlohmann::json& value, const nlohmann::json& schema) const;

  const nlohmann::json& document() const { return document_; }

 private:
  void validate(const nlohmann::json& value, const nlohmann::json& schema, const std::string& where,
                std::vector<std::string>& errors) const;
  const nlohmann::json& resolve(const nlohmann::json& schema) const;

  nlohmann::json document_;
};

}  // namespace ijw::testing
