// The schema description compiles, and an inconsistent one is refused with the offending entry named.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ijw/schema/schema.hpp"

namespace ijw::schema {
namespace {

using ::testing::HasSubstr;

TEST(Schema, TheBuiltInDescriptionHasTheTwelveMessages) {
  const auto& schema = ijw32();
  EXPECT_EQ(schema.release(), "3.2");
  for (const auto* id : {"JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW315", "JW316", "JW317", "JW318",
                         "JW319", "JW320"}) {
    const Message* message = schema.message(id);
    ASSERT_NE(message, nullptr) << id;
    EXPECT_EQ(schema.find_root(message->namespace_uri, "Bericht"), message);
    EXPECT_EQ(message->xsd_versie.bericht, "0.1.0");
  }
  EXPECT_EQ(schema.message("JW305")->bericht_code, "438");
  EXPECT_EQ(schema.message("JW305")->retour, "JW306");
  EXPECT_EQ(schema.message("JW306")->retour_of, "JW305");
}

TEST(Schema, RestrictionsInheritFacetsAndAddPatternSteps) {
  const auto& header = *ijw32().complex_type("jw305:Header");
  const auto& code = header.sequence.front();
  EXPECT_EQ(code.local_name, "BerichtCode");
  ASSERT_NE(code.simple, nullptr);
  EXPECT_EQ(code.simple->base_name, "ijw:LDT_BerichtCode");
  EXPECT_EQ(code.simple->max_length, 3u);           // inherited from LDT_BerichtCode
  ASSERT_EQ(code.simple->pattern_steps.size(), 1u);  // its own step: the pattern 438
  EXPECT_EQ(code.simple->pattern_steps[0][0].expression(), "438");
}

TEST(Schema, AnUnknownTypeIsRefusedWithItsPlace) {
  const auto json = R"({"standard":"iJw","release":"x","namespaces":{"a":"urn:a"},"messages":{},"simpleTypes":{},
    "complexTypes":{"a:T":{"sequence":[{"element":"a:E","type":"a:Missing"}]}}})";
  try {
    Schema::from_json(json);
    FAIL() << "accepted";
  } catch (const SchemaError& error) {
    EXPECT_THAT(error.what(), HasSubstr("a:T"));
    EXPECT_THAT(error.what(), HasSubstr("a:Missing"));
  }
}

TEST(Schema, AnUnsupportedFacetIsRefused) {
  const auto json = R"({"standard":"iJw","release":"x","namespaces":{"a":"urn:a"},"messages":{},
    "simpleTypes":{"a:S":{"base":"string","whiteSpace":"collapse"}},"complexTypes":{}})";
  EXPECT_THROW(Schema::from_json(json), SchemaError);
}

}  // namespace
}  // namespace ijw::schema
