// The level-1 validator against the oracle, `xmllint --noout --schema xsd/JWxxx.xsd`: the official examples,
// edits of them for all twelve messages, and small documents built from a minimal valid JW305/JW301 that
// change one thing each. Every expected verdict and line was checked with xmllint.

#include <cctype>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ijw/testing/oracle.hpp"
#include "ijw/validate/validator.hpp"

namespace {

using ijw::validate::Report;
using ijw::validate::Validator;
using ::testing::HasSubstr;
using ::testing::Not;

// Only the required elements (plus Voorletters), one element or small group per line:
// line 4 BerichtCode, 13 Bsn, 14 Geboortedatum, 15 Geslacht, 16 Naam, 17 StartProducten, 18 StartProduct.
constexpr std::string_view kMinimalJw305 = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
<jw305:Header>
<jw305:BerichtCode>438</jw305:BerichtCode>
<jw305:BerichtVersie>3</jw305:BerichtVersie>
<jw305:BerichtSubversie>2</jw305:BerichtSubversie>
<jw305:Afzender>12345678</jw305:Afzender>
<jw305:Ontvanger>0363</jw305:Ontvanger>
<jw305:BerichtIdentificatie><ijw:Identificatie>A1</ijw:Identificatie><ijw:Dagtekening>2026-04-15</ijw:Dagtekening></jw305:BerichtIdentificatie>
<jw305:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw305:XsdVersie>
</jw305:Header>
<jw305:Client>
<jw305:Bsn>999900006</jw305:Bsn>
<jw305:Geboortedatum><ijw:Datum>2010-02-14</ijw:Datum></jw305:Geboortedatum>
<jw305:Geslacht>1</jw305:Geslacht>
<jw305:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam><ijw:Voorletters>T</ijw:Voorletters></jw305:Naam>
<jw305:StartProducten>
<jw305:StartProduct><jw305:Begindatum>2026-04-03</jw305:Begindatum><jw305:StatusAanlevering>1</jw305:StatusAanlevering></jw305:StartProduct>
</jw305:StartProducten>
</jw305:Client>
</jw305:Bericht>
)xml";

// Line 17 Commentaar, 22 Toewijzingsdatum, 23 Toewijzingstijd, 25 Budget.
constexpr std::string_view kMinimalJw301 = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<jw301:Bericht xmlns:jw301="http://www.istandaarden.nl/ijw/3_2/jw301/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
<jw301:Header>
<jw301:BerichtCode>436</jw301:BerichtCode>
<jw301:BerichtVersie>3</jw301:BerichtVersie>
<jw301:BerichtSubversie>2</jw301:BerichtSubversie>
<jw301:Afzender>0363</jw301:Afzender>
<jw301:Ontvanger>12345678</jw301:Ontvanger>
<jw301:BerichtIdentificatie><ijw:Identificatie>A1</ijw:Identificatie><ijw:Dagtekening>2026-04-15</ijw:Dagtekening></jw301:BerichtIdentificatie>
<jw301:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw301:XsdVersie>
</jw301:Header>
<jw301:Client>
<jw301:Bsn>999900006</jw301:Bsn>
<jw301:Geboortedatum><ijw:Datum>2010-02-14</ijw:Datum></jw301:Geboortedatum>
<jw301:Geslacht>1</jw301:Geslacht>
<jw301:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam><ijw:NaamGebruik>1</ijw:NaamGebruik></jw301:Naam>
<jw301:Commentaar>Zie dossier</jw301:Commentaar>
<jw301:Contactgegevens><jw301:Contact><jw301:Soort>01</jw301:Soort></jw301:Contact></jw301:Contactgegevens>
<jw301:ToegewezenProducten>
<jw301:ToegewezenProduct>
<jw301:ToewijzingNummer>1</jw301:ToewijzingNummer>
<jw301:Toewijzingsdatum>2026-04-01</jw301:Toewijzingsdatum>
<jw301:Toewijzingstijd>12:00:00</jw301:Toewijzingstijd>
<jw301:Ingangsdatum>2026-04-01</jw301:Ingangsdatum>
<jw301:Budget>100</jw301:Budget>
</jw301:ToegewezenProduct>
</jw301:ToegewezenProducten>
</jw301:Client>
</jw301:Bericht>
)xml";

constexpr std::string_view kXsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

Report validate(std::string_view bytes) { return Validator{}.validate(bytes); }

std::string describe(const Report& report) {
  std::string out = report.message ? report.message->id : std::string("no message");
  for (const auto& e : report.errors) {
    out += "\n  " + std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " [" + e.path + "] " + e.text;
  }
  return out;
}

