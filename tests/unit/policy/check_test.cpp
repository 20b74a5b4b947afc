// The checks of one message against a region and the client's stored state (issue 7): TR381 (S329) and TR378
// (S300) as the standard's codes, and each policy rule violated and passed, at its boundary.

#include "ijw/policy/check.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "../rules/support.hpp"
#include "ijw/model/model.hpp"
#include "ijw/validate/validator.hpp"

namespace ijw::policy {
namespace {

using namespace std::chrono;
using rules::testing::base_message;
using rules::testing::replace_once;

const Region& noord_limburg() {
  static const Region region = load_region(std::string(IJW_SOURCE_DIR) + "/regions/noord-limburg.json");
  return region;
}

const Region& midden_limburg() {
  static const Region region = load_region(std::string(IJW_SOURCE_DIR) + "/regions/midden-limburg.json");
  return region;
}

Verdict check_xml(const std::string& xml, const state::Snapshot* stored = nullptr,
                  const Region& region = noord_limburg()) {
  static const validate::Validator validator;
  auto report = validator.validate(xml);
  if (!report.valid()) throw std::invalid_argument("test message is not XSD-valid: " + report.errors.front().text);
  return check(region, model::parse_any(*report.document, *report.message), stored);
}

struct Klasse {
  std::string code = "45L11";
  std::string ingangsdatum = "2025-03-01";
  std::optional<std::string> einddatum = "2025-08-31";
  std::string dagtekening = "2025-03-01";
  std::string geboortedatum = "2014-06-12";
  std::string aanbieder = "12345678";
  std::string gemeente = "0983";
  std::string nummer = "8001";
  std::string volume = "3";
  std::string frequentie = "2";
};

// The base JW301 (tests/data/base) with one ToegewezenProduct as `k` describes it.
std::string jw301(const Klasse& k) {
  auto xml = base_message("JW301");
  xml = replace_once(xml, "<ijw:Code>45A04<", "<ijw:Code>" + k.code + "<");
  xml = replace_once(xml, "<ijw:Categorie>45<", "<ijw:Categorie>" + k.code.substr(0, 2) + "<");
  xml = replace_once(xml, "<jw301:Ingangsdatum>2026-11-01<", "<jw301:Ingangsdatum>" + k.ingangsdatum + "<");
  xml = replace_once(xml, "<jw301:Einddatum>2027-04-30</jw301:Einddatum>",
                     k.einddatum ? "<jw301:Einddatum>" + *k.einddatum + "</jw301:Einddatum>" : "");
  xml = replace_once(xml, "<ijw:Dagtekening>2026-11-20<", "<ijw:Dagtekening>" + k.dagtekening + "<");
  xml = replace_once(xml, "<jw301:Toewijzingsdatum>2026-11-19<", "<jw301:Toewijzingsdatum>" + k.dagtekening + "<");
  xml = replace_once(xml, "<ijw:Datum>2014-06-12<", "<ijw:Datum>" + k.geboortedatum + "<");
  xml = replace_once(xml, "<jw301:Ontvanger>12345678<", "<jw301:Ontvanger>" + k.aanbieder + "<");
  xml = replace_once(xml, "<jw301:Afzender>0983<", "<jw301:Afzender>" + k.gemeente + "<");
  xml = replace_once(xml, "<jw301:ToewijzingNummer>8001<", "<jw301:ToewijzingNummer>" + k.nummer + "<");
  xml = replace_once(xml, "<ijw:Volume>3<", "<ijw:Volume>" + k.volume + "<");
  return replace_once(xml, "<ijw:Frequentie>2<", "<ijw:Frequentie>" + k.frequentie + "<");
}

// The base JW315 with one AangevraagdProduct as `k` describes it; `verwijzer` is its Verwijzer Type.
std::string jw315(const Klasse& k, const std::string& verwijzer = "02") {
  auto xml = base_message("JW315");
  xml = replace_once(xml, "<ijw:Code>45A04<", "<ijw:Code>" + k.code + "<");
  xml = replace_once(xml, "<ijw:Categorie>45<", "<ijw:Categorie>" + k.code.substr(0, 2) + "<");
  xml = replace_once(xml, "<jw315:ToewijzingIngangsdatum>2026-12-01<",
                     "<jw315:ToewijzingIngangsdatum>" + k.ingangsdatum + "<");
  xml = replace_once(xml, "<jw315:ToewijzingEinddatum>2027-05-31<",
                     "<jw315:ToewijzingEinddatum>" + k.einddatum.value_or("2025-12-31") + "<");
  xml = replace_once(xml, "<ijw:Dagtekening>2026-11-20<", "<ijw:Dagtekening>" + k.dagtekening + "<");
  xml = replace_once(xml, "<ijw:Datum>2014-06-12<", "<ijw:Datum>" + k.geboortedatum + "<");
  return replace_once(xml, "<ijw:Type>02<", "<ijw:Type>" + verwijzer + "<");
}

state::Toewijzing stored_toewijzing(std::string nummer, std::string code, year_month_day ingang,
                                    std::optional<year_month_day> eind) {
  state::Toewijzing t;
  t.gemeente = "0983";
  t.aanbieder = "12345678";
  t.bsn = "123456782";
  t.nummer = std::move(nummer);
  t.product = state::Product{code.substr(0, 2), code};
  t.toewijzingsdatum = ingang;
  t.ingangsdatum = ingang;
  t.einddatum = eind;
  return t;
}

state::Snapshot stored_with(std::vector<state::Toewijzing> toewijzingen) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.toewijzingen = std::move(toewijzingen);
  return stored;
}

std::vector<std::string> ids(const Verdict& verdict) {
  std::vector<std::string> found;
  for (const auto& finding : verdict.policy) found.push_back(finding.id);
  return found;
}

bool has(const Verdict& verdict, const std::string& id) {
  const auto found = ids(verdict);
  return std::find(found.begin(), found.end(), id) != found.end();
}

PolicyFinding only(const Verdict& verdict, const std::string& id) {  // a copy: the verdict may be a temporary
  const auto found =
      std::find_if(verdict.policy.begin(), verdict.policy.end(), [&](const PolicyFinding& f) { return f.id == id; });
  if (found == verdict.policy.end()) throw std::runtime_error("no " + id);
  return *found;
}

TEST(PolicyCheck, AContractedProductInItsPeriodHasNoFindings) {
  const auto verdict = check_xml(jw301({}));
  EXPECT_TRUE(verdict.standard.empty());
  EXPECT_TRUE(verdict.policy.empty()) << ::testing::PrintToString(ids(verdict));
  EXPECT_EQ(verdict.region_version, noord_limburg().versie);
}

TEST(PolicyCheck, TR378_AGemeenteOutsideTheRegionIsS300OnTheHeader) {
  Klasse k;
  k.gemeente = "0957";  // Roermond, Midden-Limburg
  const auto verdict = check_xml(jw301(k));
  ASSERT_EQ(verdict.standard.size(), 1u);
  EXPECT_EQ(verdict.standard[0].rule, "TR378");
  EXPECT_EQ(verdict.standard[0].retourcode, "S300");
  EXPECT_EQ(verdict.standard[0].path, "/Bericht/Header/Afzender");
  EXPECT_EQ(verdict.standard[0].klasse.line, 0u) << "S300 belongs on the Header";
}

TEST(PolicyCheck, TR381_AnUnknownProductCodeIsS329OnTheClass) {
  Klasse k;
  k.code = "45X99";
  const auto verdict = check_xml(jw301(k));
  ASSERT_EQ(verdict.standard.size(), 1u);
  EXPECT_EQ(verdict.standard[0].rule, "TR381");
  EXPECT_EQ(verdict.standard[0].retourcode, "S329");
  EXPECT_NE(verdict.standard[0].klasse.line, 0u) << "S329 belongs on the ToegewezenProduct";
}

TEST(PolicyCheck, TR381_ACodeOutsideItsPeriodIsS329_D404) {
  Klasse k;
  k.ingangsdatum = "2026-01-01";  // segment 4 of the 2022 contracts ends 2025-12-31
  k.einddatum = "2026-06-30";
  k.dagtekening = "2026-01-01";
  EXPECT_EQ(check_xml(jw301(k)).standard.size(), 1u);
  k.ingangsdatum = "2025-12-31";
  k.dagtekening = "2025-12-31";
  EXPECT_TRUE(check_xml(jw301(k)).standard.empty());
}

TEST(PolicyCheck, TR381_ACodeUnderAnotherCategorieIsS329) {
  auto xml = replace_once(jw301({}), "<ijw:Categorie>45<", "<ijw:Categorie>54<");
  const auto verdict = check_xml(xml);
  ASSERT_EQ(verdict.standard.size(), 1u);
  EXPECT_NE(verdict.standard[0].explanation.find("categorie 45"), std::string::npos);
}

TEST(PolicyCheck, NL_CONTRACT_AProductOutsideTheAanbiedersContractBlocks) {
  Klasse k;
  k.aanbieder = "87654321";  // contracted for Perspectief 1 and 2 only
  k.code = "54L02";
  const auto verdict = check_xml(jw301(k));
  const auto finding = only(verdict, "NL-CONTRACT");
  EXPECT_EQ(finding.severity, Severity::Block);
  EXPECT_TRUE(verdict.blocks());
  EXPECT_NE(finding.seed.find("002_4d6f3bba8cd51930.txt"), std::string::npos);
  k.code = "45L12";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-CONTRACT"));
}

TEST(PolicyCheck, NL_CONTRACT_AnAanbiederWithoutAContract) {
  Klasse k;
  k.aanbieder = "11112222";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-CONTRACT"));
}

TEST(PolicyCheck, NL_HOOFDAANNEMER_AToewijzingToAnOnderaannemer) {
  Klasse k;
  k.aanbieder = "42420001";  // onderaannemer of 65656055 (002:2350-2375)
  k.code = "54L02";
  const auto finding = only(check_xml(jw301(k)), "NL-HOOFDAANNEMER");
  EXPECT_NE(finding.explanation.find("65656055"), std::string::npos);
  k.aanbieder = "65656055";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-HOOFDAANNEMER"));
}

// Dyslexie starts before the 13th birthday (002:10999-11003): the day before passes, the birthday does not.
TEST(PolicyCheck, NL_LEEFTIJD_DyslexieOnTheDayBeforeAndOnThe13thBirthday) {
  Klasse k;
  k.aanbieder = "65656055";
  k.code = "54L50";
  k.geboortedatum = "2012-06-12";
  k.ingangsdatum = k.dagtekening = "2025-06-11";
  k.einddatum = "2025-12-31";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-LEEFTIJD"));
  k.ingangsdatum = k.dagtekening = "2025-06-12";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-LEEFTIJD"));
}

// ZWT runs until the 18th birthday (002:5845-5852): an Einddatum the day before passes, on the birthday not.
TEST(PolicyCheck, NL_LEEFTIJD_ZwtEndsBeforeThe18thBirthday) {
  Klasse k;
  k.code = "44L09";
  k.geboortedatum = "2007-06-12";
  k.ingangsdatum = k.dagtekening = "2025-01-01";
  k.einddatum = "2025-06-11";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-LEEFTIJD"));
  k.einddatum = "2025-06-12";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-LEEFTIJD"));
}

TEST(PolicyCheck, NL_LEEFTIJD_BeschermdWonenOnlyFrom17) {
  Klasse k;
  k.code = "44A80";
  k.geboortedatum = "2008-03-02";
  k.ingangsdatum = k.dagtekening = "2025-03-01";  // the day before the 17th birthday
  k.einddatum = "2025-12-31";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-LEEFTIJD"));
  k.ingangsdatum = k.dagtekening = "2025-03-02";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-LEEFTIJD"));
}

// Perspectief 2 at most 12 months (002:9046-9048): from 2025-01-15 the last Einddatum is 2026-01-14.
TEST(PolicyCheck, NL_DUUR_TwelveMonthsToTheDay) {
  Klasse k;
  k.code = "45L22";
  k.ingangsdatum = k.dagtekening = "2025-01-15";
  k.einddatum = "2026-01-14";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-DUUR"));
  k.einddatum = "2026-01-15";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-DUUR"));
  k.einddatum.reset();
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-DUUR")) << "open-ended where a maximum applies";
}

// Medicijncontrole at most 6 hours a year (002:11882-11892).
TEST(PolicyCheck, NL_VOLUME_MedicijncontroleSixHoursAYear) {
  Klasse k;
  k.aanbieder = "65656055";
  k.code = "54L06";
  k.ingangsdatum = k.dagtekening = "2025-01-01";
  k.einddatum = "2025-12-31";
  k.frequentie = "6";
  k.volume = "6";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-VOLUME"));
  k.volume = "7";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-VOLUME"));
}

TEST(PolicyCheck, NL_TERUGWERKEND_AnIngangsdatumBeforeTheDagtekening) {
  Klasse k;
  k.ingangsdatum = "2025-02-28";
  EXPECT_TRUE(has(check_xml(jw301(k)), "NL-TERUGWERKEND"));
  k.ingangsdatum = "2025-03-01";
  EXPECT_FALSE(has(check_xml(jw301(k)), "NL-TERUGWERKEND"));
}

TEST(PolicyCheck, NL_TERUGWERKEND_ANewVersionOfAStoredToewijzingKeepsItsIngangsdatum_D407) {
  Klasse k;
  k.ingangsdatum = "2025-01-01";
  const auto stored = stored_with({stored_toewijzing("8001", "45L11", 2025y / January / 1, 2025y / June / 30)});
  EXPECT_FALSE(has(check_xml(jw301(k), &stored), "NL-TERUGWERKEND"));
}

TEST(PolicyCheck, ML_TERUGWERKEND_BlocksInMiddenLimburg) {
  Klasse k;
  k.code = "45V01";
  k.gemeente = "0957";
  k.ingangsdatum = "2026-02-27";
  k.dagtekening = "2026-03-01";
  k.einddatum = "2026-06-30";
  k.frequentie = "6";
  k.volume = "600";
  const auto verdict = check_xml(jw301(k), nullptr, midden_limburg());
  EXPECT_TRUE(verdict.standard.empty());
  EXPECT_EQ(only(verdict, "ML-TERUGWERKEND").severity, Severity::Block);
  EXPECT_TRUE(verdict.blocks());
}

TEST(PolicyCheck, NL_VERWIJZER_AJw315FromTheGemeentelijkeToegang) {
  EXPECT_TRUE(has(check_xml(jw315({}, "01")), "NL-VERWIJZER"));
  EXPECT_FALSE(has(check_xml(jw315({}, "02")), "NL-VERWIJZER"));
}

TEST(PolicyCheck, NL_STAPEL_ROOD_GezinshuisAndLogerenOverlapping) {
  Klasse k;
  k.code = "44A90";
  const auto stored = stored_with({stored_toewijzing("7001", "44A08", 2025y / January / 1, 2025y / December / 31)});
  const auto& finding = only(check_xml(jw301(k), &stored), "NL-STAPEL-ROOD");
  EXPECT_EQ(finding.severity, Severity::Signal);  // D-410: the hardheidsclausule (002:4165-4166)
  EXPECT_NE(finding.explanation.find("7001"), std::string::npos);
}

TEST(PolicyCheck, NL_STAPEL_ROOD_NotWhenThePeriodsDoNotOverlap) {
  Klasse k;
  k.code = "44A90";
  const auto stored = stored_with({stored_toewijzing("7001", "44A08", 2025y / January / 1, 2025y / February / 28)});
  EXPECT_FALSE(has(check_xml(jw301(k), &stored), "NL-STAPEL-ROOD"));
}

TEST(PolicyCheck, NL_STAPEL_GEEL_GgzAndPerspectief1CarryFootnote9) {
  const auto stored = stored_with({stored_toewijzing("7001", "54L02", 2025y / January / 1, 2025y / December / 31)});
  const auto& finding = only(check_xml(jw301({}), &stored), "NL-STAPEL-GEEL");
  EXPECT_NE(finding.explanation.find("voetnoot 9"), std::string::npos);
}

TEST(PolicyCheck, NL_STAPEL_ONBEKEND_ACellWhoseColourIsLost_D411) {
  Klasse k;
  k.code = "44A07";
  const auto stored = stored_with({stored_toewijzing("7001", "41A15", 2025y / January / 1, 2025y / December / 31)});
  EXPECT_TRUE(has(check_xml(jw301(k), &stored), "NL-STAPEL-ONBEKEND"));
}

TEST(PolicyCheck, NL_STAPEL_ANewVersionIsNotStackedOnItself) {
  const auto stored = stored_with({stored_toewijzing("8001", "45L11", 2025y / March / 1, 2025y / August / 31)});
  EXPECT_TRUE(check_xml(jw301({}), &stored).policy.empty());
}

// The garantiefase (D-401, D-403): 6 months after the Einddatum, same aanbieder and segment. A toewijzing of
// 45L12 ending 2025-02-28 has its garantiefase up to and including 2025-08-28.
state::Snapshot ended_perspectief_1() {
  return stored_with({stored_toewijzing("7001", "45L12", 2024y / September / 1, 2025y / February / 28)});
}

TEST(PolicyCheck, NL_GARANTIEFASE_AJw315OnTheLastDayOfTheWindowIsAGarantiefaseCase) {
  Klasse k;
  k.dagtekening = "2025-08-28";
  k.ingangsdatum = "2025-09-01";
  k.einddatum = "2025-12-31";
  const auto stored = ended_perspectief_1();
  const auto& finding = only(check_xml(jw315(k), &stored), "NL-GARANTIEFASE");
  EXPECT_NE(finding.explanation.find("7001"), std::string::npos);
  EXPECT_NE(finding.explanation.find("2025-08-28"), std::string::npos);
}

TEST(PolicyCheck, NL_GARANTIEFASE_NotOnTheFirstDayAfterTheWindow) {
  Klasse k;
  k.dagtekening = "2025-08-29";
  k.ingangsdatum = "2025-09-01";
  k.einddatum = "2025-12-31";
  const auto stored = ended_perspectief_1();
  EXPECT_FALSE(has(check_xml(jw315(k), &stored), "NL-GARANTIEFASE"));
}

TEST(PolicyCheck, NL_GARANTIEFASE_NotInAnotherSegment) {
  Klasse k;
  k.code = "41L11";  // segment 3
  k.dagtekening = "2025-05-01";
  k.ingangsdatum = "2025-05-01";
  const auto stored = ended_perspectief_1();
  EXPECT_FALSE(has(check_xml(jw315(k), &stored), "NL-GARANTIEFASE"));
}

TEST(PolicyCheck, NL_GARANTIEFASE_NIEUW_ANewToewijzingInTheWindow) {
  Klasse k;
  k.dagtekening = k.ingangsdatum = "2025-08-28";
  k.einddatum = "2025-12-31";
  const auto stored = ended_perspectief_1();
  EXPECT_TRUE(has(check_xml(jw301(k), &stored), "NL-GARANTIEFASE-NIEUW"));
  k.dagtekening = k.ingangsdatum = "2025-08-29";
  EXPECT_FALSE(has(check_xml(jw301(k), &stored), "NL-GARANTIEFASE-NIEUW"));
}

TEST(PolicyCheck, NL_GARANTIEFASE_NIEUW_NotForExtendingTheEndedToewijzing) {
  Klasse k;
  k.nummer = "7001";
  k.code = "45L12";
  k.ingangsdatum = "2024-09-01";
  k.dagtekening = "2025-05-01";
  k.einddatum = "2025-08-31";
  const auto stored = ended_perspectief_1();
  const auto verdict = check_xml(jw301(k), &stored);
  EXPECT_FALSE(has(verdict, "NL-GARANTIEFASE-NIEUW"));
  EXPECT_FALSE(has(verdict, "NL-TERUGWERKEND"));
}

// A JW317 NieuwProduct is judged like a toewijzing: its catalogue entry and the aanbieder's contract.
std::string jw317_nieuw(const std::string& code, const std::string& aanbieder) {
  auto xml = replace_once(base_message("JW317"), "<ijw:Code>45A05<", "<ijw:Code>" + code + "<");
  xml = replace_once(xml, "<ijw:Categorie>45<", "<ijw:Categorie>" + code.substr(0, 2) + "<");
  xml = replace_once(xml, "<jw317:Afzender>12345678<", "<jw317:Afzender>" + aanbieder + "<");
  xml = replace_once(xml, "<jw317:GewensteIngangsdatum>2026-12-01<", "<jw317:GewensteIngangsdatum>2025-06-01<");
  return replace_once(xml, "<jw317:Einddatum>2027-05-31<", "<jw317:Einddatum>2025-11-30<");
}

TEST(PolicyCheck, Jw317_ANieuwProductOutsideTheContractIsNL_CONTRACT) {
  EXPECT_TRUE(check_xml(jw317_nieuw("45L12", "87654321")).policy.empty());
  const auto verdict = check_xml(jw317_nieuw("54L02", "87654321"));
  EXPECT_TRUE(has(verdict, "NL-CONTRACT"));
  EXPECT_EQ(only(verdict, "NL-CONTRACT").path, "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]");
}

TEST(PolicyCheck, Jw317_TR381_ANieuwProductOutsideTheCatalogueIsS329) {
  const auto verdict = check_xml(jw317_nieuw("45X99", "12345678"));
  ASSERT_EQ(verdict.standard.size(), 1u);
  EXPECT_EQ(verdict.standard[0].retourcode, "S329");
  EXPECT_NE(verdict.standard[0].klasse.line, 0u);
}

TEST(PolicyCheck, StartsAndStopsGetOnlyTheStandardCodes) {
  auto xml = replace_once(base_message("JW305"), "<ijw:Code>45A04<", "<ijw:Code>45X99<");
  const auto verdict = check_xml(xml);
  ASSERT_EQ(verdict.standard.size(), 1u);
  EXPECT_EQ(verdict.standard[0].retourcode, "S329");
  EXPECT_TRUE(verdict.policy.empty());
}

}  // namespace
}  // namespace ijw::policy
