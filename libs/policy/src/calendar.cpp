#include "ijw/policy/calendar.hpp"

namespace ijw::policy {

using namespace std::chrono;

year_month_day add_months(year_month_day day, int months) {
  const year_month shifted = year_month(day.year(), day.month()) + std::chrono::months(months);
  const year_month_day_last last(shifted.year(), month_day_last(shifted.month()));
  return day.day() > last.day() ? year_month_day(last) : year_month_day(shifted.year(), shifted.month(), day.day());
}

year_month_day birthday(year_month_day geboortedatum, int years) {
  const year_month_day candidate = geboortedatum + std::chrono::years(years);
  if (candidate.ok()) return candidate;
  // Only 29 February in a common year gets here: the birthday is the day after 28 February.
  return year_month_day(sys_days(year_month_day(candidate.year(), February, day(28))) + days(1));
}

int age_on(year_month_day geboortedatum, year_month_day day) {
  int age = static_cast<int>(day.year()) - static_cast<int>(geboortedatum.year());
  if (age > 0 && day < birthday(geboortedatum, age)) --age;
  return age < 0 ? 0 : age;
}

}  // namespace ijw::policy
