// Typed readings of lexical values: dates, integers, times.

#include <chrono>
#include <optional>

#include <gtest/gtest.h>

#include "ijw/model/values.hpp"

namespace ijw::model {
namespace {

using namespace std::chrono_literals;
using std::chrono::year_month_day;

constexpr year_month_day ymd(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

TEST(CollapseWhitespace, FollowsXsdCollapse) {
  EXPECT_EQ(collapse_whitespace(" \t a \r\n  b\n"), "a b");
  EXPECT_EQ(collapse_whitespace("   "), "");
  EXPECT_EQ(collapse_whitespace("ab"), "ab");
}

TEST(ToDate, ReadsADate) {
  EXPECT_EQ(to_date(basis::LDT_Datum{"2026-04-01"}), ymd(2026, 4, 1));
  EXPECT_EQ(to_date(basis::LDT_Datum{" \t2026-12-31\r\n"}), ymd(2026, 12, 31));
}

TEST(ToDate, KnowsLeapYears) {
  EXPECT_EQ(to_date("2024-02-29"), ymd(2024, 2, 29));
  EXPECT_EQ(to_date("2000-02-29"), ymd(2000, 2, 29));
  EXPECT_EQ(to_date("2023-02-29"), std::nullopt);
  EXPECT_EQ(to_date("1900-02-29"), std::nullopt);
  EXPECT_EQ(to_date("2100-02-29"), std::nullopt);
}

TEST(ToDate, RefusesImpossibleDays) {
  EXPECT_EQ(to_date("2026-02-30"), std::nullopt);
  EXPECT_EQ(to_date("2027-06-31"), std::nullopt);  // the date of the official JW315 example
  EXPECT_EQ(to_date("2026-13-01"), std::nullopt);
  EXPECT_EQ(to_date("2026-00-10"), std::nullopt);
  EXPECT_EQ(to_date("2026-01-00"), std::nullopt);
  EXPECT_EQ(to_date("0000-01-01"), std::nullopt);  // XSD 1.0 has no year zero
}

TEST(ToDate, RefusesOtherShapes) {
  for (const char* text : {"", "2026-4-01", "2026-04-1", "26-04-01", "2026/04/01", "2026-04-01Z",
                           "2026-04-01+01:00", "2026-04-01 x", "2026 -04-01", "+2026-04-01", "02026-04-01",
                           "20x6-04-01", "2026-04-01-"}) {
    EXPECT_EQ(to_date(text), std::nullopt) << text;
  }
}

TEST(ToDate, ReadsLongAndNegativeYears) {
  EXPECT_EQ(to_date("12026-04-01"), ymd(12026, 4, 1));
  EXPECT_EQ(to_date("-0044-03-15"), ymd(-44, 3, 15));
  EXPECT_EQ(to_date("99999-01-01"), std::nullopt);  // beyond std::chrono::year
}

TEST(ToInteger, ReadsXsdIntegers) {
  EXPECT_EQ(to_integer(basis::LDT_Nummer{"300201"}), 300201);
  EXPECT_EQ(to_integer(basis::LDT_Volume{" +0042 "}), 42);
  EXPECT_EQ(to_integer(basis::LDT_Budget{"\t99999999\n"}), 99999999);
  EXPECT_EQ(to_integer("-17"), -17);
  EXPECT_EQ(to_integer("-0"), 0);
  EXPECT_EQ(to_integer("+0"), 0);
  EXPECT_EQ(to_integer("9223372036854775807"), 9223372036854775807);
}

TEST(ToInteger, RefusesWhatXsIntegerRefuses) {
  for (const char* text : {"", " ", "+", "-", "+-1", "-+1", "--1", "1.0", "1e3", "12a", "0x10", "1 000",
                           "9223372036854775808", "99999999999999999999"}) {
    EXPECT_EQ(to_integer(text), std::nullopt) << text;
  }
}

TEST(ToTime, ReadsATime) {
  EXPECT_EQ(to_time(basis::LDT_Tijd{"14:30:00"}), 14h + 30min);
  EXPECT_EQ(to_time(basis::LDT_Tijd{" 00:00:00 "}), 0ms);
  EXPECT_EQ(to_time("23:59:59.5"), 23h + 59min + 59s + 500ms);
  EXPECT_EQ(to_time("08:00:01.1239"), 8h + 1s + 123ms);
  EXPECT_EQ(to_time("24:00:00"), 24h);
  EXPECT_EQ(to_time("24:00:00.000"), 24h);
}

TEST(ToTime, RefusesOtherShapes) {
  for (const char* text : {"", "14:30", "4:30:00", "14:30:00Z", "14:30:00+01:00", "25:00:00", "24:00:01",
                           "24:00:00.1", "12:60:00", "12:00:60", "12:00:00.", "12:00:00,5", "ab:cd:ef"}) {
    EXPECT_EQ(to_time(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace ijw::model
