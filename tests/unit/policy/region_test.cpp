// Loading and checking region files: the shipped ones load, and every kind of mistake is reported with the
// file, the entry and the field (issue 7: "precise errors").

#include "ijw/policy/region.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace ijw::policy {
namespace {

using nlohmann::json;
using namespace std::chrono;

std::string source_path(const std::string& relative) { return std::string(IJW_SOURCE_DIR) + "/" + relative; }

json shipped(const std::string& name) {
  std::ifstream in(source_path("regions/" + name));
  if (!in) throw std::runtime_error("cannot read regions/" + name);
  return json::parse(in);
}

// The problems a broken variant of the shipped Noord-Limburg file gets.
std::vector<std::string> problems_of(const json& document) {
  try {
    parse_region(document.dump(), "nl.json");
  } catch (const RegionError& error) {
    return error.problems();
  }
  ADD_FAILURE() << "the region was accepted";
  return {};
}

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
  for (const auto& problem : problems) {
    if (problem.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(Region, TheShippedNoordLimburgFileLoads) {
  const auto region = load_region(source_path("regions/noord-limburg.json"));
  EXPECT_EQ(region.regio, "Noord-Limburg");
  EXPECT_EQ(region.regel_prefix, "NL");
  EXPECT_FALSE(region.versie.empty());
  EXPECT_EQ(region.gemeenten.size(), 7u);  // ../shared/seeds/002_4d6f3bba8cd51930.txt:4-6
  EXPECT_TRUE(region.serves("0983"));
  EXPECT_FALSE(region.serves("0957"));  // Roermond is Midden-Limburg
  ASSERT_TRUE(region.garantiefase);
  EXPECT_EQ(region.garantiefase->maanden, 6);  // ../shared/seeds/002_4d6f3bba8cd51930.txt:1836-1846
}

TEST(Region, TheShippedMiddenLimburgFileLoads) {
  const auto region = load_region(source_path("regions/midden-limburg.json"));
  EXPECT_EQ(region.regio, "Midden-Limburg");
  EXPECT_EQ(region.regel_prefix, "ML");
  EXPECT_TRUE(region.serves("0957"));
  EXPECT_EQ(region.regel("TERUGWERKEND").ernst, Severity::Block);  // ../shared/seeds/000_75a3e383bfa9846f.txt:97-98
}

TEST(Region, AProductIsFoundOnlyInItsPeriod) {
  const auto region = load_region(source_path("regions/noord-limburg.json"));
  EXPECT_NE(region.product("45L11", 2025y / December / 31), nullptr);
  EXPECT_EQ(region.product("45L11", 2026y / January / 1), nullptr);  // D-404: segment 4 re-contracted for 2026
  EXPECT_NE(region.product("44A07", 2026y / January / 1), nullptr);  // segment 2 extended (D-404)
  EXPECT_EQ(region.product("99X99", 2025y / January / 1), nullptr);
}

TEST(Region, TheStapelingsmatrixAnswersInBothOrders) {
  const auto region = load_region(source_path("regions/noord-limburg.json"));
  const auto* gezinshuis_logeren = region.stapeling_van("44A08", "44A90");  // 002:4354-4358
  ASSERT_NE(gezinshuis_logeren, nullptr);
  EXPECT_EQ(gezinshuis_logeren->kleur, Kleur::Rood);
  const auto* reversed = region.stapeling_van("44A90", "44A08");
  ASSERT_NE(reversed, nullptr);
  EXPECT_EQ(reversed->kleur, Kleur::Rood);
  const auto* p1_ggz = region.stapeling_van("45L11", "54L02");  // footnote 9, 002:4294-4296
  ASSERT_NE(p1_ggz, nullptr);
  EXPECT_EQ(p1_ggz->kleur, Kleur::Geel);
  EXPECT_EQ(p1_ggz->voetnoot, 9);
}

TEST(Region, NotJsonIsOneProblem) {
  try {
    parse_region("{ not json", "broken.json");
    FAIL() << "accepted";
  } catch (const RegionError& error) {
    ASSERT_EQ(error.problems().size(), 1u);
    EXPECT_NE(error.problems()[0].find("not JSON"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("broken.json"), std::string::npos);
  }
}

TEST(Region, AWrongTariffNamesTheFileTheProductAndTheField) {
  auto document = shipped("noord-limburg.json");
  auto& product = document["producten"][24];
  const std::string code = product["code"];
  product["tarieven"]["micro"] = 12.5;
  const auto problems = problems_of(document);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0],
            "producten[24] (" + code + "): tarieven.micro: expected an amount in eurocent (a whole number) or null");
  try {
    parse_region(document.dump(), "nl.json");
  } catch (const RegionError& error) {
    EXPECT_NE(std::string(error.what()).find("nl.json: producten[24]"), std::string::npos);
  }
}

TEST(Region, EveryProblemIsReportedNotOnlyTheFirst) {
  auto document = shipped("noord-limburg.json");
  document["gemeenten"][0]["code"] = "889";
  document["producten"][0]["segment"] = "9";
  document["producten"][1]["geldig_tot"] = "2025-02-30";
  document["contracten"][0]["aanbieder"] = "1234";
  const auto problems = problems_of(document);
  EXPECT_TRUE(mentions(problems, "gemeenten[0] (889): code: expected 4 digits, not '889'"));
  EXPECT_TRUE(mentions(problems, "segment: '9' is not one of the segmenten"));
  EXPECT_TRUE(mentions(problems, "geldig_tot: expected a date YYYY-MM-DD, not \"2025-02-30\""));
  EXPECT_TRUE(mentions(problems, "contracten[0] (1234): aanbieder: expected 8 digits"));
}

TEST(Region, AContractForAnUnknownProductIsAProblem) {
  auto document = shipped("noord-limburg.json");
  document["contracten"][1]["producten"].push_back("99X99");
  EXPECT_TRUE(mentions(problems_of(document), "producten: '99X99' is not in the catalogue"));
}

TEST(Region, AnOnderaannemerNeedsAHoofdaannemerWithAContract) {
  auto document = shipped("noord-limburg.json");
  document["contracten"][3]["hoofdaannemer"] = "11111111";
  EXPECT_TRUE(mentions(problems_of(document), "hoofdaannemer: 11111111 has no contract"));
}

TEST(Region, TwoColoursForOnePairAreAProblem) {
  auto document = shipped("noord-limburg.json");
  document["stapeling"]["paren"].push_back({{"a", "GH"}, {"b", "LOG"}, {"kleur", "groen"}, {"toelichting", "x"}});
  EXPECT_TRUE(mentions(problems_of(document), "kleur: GH x LOG is rood in an earlier pair"));
}

TEST(Region, APairNamingNoGroupOrProductIsAProblem) {
  auto document = shipped("noord-limburg.json");
  document["stapeling"]["paren"][0]["a"] = "XYZ";
  EXPECT_TRUE(mentions(problems_of(document), "stapeling.paren[0]: a: 'XYZ' is no group, product code or *"));
}

TEST(Region, EveryPolicyRuleNeedsASeverityAndAnUnknownRuleIsAProblem) {
  auto document = shipped("noord-limburg.json");
  document["regels"].erase("STAPEL-ROOD");
  document["regels"]["BESTAAT-NIET"] = {{"ernst", "block"}, {"omschrijving", "x"}};
  document["regels"]["LEEFTIJD"]["ernst"] = "fatal";
  const auto problems = problems_of(document);
  EXPECT_TRUE(mentions(problems, "regels.STAPEL-ROOD: missing"));
  EXPECT_TRUE(mentions(problems, "regels.BESTAAT-NIET: is not a policy rule of ijw-hub"));
  EXPECT_TRUE(mentions(problems, "regels.LEEFTIJD: ernst: expected block or signal, not 'fatal'"));
}

TEST(Region, OverlappingEntriesOfOneCodeAreAProblem) {
  auto document = shipped("noord-limburg.json");
  document["producten"].push_back(document["producten"][2]);
  EXPECT_TRUE(mentions(problems_of(document), "geldig_van: overlaps another entry of the same code"));
}

TEST(Region, AnotherFormatIsRefused) {
  auto document = shipped("midden-limburg.json");
  document["formaat"] = "ijw-hub-regio/2";
  EXPECT_TRUE(mentions(problems_of(document), "(file): formaat: expected \"ijw-hub-regio/1\""));
}

TEST(Region, AMissingFileIsAnError) {
  EXPECT_THROW(load_region(source_path("regions/does-not-exist.json")), std::runtime_error);
}

}  // namespace
}  // namespace ijw::policy
