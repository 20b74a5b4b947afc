// CS002 (0001): Client.Bsn passes the 11-proef (JW301, JW305, JW307, JW315, JW317).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr const char* kTypes[] = {"JW301", "JW305", "JW307", "JW315", "JW317"};

std::string with_bsn(std::string_view type, std::string_view bsn) {
  std::string prefix(type);
  prefix[0] = 'j';
  prefix[1] = 'w';
  return replace_once(base_message(type), "<" + prefix + ":Bsn>123456782</" + prefix + ":Bsn>",
                      "<" + prefix + ":Bsn>" + std::string(bsn) + "</" + prefix + ":Bsn>");
}

void expect_refused(std::string_view type, std::string_view bsn) {
  SCOPED_TRACE(std::string(type) + " " + std::string(bsn));
  const auto findings = run_rule("CS002", with_bsn(type, bsn));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS002");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Bsn");
  EXPECT_NE(findings[0].explanation.find(bsn), std::string::npos);
}

void expect_accepted(std::string_view type, std::string_view bsn) {
  SCOPED_TRACE(std::string(type) + " " + std::string(bsn));
  EXPECT_TRUE(run_rule("CS002", with_bsn(type, bsn)).empty());
}

TEST(CS002, BsnFailingThe11ProefIsRefused) {
  for (const auto type : kTypes) expect_refused(type, "123456781");  // s = 155, remainder 1
}

TEST(CS002, BsnPassingThe11ProefIsAccepted) {
  for (const auto type : kTypes) {
    expect_accepted(type, "123456782");  // s = 154 = 14 * 11
    expect_accepted(type, "999900006");  // a test BSN, no exception needed: s = 264
    expect_accepted(type, "100000009");  // s = 9 - 9 = 0 with non-zero digits
  }
}

TEST(CS002, NegativeSumIsNoMultipleOf11) {  // s = -9: the remainder is taken non-negatively
  for (const auto type : kTypes) expect_refused(type, "000000009");
}

TEST(CS002, AllZeroBsnIsRefused) {  // decision: passes the formula (s = 0) but is the "unknown" placeholder
  for (const auto type : kTypes) expect_refused(type, "000000000");
}

}  // namespace
}  // namespace ijw::rules::testing
