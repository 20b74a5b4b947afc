#pragma once
// The calendar arithmetic of the policy, on std::chrono's civil calendar (no hand-written date arithmetic).

#include <chrono>

namespace ijw::policy {

// `day` plus `months` calendar months; a day that month lacks becomes its last day (2026-08-31 + 6 months is
// 2027-02-28), so the result is never past the end of the target month (D-405).
std::chrono::year_month_day add_months(std::chrono::year_month_day day, int months);

// The day someone born on `geboortedatum` turns `years` old. Born on 29 February: 1 March in a year without
// one (D-406).
std::chrono::year_month_day birthday(std::chrono::year_month_day geboortedatum, int years);

// Whole years of age on `day` (0 before the first birthday).
int age_on(std::chrono::year_month_day geboortedatum, std::chrono::year_month_day day);

}  // namespace ijw::policy