// `document` with the first `from` replaced by `to`; a test whose edit does not apply fails.
std::string edited(std::string_view document, std::string_view from, std::string_view to) {
  std::string out(document);
  const auto at = out.find(from);
  if (at == std::string::npos) {
    ADD_FAILURE() << "edit does not apply: '" << from << "' not found";
    return out;
  }
  out.replace(at, from.size(), to);
  return out;
}

std::string jw305_with(std::string_view from, std::string_view to) { return edited(kMinimalJw305, from, to); }

void expect_valid(std::string_view document) {
  const auto report = validate(document);
  EXPECT_TRUE(report.valid()) << describe(report);
}

// Invalid, with the first diagnostic on `line`, at `path`, its text containing `mentions`.
void expect_invalid(const Report& report, std::uint32_t line, std::string_view path, std::string_view mentions) {
  ASSERT_FALSE(report.valid()) << "expected invalid";
  EXPECT_EQ(report.errors.front().where.line, line) << describe(report);
  EXPECT_EQ(report.errors.front().path, path) << describe(report);
  EXPECT_THAT(report.errors.front().text, HasSubstr(std::string(mentions))) << describe(report);
}

void expect_invalid(std::string_view document, std::uint32_t line, std::string_view path, std::string_view mentions) {
  expect_invalid(validate(document), line, path, mentions);
}

// --- minimal documents ------------------------------------------------------------------------------------

TEST(MinimalMessages, Jw305IsValid) {
  const auto report = validate(kMinimalJw305);
  EXPECT_TRUE(report.valid()) << describe(report);
  ASSERT_NE(report.message, nullptr);
  EXPECT_EQ(report.message->id, "JW305");
  EXPECT_TRUE(report.document.has_value());
}

TEST(MinimalMessages, Jw301IsValid) {
  const auto report = validate(kMinimalJw301);
  EXPECT_TRUE(report.valid()) << describe(report);
  ASSERT_NE(report.message, nullptr);
  EXPECT_EQ(report.message->id, "JW301");
}

// --- official examples ------------------------------------------------------------------------------------

class OfficialExample : public ::testing::TestWithParam<std::string_view> {};

TEST_P(OfficialExample, IsValidAndNamesItsMessage) {
  const auto report = validate(ijw::testing::official_example(GetParam()));
  EXPECT_TRUE(report.valid()) << describe(report);
  ASSERT_NE(report.message, nullptr);
  EXPECT_EQ(report.message->id, GetParam());
  EXPECT_EQ(report.message->root_local_name, "Bericht");
}

INSTANTIATE_TEST_SUITE_P(AllTwelve, OfficialExample,
                         ::testing::Values("JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW315", "JW316",
                                           "JW317", "JW318", "JW319", "JW320"),
                         [](const auto& param) { return std::string(param.param); });

TEST(OfficialExampleAsPublished, Jw315HasAnImpossibleDateTwice) {
  const auto report = validate(ijw::testing::raw_official_example("JW315"));
  ASSERT_EQ(report.errors.size(), 2u) << describe(report);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(report.errors[i].where.line, i == 0 ? 44u : 66u);
    EXPECT_EQ(report.errors[i].path, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum");
    EXPECT_THAT(report.errors[i].text, HasSubstr("2027-06-31"));
  }
}

TEST(OfficialExampleAsPublished, Jw318HasABareRetourCodeInVerzoek) {
  expect_invalid(ijw::testing::raw_official_example("JW318"), 33, "/Bericht/Client/Verzoek/RetourCode", "RetourCode");
}

// --- edits of the official examples, per message ----------------------------------------------------------

enum class Edit { Remove, InsertUnknown, SwapWithNext, Duplicate };

struct ExampleEdit {
  std::string_view id;
  Edit edit;
  std::string_view tag;   // the first line holding "<tag>" is the one edited
  std::uint32_t line;     // where the oracle reports the first error
  std::string_view path;  // the element the oracle names, with its ancestors
  std::string_view mentions;
};

void PrintTo(const ExampleEdit& e, std::ostream* out) { *out << e.id << " " << e.tag; }

std::string apply(const ExampleEdit& e) {
  std::vector<std::string> lines;
  std::istringstream in(ijw::testing::official_example(e.id));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  const std::string open = "<" + std::string(e.tag) + ">";
  std::size_t i = 0;
  while (i < lines.size() && lines[i].find(open) == std::string::npos) ++i;
  if (i + 1 >= lines.size()) {
    ADD_FAILURE() << open << " not found in " << e.id;
    return {};
  }
  std::string prefix(e.id);
  for (auto& c : prefix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  switch (e.edit) {
    case Edit::Remove: lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i)); break;
    case Edit::InsertUnknown:
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i),
                   "<" + prefix + ":Onbekend>1</" + prefix + ":Onbekend>");
      break;
    case Edit::SwapWithNext: std::swap(lines[i], lines[i + 1]); break;
    case Edit::Duplicate: lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines[i]); break;
  }
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

