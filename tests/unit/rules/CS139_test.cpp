// CS139 (0001): Geboortedatum.DatumGebruik agrees with Datum (JW301 Client and Relatie, JW305, JW307, JW315).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr const char* kTypes[] = {"JW301", "JW305", "JW307", "JW315"};

std::string with_geboortedatum(std::string_view type, std::string_view datum, std::string_view gebruik) {
  return replace_once(base_message(type), "<ijw:Datum>2014-06-12</ijw:Datum>",
                      "<ijw:Datum>" + std::string(datum) + "</ijw:Datum><ijw:DatumGebruik>" + std::string(gebruik) +
                          "</ijw:DatumGebruik>");
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS139");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CS139, DatumThatDisagreesWithDatumGebruikIsRefused) {
  for (const auto type : kTypes) {
    SCOPED_TRACE(type);
    constexpr auto path = "/Bericht/Client/Geboortedatum/DatumGebruik";
    expect_one_finding(run_rule("CS139", with_geboortedatum(type, "2014-06-12", "1")), path);  // day must be 01
    expect_one_finding(run_rule("CS139", with_geboortedatum(type, "2014-06-01", "2")), path);  // month too
    expect_one_finding(run_rule("CS139", with_geboortedatum(type, "2014-01-01", "3")), path);  // 1900-01-01
  }
}

TEST(CS139, DatumThatAgreesWithDatumGebruikPasses) {  // the placeholders themselves
  for (const auto type : kTypes) {
    SCOPED_TRACE(type);
    EXPECT_TRUE(run_rule("CS139", with_geboortedatum(type, "2014-06-01", "1")).empty());
    EXPECT_TRUE(run_rule("CS139", with_geboortedatum(type, "2014-01-01", "2")).empty());
    EXPECT_TRUE(run_rule("CS139", with_geboortedatum(type, "1900-01-01", "3")).empty());
    EXPECT_TRUE(run_rule("CS139", base_message(type)).empty());  // no DatumGebruik: the full date is known
  }
}

TEST(CS139, JW301RelatieGeboortedatumIsChecked) {
  const auto relatie = [](std::string_view datum, std::string_view gebruik) {
    return replace_once(base_message("JW301"), "<jw301:Soort>03</jw301:Soort>",
                        "<jw301:Soort>03</jw301:Soort><jw301:Geboortedatum><ijw:Datum>" + std::string(datum) +
                            "</ijw:Datum><ijw:DatumGebruik>" + std::string(gebruik) +
                            "</ijw:DatumGebruik></jw301:Geboortedatum>");
  };
  expect_one_finding(run_rule("CS139", relatie("1980-03-01", "2")),
                     "/Bericht/Client/Relaties/Relatie[1]/Geboortedatum/DatumGebruik");
  EXPECT_TRUE(run_rule("CS139", relatie("1980-01-01", "2")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
