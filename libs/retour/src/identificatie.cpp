#include "ijw/retour/identificatie.hpp"

#include <cstdint>

namespace ijw::retour {
namespace {

std::string base36(std::uint64_t value, std::size_t width) {
  constexpr std::string_view kDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string out(width, '0');
  for (std::size_t i = width; i-- > 0 && value > 0; value /= 36) out[i] = kDigits[value % 36];
  return out;
}

}  // namespace

std::string ClockIdentificaties::next(std::string_view) {
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  // 9 base-36 digits of milliseconds last until the year 5188; 2 digits count within a millisecond.
  return "R" + base36(static_cast<std::uint64_t>(millis), 9) + base36(counter_++ % (36 * 36), 2);
}

}  // namespace ijw::retour
