// The calendar of the policy (D-405, D-406): months added on std::chrono's civil calendar, birthdays, ages.

#include "ijw/policy/calendar.hpp"

#include <gtest/gtest.h>

namespace ijw::policy {
namespace {

using namespace std::chrono;

TEST(PolicyCalendar, SixMonthsAfterTheEndOfAugustIsTheLastDayOfFebruary_D405) {
  EXPECT_EQ(add_months(2026y / August / 31, 6), 2027y / February / 28);
  EXPECT_EQ(add_months(2027y / August / 31, 6), 2028y / February / 29);
  EXPECT_EQ(add_months(2026y / March / 15, 6), 2026y / September / 15);
  EXPECT_EQ(add_months(2026y / November / 30, 3), 2027y / February / 28);
}

TEST(PolicyCalendar, ABirthdayIsTheSameDayYearsLater) { EXPECT_EQ(birthday(2014y / June / 12, 13), 2027y / June / 12); }

TEST(PolicyCalendar, BornOn29FebruaryHasTheBirthdayOn1MarchInACommonYear_D406) {
  EXPECT_EQ(birthday(2012y / February / 29, 13), 2025y / March / 1);
  EXPECT_EQ(birthday(2012y / February / 29, 16), 2028y / February / 29);
}

TEST(PolicyCalendar, AgeChangesOnTheBirthdayNotTheDayBefore) {
  EXPECT_EQ(age_on(2014y / June / 12, 2027y / June / 11), 12);
  EXPECT_EQ(age_on(2014y / June / 12, 2027y / June / 12), 13);
  EXPECT_EQ(age_on(2012y / February / 29, 2025y / February / 28), 12);
  EXPECT_EQ(age_on(2012y / February / 29, 2025y / March / 1), 13);
}

}  // namespace
}  // namespace ijw::policy
