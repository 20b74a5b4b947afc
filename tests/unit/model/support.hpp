#pragma once
// Helpers of the model tests. The official examples, the XSD oracle and text surgery come from the shared
// test support (tests/support: ijw/testing/oracle.hpp and examples.hpp).

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ijw/testing/examples.hpp"
#include "ijw/testing/oracle.hpp"
#include "ijw/xml/document.hpp"

namespace ijw::model::testing {

using ijw::testing::erase_span;
using ijw::testing::official_example;
using ijw::testing::raw_official_example;
using ijw::testing::replace;

// The message ids whose examples the model covers (JW323 and JW325 are out of scope).
const std::vector<std::string>& example_ids();

// Parses bytes that must be well-formed; throws std::runtime_error with the diagnostics otherwise.
xml::Document parse_xml(std::string_view bytes);

// What is wrong with a serialized document's framing: a BOM, a missing XML declaration, a line end other
// than CRLF. Empty when nothing is.
std::string framing_problem(std::string_view document);

// xmllint's messages, one per line, for a failure message.
std::string joined(const std::vector<std::string>& messages);

}  // namespace ijw::model::testing

// Asserts that xmllint accepts `document` against the message's XSD. Without the oracle the test is skipped,
// except under CI=true, where that is a failure. Use it last in a test: it may skip.
#define IJW_EXPECT_XSD_VALID(document, message_id)                                                        \
  do {                                                                                                    \
    IJW_REQUIRE_ORACLE();                                                                                 \
    const ::ijw::testing::OracleVerdict ijw_verdict = ::ijw::testing::xmllint_document((document), (message_id)); \
    EXPECT_TRUE(ijw_verdict.valid) << ::ijw::model::testing::joined(ijw_verdict.messages)                 \
                                   << "\n--- document ---\n" << (document);                               \
  } while (false)
