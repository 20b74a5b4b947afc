// The parser: the shape of the generated types, what it reads from a conforming document, and how it
// refuses one that does not conform (a ParseError naming the element path, never a crash).

#include <optional>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ijw/model/model.hpp"
#include "support.hpp"

namespace ijw::model {
namespace {

using ::testing::HasSubstr;
using testing::official_example;
using testing::replace;

// ---- the generated API --------------------------------------------------------------------------------

static_assert(std::is_same_v<jw305::Bericht, jw305::Root>);
static_assert(jw305::id == "JW305");
static_assert(Traits<jw305::Bericht>::id == "JW305");
static_assert(Traits<jw305::Bericht>::bericht_code == "438");
static_assert(Traits<jw305::Bericht>::prefix == "jw305");
static_assert(std::is_same_v<Traits<jw305::Bericht>::Retour, jw306::Bericht>);
static_assert(std::is_same_v<Traits<jw306::Bericht>::RetourOf, jw305::Bericht>);
static_assert(std::is_same_v<decltype(jw305::StartProduct::Begindatum), basis::LDT_Datum>);
static_assert(std::is_same_v<decltype(jw305::StartProduct::ToewijzingNummer), std::optional<basis::LDT_Nummer>>);
static_assert(std::is_same_v<decltype(jw305::StartProducten::StartProduct), std::vector<jw305::StartProduct>>);
static_assert(std::is_same_v<decltype(jw305::Client::Bsn), basis::LDT_BurgerServicenummer>);
// An inline restriction (BerichtCode fixed to 438) uses its named base type.
static_assert(std::is_same_v<decltype(jw305::Header::BerichtCode), basis::LDT_BerichtCode>);
static_assert(std::is_same_v<decltype(jw305::Header::where), xml::Position>);
static_assert(basis::LDT_Nummer::builtin == schema::Builtin::Integer);
static_assert(std::variant_size_v<AnyBericht> == 12);

TEST(GeneratedApi, SimpleTypesAreComparableStrongTypes) {
  const basis::LDT_BurgerServicenummer a{"999900006"};
  const basis::LDT_BurgerServicenummer b{"999900006"};
  EXPECT_EQ(a, b);
  EXPECT_LT(basis::LDT_Datum{"2026-01-01"}, basis::LDT_Datum{"2026-01-02"});
  static_assert(!std::is_convertible_v<basis::LDT_AgbCode, basis::LDT_Gemeente>);
}

TEST(GeneratedApi, SourcePositionsDoNotTakePartInEquality) {
  jw305::StartProduct a{.Begindatum = {"2026-04-01"}, .StatusAanlevering = {"1"}};
  jw305::StartProduct b = a;
  b.where = {12, 4};
  EXPECT_EQ(a, b);
  b.StatusAanlevering.text = "3";
  EXPECT_NE(a, b);
}

// ---- what a conforming document gives -----------------------------------------------------------------

TEST(Parse, ReadsEveryElementOfJW305) {
  const xml::Document document = testing::parse_xml(official_example("JW305"));
  const jw305::Bericht bericht = jw305::parse(document);

  EXPECT_EQ(bericht.Header.BerichtCode.text, "438");
  EXPECT_EQ(bericht.Header.Afzender.text, "65656055");
  EXPECT_EQ(bericht.Header.Ontvanger.text, "0363");
  EXPECT_EQ(bericht.Header.BerichtIdentificatie.Identificatie.text, "123456789012");
  EXPECT_EQ(bericht.Header.BerichtIdentificatie.Dagtekening.text, "2026-04-15");
  EXPECT_EQ(bericht.Client.Bsn.text, "999900006");
  EXPECT_EQ(bericht.Client.Geboortedatum.Datum.text, "2010-02-14");
  EXPECT_FALSE(bericht.Client.Geboortedatum.DatumGebruik.has_value());
  EXPECT_EQ(bericht.Client.Naam.Geslachtsnaam.Achternaam.text, "Wit");
  ASSERT_TRUE(bericht.Client.Naam.Geslachtsnaam.Voorvoegsel.has_value());
  EXPECT_EQ(bericht.Client.Naam.Geslachtsnaam.Voorvoegsel->text, "de");

  const auto& producten = bericht.Client.StartProducten.StartProduct;
  ASSERT_EQ(producten.size(), 2u);
  EXPECT_EQ(producten[0].ToewijzingNummer->text, "300201");
  EXPECT_EQ(producten[0].Product->Code->text, "55A11");
  EXPECT_EQ(producten[1].Begindatum.text, "2026-04-15");
  EXPECT_EQ(producten[1].StatusAanlevering.text, "1");
}

TEST(Parse, RecordsSourcePositions) {
  const xml::Document document = testing::parse_xml(official_example("JW305"));
  const jw305::Bericht bericht = jw305::parse(document);
  EXPECT_EQ(bericht.where.line, 2u);
  EXPECT_EQ(bericht.Header.where.line, 3u);
  EXPECT_EQ(bericht.Client.where.line, 18u);
  EXPECT_EQ(bericht.Client.where.column, 2u);  // after one tab
  EXPECT_EQ(bericht.Client.StartProducten.StartProduct[1].where.line, 43u);
}

TEST(Parse, ChoosesTheMessageByItsRoot) {
  for (const std::string& id : testing::example_ids()) {
    const xml::Document document = testing::parse_xml(official_example(id));
    EXPECT_EQ(id_of(parse_any(document)), id);
    const schema::Message* message = schema::ijw32().message(id);
    ASSERT_NE(message, nullptr);
    EXPECT_EQ(id_of(parse_any(document, *message)), id);
  }
}

TEST(Parse, KeepsAWhitespaceOnlyValue) {
  // Not XSD-valid for this element, but the parser must not drop whitespace text.
  const std::string input = replace(official_example("JW305"), "<ijw:Voorvoegsel>de</ijw:Voorvoegsel>",
                                    "<ijw:Voorvoegsel> \t </ijw:Voorvoegsel>");
  const jw305::Bericht bericht = jw305::parse(testing::parse_xml(input));
  EXPECT_EQ(bericht.Client.Naam.Geslachtsnaam.Voorvoegsel->text, " \t ");
}

TEST(Parse, ReadsAnEmptyValueAsEmptyText) {
  const std::string input =
      replace(official_example("JW305"), "<ijw:Voorvoegsel>de</ijw:Voorvoegsel>", "<ijw:Voorvoegsel/>");
  const jw305::Bericht bericht = jw305::parse(testing::parse_xml(input));
  ASSERT_TRUE(bericht.Client.Naam.Geslachtsnaam.Voorvoegsel.has_value());
  EXPECT_EQ(bericht.Client.Naam.Geslachtsnaam.Voorvoegsel->text, "");
}

// ---- non-conforming documents -------------------------------------------------------------------------

// The ParseError a document raises, or nullopt if it parses.
std::optional<ParseError> parse_error(const std::string& input) {
  const xml::Document document = testing::parse_xml(input);
  try {
    (void)parse_any(document);
  } catch (const ParseError& error) {
    return error;
  }
  return std::nullopt;
}

TEST(ParseNonConforming, MissingRequiredElement) {
  const auto error = parse_error(replace(official_example("JW305"), "<jw305:Bsn>999900006</jw305:Bsn>", ""));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client/Bsn");
  EXPECT_THAT(error->what(), HasSubstr("expected element jw305:Bsn, found jw305:Geboortedatum"));
  EXPECT_THAT(error->what(), HasSubstr("line 20, column 3"));
  EXPECT_EQ(error->where().line, 20u);
}

TEST(ParseNonConforming, ElementOutOfPlaceInTheOfficialJW318) {
  // The release's own invalid example: a bare RetourCode inside Verzoek.
  const auto error = parse_error(testing::raw_official_example("JW318"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client/Verzoek/RetourCodes");
  EXPECT_THAT(error->what(), HasSubstr("expected element jw318:RetourCodes, found jw318:RetourCode"));
  EXPECT_EQ(error->where().line, 33u);
}

TEST(ParseNonConforming, UnexpectedTrailingElement) {
  const auto error = parse_error(replace(official_example("JW305"), "</jw305:Client>",
                                         "</jw305:Client>\r\n\t<jw305:Client/>"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client");
  EXPECT_THAT(error->what(), HasSubstr("unexpected element jw305:Client"));
  EXPECT_EQ(error->where().line, 55u);
}

TEST(ParseNonConforming, ElementInTheWrongNamespace) {
  const auto error = parse_error(replace(official_example("JW305"), "<jw305:Bsn>999900006</jw305:Bsn>",
                                         "<ijw:Bsn>999900006</ijw:Bsn>"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client/Bsn");
  EXPECT_THAT(error->what(), HasSubstr("found ijw:Bsn in namespace 'http://www.istandaarden.nl/ijw/3_2/basisschema"));
}

TEST(ParseNonConforming, TextBetweenElements) {
  const auto error = parse_error(replace(official_example("JW305"), "<jw305:Client>", "<jw305:Client>verdwaald"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client");
  EXPECT_THAT(error->what(), HasSubstr("unexpected text 'verdwaald"));
}

TEST(ParseNonConforming, ElementInsideASimpleValue) {
  const auto error = parse_error(replace(official_example("JW305"), "<jw305:Bsn>999900006</jw305:Bsn>",
                                         "<jw305:Bsn>9999<b>0</b>0006</jw305:Bsn>"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client/Bsn/b");
  EXPECT_THAT(error->what(), HasSubstr("unexpected element b inside a simple value"));
}

TEST(ParseNonConforming, EmptyRepeatingList) {
  const std::string input =
      testing::erase_span(official_example("JW305"), "<jw305:StartProduct>", "</jw305:StartProducten>");
  const auto error =
      parse_error(replace(input, "<jw305:StartProducten>", "<jw305:StartProducten></jw305:StartProducten>"));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client/StartProducten/StartProduct[1]");
  EXPECT_THAT(error->what(), HasSubstr("expected element jw305:StartProduct, found the end of jw305:StartProducten"));
}

TEST(ParseNonConforming, ErrorPathCountsRepeatedElements) {
  const auto error =
      parse_error(replace(official_example("JW305"), "<jw305:Begindatum>2026-04-15</jw305:Begindatum>", ""));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->path(), "/Bericht/Client/StartProducten/StartProduct[2]/Begindatum");
}

TEST(ParseNonConforming, WrongRoot) {
  const xml::Document document = testing::parse_xml(official_example("JW305"));
  try {
    (void)jw301::parse(document);
    FAIL() << "a JW305 document parsed as JW301";
  } catch (const ParseError& error) {
    EXPECT_EQ(error.path(), "/Bericht");
    EXPECT_THAT(error.what(), HasSubstr("expected root element jw301:Bericht"));
  }
  const schema::Message* jw301 = schema::ijw32().message("JW301");
  ASSERT_NE(jw301, nullptr);
  EXPECT_THROW((void)parse_any(document, *jw301), std::invalid_argument);
}

TEST(ParseNonConforming, MessagesOutsideTheModel) {
  for (const char* id : {"JW323", "JW325"}) {
    const auto error = parse_error(testing::raw_official_example(id));
    ASSERT_TRUE(error.has_value()) << id;
    EXPECT_THAT(error->what(), HasSubstr("the root element is no iJw 3.2 message"));
  }
}

// Every document one element line short (the well-formed ones) parses or throws ParseError, never crashes.
TEST(ParseNonConforming, NeverCrashesOnTruncatedDocuments) {
  for (const std::string& id : testing::example_ids()) {
    std::vector<std::string> lines;
    std::istringstream in(official_example(id));
    for (std::string line; std::getline(in, line);) lines.push_back(line + "\n");
    for (std::size_t skip = 2; skip < lines.size(); ++skip) {
      std::string input;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i != skip) input += lines[i];
      }
      xml::ParseResult result = xml::parse(input);
      if (!result.document) continue;
      try {
        (void)parse_any(*result.document);
      } catch (const ParseError& error) {
        EXPECT_FALSE(error.path().empty()) << id << " without line " << skip + 1 << ": " << error.what();
      }
    }
  }
}

}  // namespace
}  // namespace ijw::model
