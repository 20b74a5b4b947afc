// The serializer: layout, escaping, and refusing a model it cannot write as a valid document.

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ijw/model/model.hpp"
#include "support.hpp"

namespace ijw::model {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

jw305::Bericht official_jw305() { return jw305::parse(testing::parse_xml(testing::official_example("JW305"))); }

TEST(Serialize, WritesTheDeclarationAndRootAsTheStandardDoes) {
  const std::string output = jw305::serialize(official_jw305());
  EXPECT_THAT(output, StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                                 "<jw305:Bericht xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" "
                                 "xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\">\r\n"
                                 "\t<jw305:Header>\r\n"
                                 "\t\t<jw305:BerichtCode>438</jw305:BerichtCode>\r\n"));
  EXPECT_THAT(output, HasSubstr("\t\t<jw305:BerichtIdentificatie>\r\n"
                                "\t\t\t<ijw:Identificatie>123456789012</ijw:Identificatie>\r\n"));
  EXPECT_TRUE(output.ends_with("\t</jw305:Client>\r\n</jw305:Bericht>\r\n"));
  EXPECT_EQ(testing::framing_problem(output), "");
}

TEST(Serialize, EscapesMarkupAndLineEnds) {
  jw305::Bericht bericht = official_jw305();
  bericht.Client.Naam.Voornamen = basis::LDT_Naam{" a<b>&c\r\nd\te ]]> "};
  const std::string output = jw305::serialize(bericht);
  EXPECT_THAT(output, HasSubstr("<ijw:Voornamen> a&lt;b&gt;&amp;c&#13;&#10;d\te ]]&gt; </ijw:Voornamen>\r\n"));
  EXPECT_EQ(testing::framing_problem(output), "");
  EXPECT_EQ(jw305::parse(testing::parse_xml(output)), bericht);
}

TEST(Serialize, OmitsAbsentOptionalsAndWritesEveryRepetition) {
  jw305::Bericht bericht = official_jw305();
  bericht.Client.Naam.Voornamen.reset();
  bericht.Client.StartProducten.StartProduct.push_back(bericht.Client.StartProducten.StartProduct.front());
  const std::string output = jw305::serialize(bericht);
  EXPECT_EQ(output.find("Voornamen"), std::string::npos);
  const jw305::Bericht again = jw305::parse(testing::parse_xml(output));
  EXPECT_EQ(again.Client.StartProducten.StartProduct.size(), 3u);
  EXPECT_EQ(again, bericht);
}

TEST(Serialize, RefusesCharactersXmlCannotCarry) {
  jw305::Bericht bericht = official_jw305();
  bericht.Client.Naam.Geslachtsnaam.Achternaam.text = "W\x01it";
  try {
    (void)jw305::serialize(bericht);
    FAIL() << "serialized a control character";
  } catch (const std::invalid_argument& error) {
    EXPECT_THAT(error.what(), HasSubstr("/Bericht/Client/Naam/Geslachtsnaam/Achternaam"));
    EXPECT_THAT(error.what(), HasSubstr("U+0001"));
  }
  bericht.Client.Naam.Geslachtsnaam.Achternaam.text = "W\xEF\xBF\xBEit";  // U+FFFE
  EXPECT_THROW((void)jw305::serialize(bericht), std::invalid_argument);
}

TEST(Serialize, RefusesInvalidUtf8) {
  jw305::Bericht bericht = official_jw305();
  for (const char* bad : {"\xC3\x28", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "abc\xE2\x82"}) {
    bericht.Client.Bsn.text = bad;
    EXPECT_THROW((void)jw305::serialize(bericht), std::invalid_argument) << bad;
  }
  bericht.Client.Bsn.text = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // é € 😀
  EXPECT_NO_THROW((void)jw305::serialize(bericht));
}

TEST(Serialize, RefusesAnEmptyRequiredList) {
  jw305::Bericht bericht = official_jw305();
  bericht.Client.StartProducten.StartProduct.clear();
  try {
    (void)jw305::serialize(bericht);
    FAIL() << "serialized StartProducten without a StartProduct";
  } catch (const std::invalid_argument& error) {
    EXPECT_THAT(error.what(), HasSubstr("/Bericht/Client/StartProducten/StartProduct: needs at least 1, has 0"));
  }
}

TEST(Serialize, ThroughTheVariant) {
  const AnyBericht any = official_jw305();
  EXPECT_EQ(id_of(any), "JW305");
  EXPECT_EQ(serialize(any), jw305::serialize(official_jw305()));
}

}  // namespace
}  // namespace ijw::model