class ExampleEditTest : public ::testing::TestWithParam<ExampleEdit> {};

TEST_P(ExampleEditTest, IsInvalidWithTheOraclesLineAndTheElementsPath) {
  const auto& e = GetParam();
  const auto report = validate(apply(e));
  ASSERT_NE(report.message, nullptr);
  EXPECT_EQ(report.message->id, e.id);
  expect_invalid(report, e.line, e.path, e.mentions);
}

// Remove: a required element (the oracle reports its next sibling, which moved up to its line).
// InsertUnknown: <jwNNN:Onbekend> before the tag. SwapWithNext: the tag's line and the next.
// Duplicate: an element with maxOccurs 1 twice.
const std::vector<ExampleEdit> kExampleEdits = {
    {"JW301", Edit::Remove, "jw301:Toewijzingstijd", 178, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum", "Toewijzingstijd"},
    {"JW301", Edit::InsertUnknown, "jw301:Commentaar", 39, "/Bericht/Client/Onbekend", "Onbekend"},
    {"JW301", Edit::SwapWithNext, "jw301:Toewijzingsdatum", 177, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingstijd", "Toewijzingstijd"},
    {"JW301", Edit::Duplicate, "jw301:Bsn", 20, "/Bericht/Client/Bsn", "Bsn"},
    {"JW302", Edit::Remove, "jw302:DagtekeningRetour", 18, "/Bericht/Header/XsdVersieRetour", "DagtekeningRetour"},
    {"JW302", Edit::InsertUnknown, "jw302:IdentificatieRetour", 17, "/Bericht/Header/Onbekend", "Onbekend"},
    {"JW302", Edit::SwapWithNext, "jw302:Afzender", 7, "/Bericht/Header/Ontvanger", "Ontvanger"},
    {"JW302", Edit::Duplicate, "jw302:IdentificatieRetour", 18, "/Bericht/Header/IdentificatieRetour", "IdentificatieRetour"},
    {"JW305", Edit::Remove, "jw305:Begindatum", 40, "/Bericht/Client/StartProducten/StartProduct/StatusAanlevering", "Begindatum"},
    {"JW305", Edit::InsertUnknown, "jw305:ToewijzingNummer", 34, "/Bericht/Client/StartProducten/StartProduct/Onbekend", "Onbekend"},
    {"JW305", Edit::SwapWithNext, "jw305:Geslacht", 23, "/Bericht/Client/Naam", "Naam"},
    {"JW305", Edit::Duplicate, "jw305:Geslacht", 24, "/Bericht/Client/Geslacht", "Geslacht"},
    {"JW306", Edit::Remove, "jw306:Ontvanger", 8, "/Bericht/Header/BerichtIdentificatie", "Ontvanger"},
    {"JW306", Edit::InsertUnknown, "jw306:RetourCodes", 23, "/Bericht/Header/Onbekend", "Onbekend"},
    {"JW306", Edit::SwapWithNext, "jw306:IdentificatieRetour", 17, "/Bericht/Header/DagtekeningRetour", "DagtekeningRetour"},
    {"JW306", Edit::Duplicate, "jw306:DagtekeningRetour", 19, "/Bericht/Header/DagtekeningRetour", "DagtekeningRetour"},
    {"JW307", Edit::Remove, "jw307:RedenBeeindiging", 41, "/Bericht/Client/StopProducten/StopProduct/Einddatum", "RedenBeeindiging"},
    {"JW307", Edit::InsertUnknown, "jw307:Geslacht", 23, "/Bericht/Client/Onbekend", "Onbekend"},
    {"JW307", Edit::SwapWithNext, "jw307:ToewijzingIngangsdatum", 40, "/Bericht/Client/StopProducten/StopProduct/ToewijzingIngangsdatum", "ToewijzingIngangsdatum"},
    {"JW307", Edit::Duplicate, "jw307:Einddatum", 43, "/Bericht/Client/StopProducten/StopProduct/Einddatum", "Einddatum"},
    {"JW308", Edit::Remove, "jw308:IdentificatieRetour", 17, "/Bericht/Header/DagtekeningRetour", "IdentificatieRetour"},
    {"JW308", Edit::InsertUnknown, "jw308:XsdVersieRetour", 19, "/Bericht/Header/Onbekend", "Onbekend"},
    {"JW308", Edit::SwapWithNext, "jw308:BerichtVersie", 5, "/Bericht/Header/BerichtSubversie", "BerichtSubversie"},
    {"JW308", Edit::Duplicate, "jw308:Afzender", 8, "/Bericht/Header/Afzender", "Afzender"},
    {"JW315", Edit::Remove, "jw315:ToewijzingIngangsdatum", 43, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum", "ToewijzingIngangsdatum"},
    {"JW315", Edit::InsertUnknown, "jw315:Raamcontract", 54, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Onbekend", "Onbekend"},
    {"JW315", Edit::SwapWithNext, "jw315:ReferentieAanbieder", 36, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/BeschikkingNummer", "BeschikkingNummer"},
    {"JW315", Edit::Duplicate, "jw315:GezagsdragerBekend", 33, "/Bericht/Client/GezagsdragerBekend", "GezagsdragerBekend"},
    {"JW316", Edit::Remove, "jw316:ReferentieAanbieder", 45, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/BeschikkingNummer", "ReferentieAanbieder"},
    {"JW316", Edit::InsertUnknown, "jw316:GezagsdragerBekend", 41, "/Bericht/Client/Onbekend", "Onbekend"},
    {"JW316", Edit::SwapWithNext, "jw316:Raamcontract", 64, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Raamcontract", "Raamcontract"},
    {"JW316", Edit::Duplicate, "jw316:BeschikkingNummer", 47, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/BeschikkingNummer", "BeschikkingNummer"},
    {"JW317", Edit::Remove, "jw317:RedenVerzoek", 22, "/Bericht/Client/Verzoek/OngewijzigdeProducten", "RedenVerzoek"},
    {"JW317", Edit::InsertUnknown, "jw317:ReferentieAanbieder", 21, "/Bericht/Client/Verzoek/Onbekend", "Onbekend"},
    {"JW317", Edit::SwapWithNext, "jw317:GewensteIngangsdatum", 34, "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum", "Einddatum"},
    {"JW317", Edit::Duplicate, "jw317:Bsn", 20, "/Bericht/Client/Bsn", "Bsn"},
    {"JW318", Edit::Remove, "jw318:GewensteIngangsdatum", 47, "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum", "GewensteIngangsdatum"},
    {"JW318", Edit::InsertUnknown, "jw318:Bsn", 29, "/Bericht/Client/Onbekend", "Onbekend"},
    {"JW318", Edit::SwapWithNext, "jw318:ReferentieAanbieder", 31, "/Bericht/Client/Verzoek/RedenVerzoek", "RedenVerzoek"},
    {"JW318", Edit::Duplicate, "jw318:ToewijzingNummer", 36, "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct/ToewijzingNummer", "ToewijzingNummer"},
    {"JW319", Edit::Remove, "jw319:VerzoekAntwoord", 20, "/Bericht/Antwoord/RedenAfwijzingVerzoek", "VerzoekAntwoord"},
    {"JW319", Edit::InsertUnknown, "jw319:Gemeente", 23, "/Bericht/Antwoord/Woonplaatsbeginsel/Onbekend", "Onbekend"},
    {"JW319", Edit::SwapWithNext, "jw319:RedenAfwijzingVerzoek", 22, "/Bericht/Antwoord/Woonplaatsbeginsel/RedenAfwijzingVerzoek", "RedenAfwijzingVerzoek"},
    {"JW319", Edit::Duplicate, "jw319:RedenAfwijzingVerzoek", 22, "/Bericht/Antwoord/RedenAfwijzingVerzoek", "RedenAfwijzingVerzoek"},
    {"JW320", Edit::Remove, "jw320:ReferentieAanbieder", 29, "/Bericht/Antwoord/VerzoekAntwoord", "ReferentieAanbieder"},
    {"JW320", Edit::InsertUnknown, "jw320:VerzoekAntwoord", 30, "/Bericht/Antwoord/Onbekend", "Onbekend"},
    {"JW320", Edit::SwapWithNext, "jw320:DagtekeningRetour", 18, "/Bericht/Header/XsltVersie", "XsltVersie"},
    {"JW320", Edit::Duplicate, "jw320:VerzoekAntwoord", 31, "/Bericht/Antwoord/VerzoekAntwoord", "VerzoekAntwoord"},
};

std::string edit_name(const ::testing::TestParamInfo<ExampleEdit>& param) {
  static constexpr std::string_view kEditNames[] = {"Remove", "InsertUnknown", "SwapWithNext", "Duplicate"};
  return std::string(param.param.id) + "_" + std::string(kEditNames[static_cast<int>(param.param.edit)]) + "_" +
         std::string(ijw::xml::local_name(param.param.tag));
}

INSTANTIATE_TEST_SUITE_P(AllTwelve, ExampleEditTest, ::testing::ValuesIn(kExampleEdits), edit_name);

// --- element-only content ---------------------------------------------------------------------------------

TEST(ElementOnlyContent, TextIsRefused) {
  expect_invalid(jw305_with("<jw305:Header>\n", "<jw305:Header>x\n"), 3, "/Bericht/Header", "text");
  expect_invalid(jw305_with("</jw305:Client>", "x</jw305:Client>"), 12, "/Bericht/Client", "text");
}

TEST(ElementOnlyContent, WhitespaceIsAllowed) {
  expect_valid(jw305_with("<jw305:Header>\n", "<jw305:Header>  \t\n"));
  expect_valid(jw305_with("<jw305:Header>\n", "<jw305:Header>&#32;\n"));  // a space, however written
}

TEST(ElementOnlyContent, ReferencesToOtherCharactersAreText) {
  expect_invalid(jw305_with("<jw305:Header>\n", "<jw305:Header>&#160;\n"), 3, "/Bericht/Header", "text");
  expect_invalid(jw305_with("<jw305:Header>\n", "<jw305:Header>&amp;\n"), 3, "/Bericht/Header", "text");
}

TEST(ElementOnlyContent, CdataIsRefusedEvenWhenEmpty) {
  expect_invalid(jw305_with("<jw305:Header>\n", "<jw305:Header><![CDATA[]]>\n"), 3, "/Bericht/Header", "text");
  expect_invalid(jw305_with("<jw305:Header>\n", "<jw305:Header><![CDATA[ ]]>\n"), 3, "/Bericht/Header", "text");
  expect_invalid(jw305_with("<jw305:StartProducten>\n", "<jw305:StartProducten>\n<![CDATA[]]>\n"), 17,
                 "/Bericht/Client/StartProducten", "text");
}

TEST(ElementOnlyContent, CommentsAndPisAreIgnored) {
  expect_valid(jw305_with("<jw305:Header>\n", "<jw305:Header><!-- c -->\n"));
  expect_valid(jw305_with("<jw305:Header>\n", "<jw305:Header><?pi x?>\n"));
}

// --- simple content ---------------------------------------------------------------------------------------

TEST(SimpleContent, CommentInsideAValueIsIgnored) {
  expect_valid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>9999<!-- c -->00006"));
  expect_valid(edited(kMinimalJw301, "12:00:00", "12:<!-- x -->00:00"));
}

TEST(SimpleContent, PiInsideAValueIsIgnored) {
  expect_valid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>9999<?p?>00006"));
}

TEST(SimpleContent, CdataIsPartOfTheValue) {
  expect_valid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>9999<![CDATA[00006]]>"));
  expect_valid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn><![CDATA[]]>999900006"));
  expect_valid(jw305_with("<jw305:Begindatum>2026-04-03", "<jw305:Begindatum><![CDATA[ 2026-04-03 ]]>"));
  expect_valid(edited(kMinimalJw301, "<jw301:Budget>100", "<jw301:Budget><![CDATA[ 100 ]]>"));
}

TEST(SimpleContent, CharacterReferenceIsPartOfTheValue) {
  expect_valid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>&#57;99900006"));
}

TEST(SimpleContent, ValueOfOnlyACommentIsEmpty) {
  expect_invalid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn><!--999900006-->"), 13, "/Bericht/Client/Bsn", "''");
}

TEST(SimpleContent, ElementInsideAValueIsRefused) {
  expect_invalid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>99990000<jw305:X/>6"), 13, "/Bericht/Client/Bsn",
                 "jw305:X");
}

TEST(SimpleContent, BadValueNamesTheElementAndItsLine) {
  expect_invalid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>1"), 13, "/Bericht/Client/Bsn", "'1'");
  expect_invalid(jw305_with("<ijw:Datum>2010-02-14", "<ijw:Datum>2010-02-30"), 14,
                 "/Bericht/Client/Geboortedatum/Datum", "2010-02-30");
  expect_invalid(edited(kMinimalJw301, "12:00:00", "12:00"), 23,
                 "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingstijd", "12:00");
  expect_invalid(edited(kMinimalJw301, "<ijw:Achternaam>Wit", "<ijw:Achternaam>de\nWit"), 16,
                 "/Bericht/Client/Naam/Geslachtsnaam/Achternaam", "pattern");
}

TEST(SimpleContent, MultiLineCommentaarIsValid) {
  expect_valid(edited(kMinimalJw301, "Zie dossier", "regel 1\nregel 2"));
}

TEST(SimpleContent, EveryBadValueIsReported) {
  const auto report =
      validate(edited(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>1"), "<jw305:Geslacht>1", "<jw305:Geslacht>7"));
  ASSERT_EQ(report.errors.size(), 2u) << describe(report);
  EXPECT_EQ(report.errors[0].path, "/Bericht/Client/Bsn");
  EXPECT_EQ(report.errors[0].where.line, 13u);
  EXPECT_EQ(report.errors[1].path, "/Bericht/Client/Geslacht");
  EXPECT_EQ(report.errors[1].where.line, 15u);
}

// --- attributes -------------------------------------------------------------------------------------------

std::string with_attributes(std::string_view start_tag, std::string_view attributes) {
  std::string replacement(start_tag);
  replacement.insert(replacement.size() - (start_tag.ends_with(">") ? 1 : 0), " " + std::string(attributes));
  return jw305_with(start_tag, replacement);
}

std::string xsi_type(std::string_view start_tag, std::string_view type, std::string_view more = "") {
  return with_attributes(start_tag, std::string(kXsi) + std::string(more) + " xsi:type=\"" + std::string(type) + "\"");
}

TEST(XsiType, NamingTheDeclaredTypeIsValid) {
  expect_valid(xsi_type("<jw305:Bsn>", "ijw:LDT_BurgerServicenummer"));
  expect_valid(xsi_type("<jw305:Bsn>", "b:LDT_BurgerServicenummer",
                        " xmlns:b=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\""));
  expect_valid(xsi_type("<ijw:Datum>", "ijw:LDT_Datum"));
  expect_valid(xsi_type("<jw305:Client>", "jw305:Client"));
  expect_valid(xsi_type("<jw305:BerichtIdentificatie>", "ijw:CDT_BerichtIdentificatie"));
  expect_valid(edited(kMinimalJw305, "<jw305:Bericht ",
                      "<jw305:Bericht " + std::string(kXsi) + " xsi:type=\"jw305:Root\" "));
}

TEST(XsiType, NamingAnotherTypeIsRefused) {
  expect_invalid(xsi_type("<jw305:Bsn>", "xs:string", " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""), 13,
                 "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Bsn>", "ijw:LDT_AgbCode"), 13, "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Bsn>", "ijw:Bestaatniet"), 13, "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Bsn>", "LDT_BurgerServicenummer"), 13, "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Bsn>", "jw305:LDT_BurgerServicenummer"), 13, "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Client>", "jw305:Header"), 12, "/Bericht/Client", "xsi:type");
  // BerichtCode has an anonymous type: naming its base is naming another type.
  expect_invalid(xsi_type("<jw305:BerichtCode>", "ijw:LDT_BerichtCode"), 4, "/Bericht/Header/BerichtCode", "xsi:type");
  expect_invalid(xsi_type("<jw305:BerichtCode>", ""), 4, "/Bericht/Header/BerichtCode", "xsi:type");
}

TEST(XsiType, SurroundingWhitespaceIsNotCollapsed) {
  // libxml2 takes the QName as written: " ijw:X" has no declared prefix, "ijw:X " names no type.
  expect_invalid(xsi_type("<jw305:Bsn>", " ijw:LDT_BurgerServicenummer"), 13, "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Bsn>", "ijw:LDT_BurgerServicenummer "), 13, "/Bericht/Client/Bsn", "xsi:type");
  expect_invalid(xsi_type("<jw305:Bsn>", "ijw:LDT_BurgerServicenummer&#9;"), 13, "/Bericht/Client/Bsn", "xsi:type");
}

TEST(XsiAttributes, NilIsRefusedWhateverItsValue) {
  expect_invalid(with_attributes("<jw305:Bsn>", std::string(kXsi) + " xsi:nil=\"true\""), 13, "/Bericht/Client/Bsn",
                 "nil");
  expect_invalid(with_attributes("<jw305:Bsn>", std::string(kXsi) + " xsi:nil=\"false\""), 13, "/Bericht/Client/Bsn",
                 "nil");
}

TEST(XsiAttributes, SchemaLocationsAreIgnored) {
  expect_valid(edited(kMinimalJw305, "<jw305:Bericht ",
                      "<jw305:Bericht " + std::string(kXsi) +
                          " xsi:schemaLocation=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema JW305.xsd\" "));
  expect_valid(with_attributes("<jw305:Bsn>", std::string(kXsi) + " xsi:schemaLocation=\"a\""));
  expect_valid(with_attributes("<jw305:Bsn>", std::string(kXsi) + " xsi:noNamespaceSchemaLocation=\"x.xsd\""));
}

TEST(XsiAttributes, OtherXsiAttributeIsRefused) {
  expect_invalid(with_attributes("<jw305:Bsn>", std::string(kXsi) + " xsi:foo=\"x\""), 13, "/Bericht/Client/Bsn",
                 "xsi:foo");
}

TEST(Attributes, XmlLangIsRefused) {
  expect_invalid(with_attributes("<jw305:Bsn>", "xml:lang=\"nl\""), 13, "/Bericht/Client/Bsn", "xml:lang");
  expect_invalid(edited(kMinimalJw305, "<jw305:Bericht ", "<jw305:Bericht xml:lang=\"nl\" "), 2, "/Bericht",
                 "xml:lang");
}

TEST(Attributes, UnqualifiedAndForeignAttributesAreRefused) {
  expect_invalid(with_attributes("<jw305:Bsn>", "id=\"1\""), 13, "/Bericht/Client/Bsn", "'id'");
  expect_invalid(with_attributes("<jw305:Bsn>", "xmlns:f=\"urn:f\" f:id=\"1\""), 13, "/Bericht/Client/Bsn", "f:id");
}

TEST(Attributes, NamespaceDeclarationsAreNotAttributes) {
  expect_valid(with_attributes("<jw305:Bsn>", "xmlns:f=\"urn:f\""));
  expect_valid(with_attributes("<jw305:Bsn>", "xmlns=\"urn:f\""));
}

// --- namespaces -------------------------------------------------------------------------------------------

TEST(RootNamespace, AnotherReleaseIsNotAMessage) {
  const auto report = validate(edited(kMinimalJw305, "3_2/jw305/schema\"", "3_1/jw305/schema\""));
  EXPECT_EQ(report.message, nullptr);
  ASSERT_FALSE(report.valid());
  EXPECT_EQ(report.errors.front().path, "/Bericht");
  EXPECT_EQ(report.errors.front().where.line, 2u);
  EXPECT_THAT(report.errors.front().text, HasSubstr("3_1/jw305"));
}

TEST(RootNamespace, NoNamespaceIsNotAMessage) {
  std::string document(kMinimalJw305);
  for (auto at = document.find("jw305:"); at != std::string::npos; at = document.find("jw305:", at)) {
    document.erase(at, 6);
  }
  document = edited(document, "xmlns:jw305=", "xmlns:x=");
  const auto report = validate(document);
  EXPECT_EQ(report.message, nullptr);
  EXPECT_FALSE(report.valid());
}

TEST(RootNamespace, WrongLocalNameIsNotAMessage) {
  std::string document(kMinimalJw305);
  document = edited(edited(document, "<jw305:Bericht ", "<jw305:Berichten "), "</jw305:Bericht>", "</jw305:Berichten>");
  const auto report = validate(document);
  EXPECT_EQ(report.message, nullptr);
  EXPECT_FALSE(report.valid());
}

TEST(RootNamespace, AnotherMessagesNamespaceValidatesAgainstThatMessage) {
  const auto report = validate(edited(kMinimalJw305, "jw305/schema\"", "jw306/schema\""));
  ASSERT_NE(report.message, nullptr);
  EXPECT_EQ(report.message->id, "JW306");
  EXPECT_FALSE(report.valid());
}

TEST(ElementNamespaces, DefaultNamespaceInsteadOfPrefixIsValid) {
  std::string document(kMinimalJw305);
  for (auto at = document.find("jw305:"); at != std::string::npos; at = document.find("jw305:", at)) {
    document.erase(at, 6);
  }
  expect_valid(edited(document, "xmlns:jw305=", "xmlns="));
}

TEST(ElementNamespaces, AnyPrefixBoundToTheRightNamespaceIsValid) {
  expect_valid(jw305_with("<jw305:Bsn>999900006</jw305:Bsn>",
                          "<ijw:Bsn xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\">999900006</ijw:Bsn>"));
}

TEST(ElementNamespaces, ElementInTheWrongNamespaceIsRefused) {
  expect_invalid(jw305_with("<jw305:Bsn>999900006</jw305:Bsn>", "<ijw:Bsn>999900006</ijw:Bsn>"), 13,
                 "/Bericht/Client/Bsn", "Bsn");
  expect_invalid(jw305_with("<ijw:Datum>2010-02-14</ijw:Datum>", "<jw305:Datum>2010-02-14</jw305:Datum>"), 14,
                 "/Bericht/Client/Geboortedatum/Datum", "Datum");
  expect_invalid(jw305_with("<jw305:Bsn>999900006</jw305:Bsn>", "<Bsn>999900006</Bsn>"), 13, "/Bericht/Client/Bsn",
                 "Bsn");
}

// --- diagnostics ------------------------------------------------------------------------------------------

TEST(Diagnostics, MissingLastChildIsReportedOnTheParent) {
  expect_invalid(jw305_with("<jw305:StatusAanlevering>1</jw305:StatusAanlevering>", ""), 18,
                 "/Bericht/Client/StartProducten/StartProduct", "StatusAanlevering");
}

TEST(Diagnostics, MissingChildOfTheRoot) {
  const std::string document =
      std::string(kMinimalJw305.substr(0, kMinimalJw305.find("<jw305:Client>"))) + "</jw305:Bericht>\n";
  expect_invalid(document, 2, "/Bericht", "Client");
}

TEST(Diagnostics, ExpectedElementsIncludeTheOptionalOnesStillAllowed) {
  // The oracle: "Expected is one of ( Commentaar, Relaties, Contactgegevens )".
  ExampleEdit jw301{"JW301", Edit::InsertUnknown, "jw301:Commentaar", 39, "/Bericht/Client/Onbekend", "Onbekend"};
  const auto report301 = validate(apply(jw301));
  ASSERT_FALSE(report301.valid());
  EXPECT_THAT(report301.errors.front().text, HasSubstr("Commentaar")) << describe(report301);
  EXPECT_THAT(report301.errors.front().text, HasSubstr("Relaties")) << describe(report301);
  // The oracle: "Expected is one of ( Raamcontract, Commentaar )", not "no more elements".
  ExampleEdit jw315{"JW315", Edit::InsertUnknown, "jw315:Raamcontract", 54, "", "Onbekend"};
  const auto report315 = validate(apply(jw315));
  ASSERT_FALSE(report315.valid());
  EXPECT_THAT(report315.errors.front().text, HasSubstr("Raamcontract")) << describe(report315);
  EXPECT_THAT(report315.errors.front().text, Not(HasSubstr("no more elements"))) << describe(report315);
  // The oracle on the published JW318: "Expected is one of ( OngewijzigdeProducten, TeWijzigenProducten,
  // NieuweProducten, RetourCodes )".
  const auto report318 = validate(ijw::testing::raw_official_example("JW318"));
  ASSERT_FALSE(report318.valid());
  EXPECT_THAT(report318.errors.front().text, HasSubstr("OngewijzigdeProducten")) << describe(report318);
}

// --- bytes the parser refuses -----------------------------------------------------------------------------

TEST(NotWellFormed, IsInvalidWithoutDocumentOrMessage) {
  const auto report = validate(jw305_with("</jw305:Client>", "</jw305:Klant>"));
  EXPECT_FALSE(report.valid());
  EXPECT_FALSE(report.document.has_value());
  EXPECT_EQ(report.message, nullptr);
}

TEST(NotWellFormed, TextAfterTheRootIsInvalid) {
  // The oracle: "Extra content at the end of the document".
  const auto report = validate(std::string(kMinimalJw305) + "x\n");
  EXPECT_FALSE(report.valid()) << describe(report);
}

TEST(WellFormed, LongCharacterReferenceInAValueIsValid) {
  // The oracle accepts any number of leading zeros in a character reference.
  expect_valid(jw305_with("<jw305:Bsn>999900006", "<jw305:Bsn>&#x00000000039;99900006"));
}

TEST(NotWellFormed, DoctypeIsRefusedByPolicy) {
  // libxml2 would read it and validate; the hub refuses every DTD (document.hpp).
  const auto report = validate(jw305_with("\n<jw305:Bericht", "\n<!DOCTYPE jw305:Bericht>\n<jw305:Bericht"));
  ASSERT_FALSE(report.valid());
  EXPECT_THAT(report.errors.front().text, HasSubstr("DOCTYPE"));
  EXPECT_EQ(report.errors.front().where.line, 2u);
}

TEST(ValidatorLimits, AreThoseOfTheParser) {
  // The JW301 example nests 8 deep (Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/Huisnummer).
  const auto jw301 = ijw::testing::official_example("JW301");
  const auto shallow = Validator{ijw::schema::ijw32(), ijw::xml::Limits{.max_bytes = 1 << 20, .max_depth = 7}};
  const auto refused = shallow.validate(jw301);
  ASSERT_FALSE(refused.valid());
  EXPECT_THAT(refused.errors.front().text, HasSubstr("deeper than 7"));
  const auto enough = Validator{ijw::schema::ijw32(), ijw::xml::Limits{.max_bytes = 1 << 20, .max_depth = 8}};
  EXPECT_TRUE(enough.validate(jw301).valid());
}

}  // namespace
