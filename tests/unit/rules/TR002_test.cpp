// TR002 (0001): Client.Geboortedatum not more than 120 years before the Dagtekening, unless unknown
// (JW301, JW305, JW307, JW315).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr const char* kTypes[] = {"JW301", "JW305", "JW307", "JW315"};

// The base message of `type` (Dagtekening 2026-11-20) with the client's Geboortedatum replaced.
std::string with_geboortedatum(std::string_view type, std::string_view datum, std::string_view gebruik = "") {
  std::string replacement = "<ijw:Datum>" + std::string(datum) + "</ijw:Datum>";
  if (!gebruik.empty()) replacement += "<ijw:DatumGebruik>" + std::string(gebruik) + "</ijw:DatumGebruik>";
  return replace_once(base_message(type), "<ijw:Datum>2014-06-12</ijw:Datum>", replacement);
}

std::string with_dagtekening(std::string xml, std::string_view date) {
  return replace_once(std::move(xml), "<ijw:Dagtekening>2026-11-20</ijw:Dagtekening>",
                      "<ijw:Dagtekening>" + std::string(date) + "</ijw:Dagtekening>");
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR002");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(TR002, MoreThan120YearsBeforeDagtekeningIsRefused) {
  for (const auto type : kTypes) {
    SCOPED_TRACE(type);
    const auto findings = run_rule("TR002", with_geboortedatum(type, "1906-11-19"));
    expect_one_finding(findings, "/Bericht/Client/Geboortedatum/Datum");
    if (!findings.empty()) {
      EXPECT_NE(findings[0].explanation.find("1906-11-19"), std::string::npos);
    }
  }
}

TEST(TR002, Exactly120YearsBeforeDagtekeningPasses) {  // boundary: the 120th birthday is on the Dagtekening
  for (const auto type : kTypes) {
    SCOPED_TRACE(type);
    EXPECT_TRUE(run_rule("TR002", with_geboortedatum(type, "1906-11-20")).empty());
  }
}

TEST(TR002, UnknownGeboortedatumPasses) {  // DatumGebruik 3 with 1900-01-01
  for (const auto type : kTypes) {
    SCOPED_TRACE(type);
    EXPECT_TRUE(run_rule("TR002", with_geboortedatum(type, "1900-01-01", "3")).empty());
  }
}

TEST(TR002, The1900PlaceholderWithoutDatumGebruik3IsRefused) {
  for (const auto type : kTypes) {
    SCOPED_TRACE(type);
    expect_one_finding(run_rule("TR002", with_geboortedatum(type, "1900-01-01")),
                       "/Bericht/Client/Geboortedatum/Datum");
    expect_one_finding(run_rule("TR002", with_geboortedatum(type, "1900-01-01", "2")),
                       "/Bericht/Client/Geboortedatum/Datum");
  }
}

TEST(TR002, LeapDayDagtekeningCountsFromTheFirstOfMarch) {
  // 2020-02-29 minus 120 years is the non-existent 1900-02-29: born 1900-02-28 is 120 years and a day old.
  expect_one_finding(run_rule("TR002", with_dagtekening(with_geboortedatum("JW305", "1900-02-28"), "2020-02-29")),
                     "/Bericht/Client/Geboortedatum/Datum");
  EXPECT_TRUE(run_rule("TR002", with_dagtekening(with_geboortedatum("JW305", "1900-03-01"), "2020-02-29")).empty());
}

TEST(TR002, RelatieGeboortedatumIsNotChecked) {  // decision: TR002 is about the client (TR134 covers Relatie)
  const auto xml = replace_once(base_message("JW301"), "<jw301:Soort>03</jw301:Soort>",
                                "<jw301:Soort>03</jw301:Soort><jw301:Geboortedatum><ijw:Datum>1890-01-01</ijw:Datum>"
                                "</jw301:Geboortedatum>");
  EXPECT_TRUE(run_rule("TR002", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
