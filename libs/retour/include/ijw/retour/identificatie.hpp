#pragma once
// IdentificatieRetour: a new identification, 1 to 12 characters, unique per retour berichtsoort for the
// party that sends the retour (IV028; VECOZO checks it as BRS20).

#include <atomic>
#include <chrono>
#include <string>
#include <string_view>

namespace ijw::retour {

class IdentificatieSource {
 public:
  virtual ~IdentificatieSource() = default;
  virtual std::string next(std::string_view retour_message) = 0;  // retour_message: "JW306"
};

// Without a store: the time in milliseconds and a per-process counter, in base 36 ("R" + 11 characters),
// so two runs never hand out the same identification unless the clock goes back.
class ClockIdentificaties final : public IdentificatieSource {
 public:
  std::string next(std::string_view retour_message) override;

 private:
  std::atomic<std::uint32_t> counter_{0};
};

// For tests and reproducible output: always the same identification.
class FixedIdentificatie final : public IdentificatieSource {
 public:
  explicit FixedIdentificatie(std::string value) : value_(std::move(value)) {}
  std::string next(std::string_view) override { return value_; }

 private:
  std::string value_;
};

}  // namespace ijw::retour
