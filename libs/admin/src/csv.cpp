// CSV (csv.hpp). A dozen lines of our own: the one Debian candidate, libcsv (libcsv-dev), is a C parser
// whose writer quotes every field and knows nothing of formula injection; nothing else packaged fits.

#include "ijw/admin/csv.hpp"

namespace ijw::admin {
namespace {

std::string plain(const nlohmann::json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const auto& element : value) {
      if (!joined.empty()) joined += ';';
      joined += plain(element);
    }
    return joined;
  }
  return value.dump();
}

}  // namespace

CsvWriter::CsvWriter(const std::vector<std::string>& columns) : columns_(columns) {
  for (std::size_t i = 0; i < columns_.size(); ++i) field(columns_[i], i == 0);
  text_ += "\r\n";
}

void CsvWriter::record(const nlohmann::json& object) {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const auto found = object.find(columns_[i]);
    field(found == object.end() ? std::string() : plain(*found), i == 0);
  }
  text_ += "\r\n";
}

void CsvWriter::field(std::string_view value, bool first) {
  if (!first) text_ += ',';
  std::string guarded;
  if (!value.empty() &&
      (value.front() == '=' || value.front() == '+' || value.front() == '-' || value.front() == '@')) {
    // D-607: a negative number is a formula to a spreadsheet too; the list fields that can start with '-'
    // are free text from messages, never amounts.
    guarded = "'" + std::string(value);
    value = guarded;
  }
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) {
    text_ += value;
    return;
  }
  text_ += '"';
  for (const char c : value) {
    if (c == '"') text_ += '"';
    text_ += c;
  }
  text_ += '"';
}

}  // namespace ijw::admin
