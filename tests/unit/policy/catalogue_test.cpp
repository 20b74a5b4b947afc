// The shipped Noord-Limburg catalogue against the seeds' product tables (issue 7): every product code of the
// draft catalogue (../shared/docs/product-catalog.draft.json, extracted independently from
// ../shared/seeds/002_4d6f3bba8cd51930.txt) is in regions/noord-limburg.json with the same segment, categorie,
// unit and tariff per variant, and the file has no code the seeds do not have.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "ijw/policy/region.hpp"

namespace ijw::policy {
namespace {

using nlohmann::json;

json draft() {
  // ../shared next to the checkout, or where $IJW_SHARED_DIR says (deploy/local/test.sh sets it).
  const char* shared = std::getenv("IJW_SHARED_DIR");
  const std::string path = (shared != nullptr && *shared != '\0' ? std::string(shared)
                                                                  : std::string(IJW_SOURCE_DIR) + "/../shared") +
                           "/docs/product-catalog.draft.json";
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error("cannot read " + path + " (the independent source of this test; set IJW_SHARED_DIR)");
  }
  return json::parse(in);
}

std::string lowercase(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

class ShippedCatalogue : public ::testing::Test {
 protected:
  const Region region = load_region(std::string(IJW_SOURCE_DIR) + "/regions/noord-limburg.json");
  const json seeds = draft();
};

TEST_F(ShippedCatalogue, HasEverySeedProductWithItsSegmentCategorieAndUnit) {
  ASSERT_EQ(seeds["products"].size(), 53u);
  for (const auto& product : seeds["products"]) {
    const std::string code = product["code"];
    SCOPED_TRACE(code);
    const Product* shipped = region.any_product(code);
    ASSERT_NE(shipped, nullptr) << code << " is missing";
    const auto segment = product["segment"].is_number() ? std::to_string(product["segment"].get<int>())
                                                        : product["segment"].get<std::string>();
    EXPECT_EQ(shipped->segment, segment);
    EXPECT_EQ(shipped->categorie, product["category"]["value"].get<std::string>());
    const auto& unit = product["unit"]["seed"];
    if (unit.is_null()) {
      EXPECT_FALSE(shipped->eenheid) << "the seeds give no unit";
    } else {
      ASSERT_TRUE(shipped->eenheid);
      // The seeds write "Uur", "Etmaal", ..., and "enkele reis (rit)" for vervoer.
      EXPECT_EQ(lowercase(unit.get<std::string>()).rfind(*shipped->eenheid, 0), 0u)
          << unit << " vs " << *shipped->eenheid;
    }
  }
}

TEST_F(ShippedCatalogue, HasEveryTariffOfTheSeedsInEurocent) {
  int tariffs = 0;
  for (const auto& product : seeds["products"]) {
    const std::string code = product["code"];
    const Product* shipped = region.any_product(code);
    ASSERT_NE(shipped, nullptr) << code;
    for (const auto& tariff : product["tariffs"]) {
      const std::string variant = tariff["variant"];
      // Vervoer (42A03) has one fixed amount for every aanbieder; the file keeps it once, as "enkel".
      if (code == "42A03" && variant != "enkel") continue;
      SCOPED_TRACE(code + " " + variant);
      const auto found = shipped->tarieven.find(variant);
      ASSERT_NE(found, shipped->tarieven.end()) << "variant missing";
      if (tariff["amount_eur"].is_null()) {
        EXPECT_FALSE(found->second) << "the seeds give no public amount";
      } else {
        ASSERT_TRUE(found->second);
        EXPECT_EQ(*found->second, std::llround(tariff["amount_eur"].get<double>() * 100));
        ++tariffs;
      }
    }
    std::size_t seed_variants = 0;
    for (const auto& tariff : product["tariffs"]) seed_variants += (code != "42A03" || tariff["variant"] == "enkel");
    EXPECT_EQ(shipped->tarieven.size(), seed_variants) << code << ": a variant the seeds do not have";
  }
  EXPECT_EQ(tariffs, 88);  // every amount of the seeds' tables b.2-b.5, counted once
}

TEST_F(ShippedCatalogue, HasNoCodeTheSeedsDoNotHave) {
  std::set<std::string> known;
  for (const auto& product : seeds["products"]) known.insert(product["code"].get<std::string>());
  for (const auto& legacy : seeds["legacy_codes"]) known.insert(legacy["code"].get<std::string>());
  for (const auto& product : region.producten) EXPECT_TRUE(known.contains(product.code)) << product.code;
}

TEST_F(ShippedCatalogue, SpotChecksAgainstTheHandbookTables) {
  // seeds-rules.md §b.4: 45L11 Perspectief 1 licht, traject, micro €1.112,76, regulier €1.306,20
  // (../shared/seeds/002_4d6f3bba8cd51930.txt:8705-8707).
  const Product* p1 = region.any_product("45L11");
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->tarieven.at("micro"), 111276);
  EXPECT_EQ(p1->tarieven.at("regulier"), 130620);
  EXPECT_EQ(p1->ijw_eenheid, "83");
  // §b.2: 44A08 Gezinshuizen has no micro tariff ("n.v.t."), regulier €152,18 (002:5317-5327).
  const Product* gezinshuis = region.any_product("44A08");
  ASSERT_NE(gezinshuis, nullptr);
  EXPECT_FALSE(gezinshuis->tarieven.at("micro"));
  EXPECT_EQ(gezinshuis->tarieven.at("regulier"), 15218);
}

}  // namespace
}  // namespace ijw::policy
