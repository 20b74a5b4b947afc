#include "ijw/rules/calendar.hpp"

#include <boost/date_time/local_time/local_time.hpp>

namespace ijw::rules {
namespace {

// The Dutch rule as a POSIX TZ string, read by Boost.Date_Time so no tz database is needed on the host.
// Boost counts the offset east of Greenwich as positive, unlike POSIX itself ("CET+1", not "CET-1").
const boost::local_time::time_zone_ptr& amsterdam() {
  static const boost::local_time::time_zone_ptr zone(
      new boost::local_time::posix_time_zone("CET+1CEST,M3.5.0,M10.5.0/3"));
  return zone;
}

}  // namespace

std::chrono::year_month_day amsterdam_date(std::chrono::system_clock::time_point instant) {
  const auto since_epoch = std::chrono::duration_cast<std::chrono::seconds>(instant.time_since_epoch());
  const boost::posix_time::ptime utc =
      boost::posix_time::from_time_t(0) + boost::posix_time::seconds(static_cast<long>(since_epoch.count()));
  const auto local = boost::local_time::local_date_time(utc, amsterdam()).local_time().date();
  return std::chrono::year_month_day{std::chrono::year{static_cast<int>(local.year())},
                                     std::chrono::month{static_cast<unsigned>(local.month())},
                                     std::chrono::day{static_cast<unsigned>(local.day())}};
}

}  // namespace ijw::rules
