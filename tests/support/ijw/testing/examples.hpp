#pragma once
// Text surgery on example documents, for tests and the benchmark: exact replacements that fail loudly when
// they no longer apply, and the repairs that make the official examples XSD-valid.

#include <cstddef>
#include <string>
#include <string_view>

namespace ijw::testing {

// Replaces every occurrence of `from`, which must occur exactly `expected_count` times (a guard against
// variants that silently stop matching their example); throws std::runtime_error otherwise.
std::string replace(std::string text, std::string_view from, std::string_view to, std::size_t expected_count = 1);

// Removes the first span that starts with `from` and ends with the first `through` after it; throws
// std::runtime_error when there is none.
std::string erase_span(std::string text, std::string_view from, std::string_view through);

// official_example()'s repairs (see oracle.hpp) on the bytes of the official example `id`, for callers that
// read the examples from elsewhere. Throws std::runtime_error when the expected defect is not found.
std::string repair_official_example(std::string_view id, std::string raw);

}  // namespace ijw::testing
