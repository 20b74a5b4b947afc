#include "ijw/testing/examples.hpp"

#include <algorithm>
#include <stdexcept>

namespace ijw::testing {

std::string replace(std::string text, std::string_view from, std::string_view to, std::size_t expected_count) {
  std::size_t count = 0;
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
    ++count;
  }
  if (count != expected_count) {
    throw std::runtime_error("expected " + std::to_string(expected_count) + " occurrence(s) of '" +
                             std::string(from) + "', found " + std::to_string(count));
  }
  return text;
}

std::string erase_span(std::string text, std::string_view from, std::string_view through) {
  const std::size_t begin = text.find(from);
  const std::size_t end = begin == std::string::npos ? std::string::npos : text.find(through, begin);
  if (end == std::string::npos) {
    throw std::runtime_error("no span from '" + std::string(from) + "' through '" + std::string(through) + "'");
  }
  return text.erase(begin, end + through.size() - begin);
}

std::string repair_official_example(std::string_view id, std::string raw) {
  if (id == "JW315") {
    // ToewijzingEinddatum 2027-06-31 (lines 44 and 66): June has no 31st day.
    return replace(std::move(raw), "2027-06-31", "2027-06-30", 2);
  }
  if (id == "JW318") {
    // Line 33: a bare RetourCode directly in Verzoek, after RedenVerzoek, where only the RetourCodes wrapper
    // may stand (and does, at the end of Verzoek). The line goes, with its line end.
    constexpr std::size_t kLine = 33;
    constexpr std::string_view kStray = "<jw318:RetourCode>9350</jw318:RetourCode>";
    std::size_t begin = 0;
    for (std::size_t number = 1; number < kLine && begin != std::string::npos; ++number) {
      begin = raw.find('\n', begin);
      if (begin != std::string::npos) ++begin;
    }
    const std::size_t end = begin == std::string::npos ? std::string::npos : raw.find('\n', begin);
    std::string_view line =
        end == std::string::npos ? std::string_view{} : std::string_view(raw).substr(begin, end - begin);
    line.remove_prefix(std::min(line.find_first_not_of(" \t"), line.size()));
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line != kStray) {
      throw std::runtime_error("JW318.xml no longer has the stray " + std::string(kStray) + " at line 33");
    }
    return raw.erase(begin, end + 1 - begin);
  }
  return raw;
}

}  // namespace ijw::testing
