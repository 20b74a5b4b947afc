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
    // versions: leading zeros, too few and too many parts, empty parts, signs
    "0.0.0", "10.20.30", "01.0.0", "1.00.0", "1.0.01", "1.0", "1.0.0.0", "1..0", ".1.0", "1.0.", "+1.0.0", "1.0.0 ",
    "1.0.0\n", "١.٠.٠",
    // letters: the ends of À-ỳ and just outside them, other scripts, digits and spaces between letters
    "À", "ỳ", "\xC2\xBF", "Ỵ", "ÿ", "Ω", "я", "中", "aÀb", "a b", "A1", "J.", "-", "Z+", "a-b", "Z", "+a",
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
  // Every pattern of iJw 3.2 has one: literals (BerichtCode, versions), [0-9]{n}, [0-9]*, .*[^\s].*, the
  // Commentaar pattern, [^:Z]*, [^Z+-]+, the XSD version and the Voorletters letters.
  EXPECT_EQ(shortcuts, static_cast<int>(expressions.size()));
}

// LDT_Tijd's [^Z+-]+: libxml2 does not read the trailing '-' as a literal, so it accepts a time with a
// negative offset. The shortcut follows the oracle's reading, not the XSD specification's.
TEST(PatternShortcut, TimePatternIsTheOraclesReading) {
  for (const auto engine : {Pattern::Engine::Fastest, Pattern::Engine::Libxml2}) {
    const Pattern tijd("[^Z+-]+", engine);
    EXPECT_TRUE(tijd.matches("12:00:00-01:00"));
    EXPECT_FALSE(tijd.matches("12:00:00Z"));
    EXPECT_FALSE(tijd.matches("12:00:00+01:00"));
  }
  EXPECT_TRUE(Pattern("[^Z+-]+").has_shortcut());
}

TEST(PatternShortcut, VoorlettersLettersEndAtYWithGrave) {
  const Pattern letters("([a-zA-ZÀ-ỳ])+");
  EXPECT_TRUE(letters.has_shortcut());
  EXPECT_TRUE(letters.matches("ỳ"));
  EXPECT_FALSE(letters.matches("Ỵ"));  // U+1EF4, just past the range
}

TEST(PatternShortcut, OtherExpressionsUseLibxml2) {
  const Pattern other("[a-c]{2}x?");
  EXPECT_FALSE(other.has_shortcut());
  EXPECT_TRUE(other.matches("abx"));
  EXPECT_FALSE(other.matches("abd"));
}

TEST(PatternShortcut, AnInvalidExpressionIsAnError) { EXPECT_THROW(Pattern("[0-9"), SchemaError); }

}  // namespace
}  // namespace ijw::schema
