#pragma once
// The calendar the rules judge by: "today" is the receiver's date in the Netherlands (TR135).

#include <chrono>

namespace ijw::rules {

// The calendar date in Europe/Amsterdam (CET, CEST from the last Sunday of March to the last Sunday of
// October) at the moment `instant`.
std::chrono::year_month_day amsterdam_date(std::chrono::system_clock::time_point instant);

// A source of the current time that tests and `--today` can replace.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

}  // namespace ijw::rules
