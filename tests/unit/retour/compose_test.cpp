// Composition of a retour with findings on classes (level 3/4, ijw-spec §3.4, worked example §3.5): Header
// 0200, the Client echoed into the retour namespace with RetourCodes as the last child of every class.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "ijw/model/model.hpp"
#include "ijw/retour/compose.hpp"
#include "ijw/testing/oracle.hpp"
#include "ijw/validate/validator.hpp"

namespace ijw::retour {
namespace {

using namespace std::chrono;
using ::testing::HasSubstr;

std::string base(std::string_view type) {
  std::ifstream file(std::string(IJW_SOURCE_DIR) + "/tests/data/base/" + std::string(type) + ".xml", std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return std::move(content).str();
}

struct Heen {
  validate::Report report;
  model::jw305::Bericht bericht;
};

Heen jw305() {
  auto report = validate::Validator().validate(base("JW305"));
  EXPECT_TRUE(report.valid());
  auto bericht = model::jw305::parse(*report.document);
  return {std::move(report), std::move(bericht)};
}

rules::Finding class_finding(std::string code, xml::Position klasse) {
  return {"TR063", std::move(code), "/Bericht/Client/StartProducten/StartProduct[1]", klasse, klasse,
          "no earlier start with this key", rules::Level::Berichtoverstijgend};
}

const RetourFacts kFacts{"R00000000017", 2026y / November / 28};

TEST(ComposeKlassen, HeaderGets0200AndTheClassItsCodeTheOthers0200) {
  const auto heen = jw305();
  const auto& start = heen.bericht.Client.StartProducten.StartProduct[0];
  const auto retour = compose(schema::ijw32(), *heen.report.message, *heen.report.document,
                              {class_finding("9063", start.where)}, kFacts);

  // Header 0200; the StartProduct carries 9063 as its last child; the Client 0200 after StartProducten (§3.1).
  EXPECT_THAT(retour, HasSubstr("\t\t<jw306:RetourCodes>\r\n\t\t\t<jw306:RetourCode>0200</jw306:RetourCode>\r\n"
                                "\t\t</jw306:RetourCodes>\r\n\t</jw306:Header>"));
  EXPECT_THAT(retour, HasSubstr("<jw306:StatusAanlevering>1</jw306:StatusAanlevering>\r\n\t\t\t\t<jw306:RetourCodes>\r\n"
                                "\t\t\t\t\t<jw306:RetourCode>9063</jw306:RetourCode>"));
  EXPECT_THAT(retour, HasSubstr("</jw306:StartProducten>\r\n\t\t<jw306:RetourCodes>\r\n\t\t\t<jw306:RetourCode>0200"));
  // The client's values are echoed unchanged, in the retour namespace, ijw: children untouched.
  EXPECT_THAT(retour, HasSubstr("<jw306:Bsn>123456782</jw306:Bsn>"));
  EXPECT_THAT(retour, HasSubstr("<ijw:Achternaam>Janssen</ijw:Achternaam>"));

  const auto report = validate::Validator().validate(retour);
  EXPECT_TRUE(report.valid()) << (report.errors.empty() ? "" : report.errors[0].text);
  ASSERT_NE(report.message, nullptr);
  EXPECT_EQ(report.message->id, "JW306");
}

TEST(ComposeKlassen, SeveralCodesOnOneClassEachOnce) {
  const auto heen = jw305();
  const auto where = heen.bericht.Client.StartProducten.StartProduct[0].where;
  const auto retour = compose(schema::ijw32(), *heen.report.message, *heen.report.document,
                              {class_finding("9063", where), class_finding("9074", where), class_finding("9063", where)},
                              kFacts);
  EXPECT_THAT(retour, HasSubstr("<jw306:RetourCode>9063</jw306:RetourCode>\r\n\t\t\t\t\t<jw306:RetourCode>9074<"));
  EXPECT_EQ(retour.find("9063"), retour.rfind("9063"));
}

TEST(ComposeKlassen, TheRetourIsValidToTheOfficialXsd) {
  IJW_REQUIRE_ORACLE();
  const auto heen = jw305();
  const auto retour = compose(schema::ijw32(), *heen.report.message, *heen.report.document,
                              {class_finding("9063", heen.bericht.Client.StartProducten.StartProduct[0].where)}, kFacts);
  const auto verdict = testing::xmllint_document(retour, "JW306");
  EXPECT_TRUE(verdict.valid) << (verdict.messages.empty() ? "" : verdict.messages.front());
}

TEST(ComposeVerdict, AHeaderFindingWinsOverClassFindingsAndLevelTwoOverAll) {
  rules::Finding header{"TR056", "9056", "/Bericht/Header", {2, 2}, {}, "", rules::Level::Berichtoverstijgend};
  rules::Finding klasse = class_finding("9063", {30, 4});
  rules::Finding inhoud{"CS002", "0001", "/Bericht/Client/Bsn", {20, 3}, {}, "", rules::Level::Inhoud};
  EXPECT_EQ(decide({}).kind, Verdict::Kind::Accepted);
  EXPECT_EQ(decide({klasse}).kind, Verdict::Kind::Klassen);
  EXPECT_EQ(decide({klasse}).header_codes, std::vector<std::string>{"0200"});
  EXPECT_EQ(decide({klasse, header}).kind, Verdict::Kind::Header);
  EXPECT_EQ(decide({klasse, header}).header_codes, std::vector<std::string>{"9056"});
  EXPECT_EQ(decide({header, inhoud}).header_codes, std::vector<std::string>{"0001"});
}

TEST(Compose, ARetourNeedsAnIdentificatieOf1To12Characters) {
  const auto heen = jw305();
  EXPECT_THROW(compose(schema::ijw32(), *heen.report.message, *heen.report.document, {}, {"", kFacts.dagtekening_retour}),
               std::invalid_argument);
  EXPECT_THROW(compose(schema::ijw32(), *heen.report.message, *heen.report.document, {},
                       {"R000000000001", kFacts.dagtekening_retour}),
               std::invalid_argument);
}

}  // namespace
}  // namespace ijw::retour
