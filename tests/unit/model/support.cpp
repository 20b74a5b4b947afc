#include "support.hpp"

#include <stdexcept>

namespace ijw::model::testing {

const std::vector<std::string>& example_ids() {
  static const std::vector<std::string> ids = {"JW301", "JW302", "JW305", "JW306", "JW307", "JW308",
                                               "JW315", "JW316", "JW317", "JW318", "JW319", "JW320"};
  return ids;
}

xml::Document parse_xml(std::string_view bytes) {
  xml::ParseResult result = xml::parse(bytes);
  if (!result.document) {
    std::string problems = "not well-formed:";
    for (const xml::Diagnostic& diagnostic : result.diagnostics) {
      problems += "\n  line " + std::to_string(diagnostic.where.line) + ": " + diagnostic.text;
    }
    throw std::runtime_error(problems);
  }
  return std::move(*result.document);
}

std::string framing_problem(std::string_view document) {
  if (document.starts_with("\xEF\xBB\xBF")) return "starts with a byte-order mark";
  if (!document.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n")) return "no XML declaration line";
  if (!document.ends_with("\r\n")) return "the last line has no CRLF";
  for (std::size_t i = 0; i < document.size(); ++i) {
    const bool bare_lf = document[i] == '\n' && (i == 0 || document[i - 1] != '\r');
    const bool bare_cr = document[i] == '\r' && (i + 1 == document.size() || document[i + 1] != '\n');
    if (bare_lf || bare_cr) return "a line end other than CRLF at byte " + std::to_string(i);
  }
  return {};
}

std::string joined(const std::vector<std::string>& messages) {
  std::string text;
  for (const std::string& message : messages) text += message + "\n";
  return text;
}

}  // namespace ijw::model::testing
