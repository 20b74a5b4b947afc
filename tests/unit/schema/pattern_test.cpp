// The pattern shortcuts must decide exactly as libxml2's XSD regex engine, the oracle's own.

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "ijw/schema/schema.hpp"

namespace ijw::schema {
namespace {

const std::vector<std::string> kProbes = {
    "", " ", "\t", "\n", "\r", "  ", "a", " a", "a ", "a\nb", "a\rb", "\na", "a\n", "\ta\t", "é", " é ",
    "\xC2\xA0", "0", "3", "03", " 3", "3 ", "438", "4380", "43", "+3", "-3", "12345678", "1234567", "123456789",
    "1234567a", "１２３４５６７８", "0983", "098", "09833", "2026-01-01", "2026-01-01Z", "2026-01-01+01:00",
    "12:00:00", "12:00:00Z", "12:00:00+01:00", "12:00:00-01:00", "Z", ":", "+", "-", ".", "..", ". .", "x.y",
    "1.0.0", "abc", "ABC", "Commentaar met\nregels", "   \t  ", "...", " . ", "\x7F", "a\tb",
};

TEST(PatternShortcut, EveryShortcutOfTheDescriptionAgreesWithLibxml2) {
  std::set<std::string> expressions;
  for (const auto& type : ijw32().simple_types()) {
    for (const auto& step : type.pattern_steps) {
      for (const auto& pattern : step) expressions.insert(pattern.expression());
    }
  }
  int shortcuts = 0;
  for (const auto& expression : expressions) {
    const Pattern fast(expression);
    const Pattern oracle(expression, Pattern::Engine::Libxml2);
    ASSERT_FALSE(oracle.has_shortcut());
    shortcuts += fast.has_shortcut() ? 1 : 0;
    std::vector<std::string> probes = kProbes;
    probes.push_back(expression);  // a literal pattern must match itself
    for (const auto& probe : probes) {
      EXPECT_EQ(fast.matches(probe), oracle.matches(probe)) << "pattern " << expression << " on '" << probe << "'";
    }
  }
  // The shapes iJw uses on nearly every value: literals (BerichtCode, versions), [0-9]{n}, [0-9]*,
  // .*[^\s].*, the Commentaar pattern and [^:Z]*.
  EXPECT_GE(shortcuts, 10);
}

// LDT_Tijd's [^Z+-]+ is left to libxml2 on purpose: libxml2 does not read the trailing '-' as a literal,
// so it accepts a time with a negative offset. The oracle decides; the shortcut would not have.
TEST(PatternShortcut, TimePatternIsTheOraclesReading) {
  const Pattern tijd("[^Z+-]+");
  EXPECT_FALSE(tijd.has_shortcut());
  EXPECT_TRUE(tijd.matches("12:00:00-01:00"));
  EXPECT_FALSE(tijd.matches("12:00:00Z"));
  EXPECT_FALSE(tijd.matches("12:00:00+01:00"));
}

TEST(PatternShortcut, OtherExpressionsUseLibxml2) {
  EXPECT_FALSE(Pattern("([a-zA-ZÀ-ỳ])+").has_shortcut());
  EXPECT_FALSE(Pattern("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)").has_shortcut());
  EXPECT_TRUE(Pattern("([a-zA-ZÀ-ỳ])+").matches("ỳ"));
  EXPECT_FALSE(Pattern("([a-zA-ZÀ-ỳ])+").matches("Ỵ"));  // U+1EF4, just past the range
}

TEST(PatternShortcut, AnInvalidExpressionIsAnError) { EXPECT_THROW(Pattern("[0-9"), SchemaError); }

}  // namespace
}  // namespace ijw::schema
