#pragma once
// What the structuur rules share: logical keys compared by value and NULL-safely (TR101, TR383), zorgperioden
// and the product comparison of the overlap rules (TR302, TR386, TR410), and dates against the Dagtekening
// (TR002, TR134, TR380).

#include <chrono>
#include <compare>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ijw/model/messages.hpp"

namespace ijw::rules::structuur {

// An xs:date as a key part: its value, so "2026-11-02" and " 2026-11-02 " are the same key (the model keeps
// the text as received, XSD compares values).
std::string date_key(const model::basis::LDT_Datum& date);

// An xs:integer (ToewijzingNummer) as a key part: its value, so "8001" and "08001" are the same key.
std::string number_key(const model::basis::LDT_Nummer& number);

// A Product as a key part. Categorie (an enumeration) and Code (an xs:string, whitespace preserved) are
// compared by exact text, as XSD compares them. As std::optional both the Code and the whole Product compare
// NULL-safely (ijw-spec §2.6): absent equals absent, and absent differs from any present value.
struct ProductKey {
  std::string categorie;
  std::optional<std::string> code;
  friend auto operator<=>(const ProductKey&, const ProductKey&) = default;
};
std::optional<ProductKey> product_key(const std::optional<model::basis::CDT_Product>& product);

// For explanations: "45A04 (categorie 45)", "categorie 45" or "geen Product".
std::string describe(const std::optional<model::basis::CDT_Product>& product);

// The first index at which each key of a berichtklasse occurred (TR101, TR383).
template <class Key>
class FirstSeen {
 public:
  // The index of the earlier class with the same key, or nullopt when the key is new.
  std::optional<std::size_t> add(Key key, std::size_t index) {
    const auto [at, inserted] = first_.emplace(std::move(key), index);
    if (inserted) return std::nullopt;
    return at->second;
  }

 private:
  std::map<Key, std::size_t> first_;
};

// A zorgperiode: both days included, no end means open-ended.
struct Periode {
  std::chrono::sys_days begin;
  std::optional<std::chrono::sys_days> end;
};

// The period [begin, end]; nullopt when a date cannot be read or when end lies before begin (that is CS003's
// finding, and an empty period overlaps nothing).
std::optional<Periode> periode(const model::basis::LDT_Datum& begin, const std::optional<model::basis::LDT_Datum>& end);

// Whether two periods share at least one day: adjacent periods (end + 1 day = begin) do not.
bool overlap(const Periode& a, const Periode& b);

// Whether two products may not be given for the same day (TR302, TR386, TR410; ijw-spec §4.2): a class
// without Product (generiek) clashes with every other one; otherwise only the same Categorie clashes, and
// there an aspecifiek product (no Code) clashes with every product of its Categorie, a specifiek one only
// with the same Code.
bool same_product(const std::optional<ProductKey>& a, const std::optional<ProductKey>& b);

// One class of a berichtklasse list as the overlap rules see it; `periode` nullopt leaves the class out.
struct ProductPeriode {
  std::optional<ProductKey> product;
  std::optional<Periode> periode;
};

// A class whose period overlaps that of an earlier class of the same product (`later` > `earlier`, both
// 0-based). Each class is reported once, against the first earlier class it clashes with.
struct Overlap {
  std::size_t later;
  std::size_t earlier;
};
std::vector<Overlap> overlapping(const std::vector<ProductPeriode>& classes);

// `dagtekening` minus `years` years, as a day; 29 February of a year that is not a leap year becomes 1 March,
// so a person born on 28 February is a day older than the limit (TR002).
std::optional<std::chrono::sys_days> years_before(const model::basis::LDT_Datum& dagtekening, std::chrono::years years);

}  // namespace ijw::rules::structuur
