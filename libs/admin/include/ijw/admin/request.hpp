#pragma once
// The parts of an admin request that need no database: the target's path and query, paging, the format
// asked for (JSON or CSV), and masking a BSN for the log.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ijw::admin {

struct Target {
  std::vector<std::string> segments;         // "/admin/v1/stops" -> {"admin", "v1", "stops"}
  std::map<std::string, std::string> query;  // percent-decoded; the last of a repeated name wins
};

// Splits and percent-decodes a request target; nullopt when it is malformed (a bad %-escape, no leading /).
std::optional<Target> parse_target(std::string_view target);

// Paging of a list (D-605): `limit` (default 50; at most 1000, for CSV at most 10000) and `offset`
// (default 0), in a stable order fixed per list.
struct Paging {
  std::size_t limit = 50;
  std::size_t offset = 0;
};
inline constexpr std::size_t kDefaultLimit = 50;
inline constexpr std::size_t kMaxLimit = 1000;
inline constexpr std::size_t kMaxCsvLimit = 10000;

// The paging of `query`, or a text saying what is wrong with it.
std::variant<Paging, std::string> parse_paging(const std::map<std::string, std::string>& query, bool csv);

enum class Format { Json, Csv };

// CSV when `format=csv` is in the query or the Accept header names text/csv (and not `format=json`);
// nullopt for another `format` value.
std::optional<Format> requested_format(const std::map<std::string, std::string>& query, std::string_view accept);

// "999994128" -> "*******28": the log may show which of two requests were about the same client, never whom.
std::string mask_bsn(std::string_view bsn);

// A syntactically possible BSN: nine digits (the 11-proef is the rules' business, not a search's).
bool looks_like_bsn(std::string_view text);

}  // namespace ijw::admin
