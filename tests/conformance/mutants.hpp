#pragma once
// The conformance corpus: documents derived deterministically from the official iJw examples by mutation
// operators, each judged twice, by `xmllint --schema` (the oracle) and by ijw::validate::Validator.
//
// The generator only produces documents; it never predicts a verdict. It reads ijw::schema to know which
// elements are required, repeatable or leaves of which simple type, so that it can aim mutations at every
// occurrence bound and every facet; if that description were wrong, the oracle would still judge right.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ijw/schema/schema.hpp"

namespace ijw::conformance {

struct Mutant {
  std::string message;  // "JW305": the message whose XSD judges the document
  std::string op;       // the operator, e.g. "del-req" or "val-date"; part of the file name
  std::string note;     // what was done, for people reading a mismatch
  std::string bytes;    // the document
};

inline constexpr std::uint64_t kDefaultSeed = 0x494A57'2032'0332ULL;  // fixed: the corpus is reproducible

// The message types of the suite, in order.
const std::vector<std::string>& message_ids();

// The main corpus, from the official examples (ijw::testing::official_example): well-formed UTF-8 documents
// only, at least 100 per message type. Throws std::runtime_error when an example is missing or cannot be read.
std::vector<Mutant> generate_corpus(const schema::Schema& schema, std::uint64_t seed = kDefaultSeed);

// Documents aimed at the parser rather than the schema: markup declarations, other encodings, malformed XML,
// namespace declarations xmllint reports but tolerates, resource exhaustion. All are based on the JW305
// example (message "JW305").
std::vector<Mutant> generate_hostile();

// "<message>_<nnnn>_<op>.xml", with number the 1-based position of the mutant among those of its message.
std::string file_name(const Mutant& mutant, std::size_t number);

}  // namespace ijw::conformance
