#include "structuur_support.hpp"

#include <fmt/format.h>

#include "ijw/model/values.hpp"

namespace ijw::rules::structuur {

std::string date_key(const model::basis::LDT_Datum& date) {
  const auto value = model::to_date(date);
  // After XSD validation only a year beyond std::chrono::year is unreadable; its collapsed text is then
  // the best key there is.
  if (!value) return model::collapse_whitespace(date.text);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(value->year()), static_cast<unsigned>(value->month()),
                     static_cast<unsigned>(value->day()));
}

std::string number_key(const model::basis::LDT_Nummer& number) {
  const auto value = model::to_integer(number);
  if (!value) return model::collapse_whitespace(number.text);
  return std::to_string(*value);
}

std::optional<ProductKey> product_key(const std::optional<model::basis::CDT_Product>& product) {
  if (!product) return std::nullopt;
  ProductKey key{product->Categorie.text, std::nullopt};
  if (product->Code) key.code = product->Code->text;
  return key;
}

std::string describe(const std::optional<model::basis::CDT_Product>& product) {
  if (!product) return "geen Product";
  if (!product->Code) return fmt::format("categorie {}", product->Categorie.text);
  return fmt::format("{} (categorie {})", product->Code->text, product->Categorie.text);
}

std::optional<Periode> periode(const model::basis::LDT_Datum& begin,
                               const std::optional<model::basis::LDT_Datum>& end) {
  const auto first = model::to_date(begin);
  if (!first) return std::nullopt;
  Periode result{std::chrono::sys_days(*first), std::nullopt};
  if (end) {
    const auto last = model::to_date(*end);
    if (!last) return std::nullopt;
    result.end = std::chrono::sys_days(*last);
    if (*result.end < result.begin) return std::nullopt;
  }
  return result;
}

bool overlap(const Periode& a, const Periode& b) {
  const bool a_starts_before_b_ends = !b.end || a.begin <= *b.end;
  const bool b_starts_before_a_ends = !a.end || b.begin <= *a.end;
  return a_starts_before_b_ends && b_starts_before_a_ends;
}

bool same_product(const std::optional<ProductKey>& a, const std::optional<ProductKey>& b) {
  if (!a || !b) return true;
  if (a->categorie != b->categorie) return false;
  if (!a->code || !b->code) return true;
  return *a->code == *b->code;
}

std::vector<Overlap> overlapping(const std::vector<ProductPeriode>& classes) {
  std::vector<Overlap> result;
  for (std::size_t later = 1; later < classes.size(); ++later) {
    if (!classes[later].periode) continue;
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (!classes[earlier].periode) continue;
      if (same_product(classes[earlier].product, classes[later].product) &&
          overlap(*classes[earlier].periode, *classes[later].periode)) {
        result.push_back({later, earlier});
        break;
      }
    }
  }
  return result;
}

std::optional<std::chrono::sys_days> years_before(const model::basis::LDT_Datum& dagtekening,
                                                  std::chrono::years years) {
  const auto day = model::to_date(dagtekening);
  if (!day) return std::nullopt;
  const std::chrono::year_month_day limit = *day - years;
  if (!limit.year().ok()) return std::nullopt;
  // sys_days of 1900-02-29 is 1900-03-01 ([time.cal.ymd.members]: a day past the end of the month rolls over).
  return std::chrono::sys_days(limit);
}

}  // namespace ijw::rules::structuur
