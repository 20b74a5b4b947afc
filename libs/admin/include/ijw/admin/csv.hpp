#pragma once
// CSV export of the admin API's lists (RFC 4180): fields separated by commas, records by CRLF; a field
// that holds a comma, a double quote, CR or LF, or starts or ends with a space, is quoted, with its
// quotes doubled. A field starting with =, +, - or @ would be run as a formula by spreadsheet programs
// (CSV injection); such a field is prefixed with a single quote (D-607). UTF-8, no byte-order mark.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ijw::admin {

class CsvWriter {
 public:
  // Writes the header record.
  explicit CsvWriter(const std::vector<std::string>& columns);

  // One record: `object[column]` for each column; null or absent is an empty field, a string as is, a
  // number or boolean as JSON writes it, an array as its elements joined by ';', an object as its JSON.
  void record(const nlohmann::json& object);

  const std::string& text() const { return text_; }

 private:
  void field(std::string_view value, bool first);

  std::vector<std::string> columns_;
  std::string text_;
};

}  // namespace ijw::admin
