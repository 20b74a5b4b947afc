// TR134 (0001): dates of what already happened must not lie after the Dagtekening (2026-11-20 in the base
// messages): Geboortedatum (JW301 Client and Relatie, JW305, JW307, JW315), Toewijzingsdatum (JW301),
// StartProduct.Begindatum (JW305), StopProduct.Einddatum (JW307).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_geboortedatum(std::string_view type, std::string_view datum) {
  return replace_once(base_message(type), "<ijw:Datum>2014-06-12</ijw:Datum>",
                      "<ijw:Datum>" + std::string(datum) + "</ijw:Datum>");
}

// `type`'s base message with the element <prefix:name>from</prefix:name> set to `to`.
std::string with_element(std::string_view type, std::string_view name, std::string_view from, std::string_view to) {
  std::string prefix(type);
  prefix[0] = 'j';
  prefix[1] = 'w';
  const auto tag = [&](std::string_view value) {
    return "<" + prefix + ":" + std::string(name) + ">" + std::string(value) + "</" + prefix + ":" + std::string(name) +
           ">";
  };
  return replace_once(base_message(type), tag(from), tag(to));
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR134");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(TR134, GeboortedatumAfterDagtekeningIsRefused) {
  for (const auto type : {"JW301", "JW305", "JW307", "JW315"}) {
    SCOPED_TRACE(type);
    expect_one_finding(run_rule("TR134", with_geboortedatum(type, "2026-11-21")),
                       "/Bericht/Client/Geboortedatum/Datum");
  }
}

TEST(TR134, GeboortedatumOnDagtekeningPasses) {  // boundary: born on the day the message was made
  for (const auto type : {"JW301", "JW305", "JW307", "JW315"}) {
    SCOPED_TRACE(type);
    EXPECT_TRUE(run_rule("TR134", with_geboortedatum(type, "2026-11-20")).empty());
  }
}

TEST(TR134, JW301RelatieGeboortedatumIsChecked) {
  const auto relatie = [](std::string_view datum) {
    return replace_once(base_message("JW301"), "<jw301:Soort>03</jw301:Soort>",
                        "<jw301:Soort>03</jw301:Soort><jw301:Geboortedatum><ijw:Datum>" + std::string(datum) +
                            "</ijw:Datum></jw301:Geboortedatum>");
  };
  expect_one_finding(run_rule("TR134", relatie("2026-11-21")),
                     "/Bericht/Client/Relaties/Relatie[1]/Geboortedatum/Datum");
  EXPECT_TRUE(run_rule("TR134", relatie("2026-11-20")).empty());
}

TEST(TR134, JW301ToewijzingsdatumAfterDagtekeningIsRefused) {
  expect_one_finding(run_rule("TR134", with_element("JW301", "Toewijzingsdatum", "2026-11-19", "2026-11-21")),
                     "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Toewijzingsdatum");
  EXPECT_TRUE(run_rule("TR134", with_element("JW301", "Toewijzingsdatum", "2026-11-19", "2026-11-20")).empty());
}

TEST(TR134, JW301FutureIngangsdatumIsNotChecked) {  // a toewijzing may start after the message was made
  const auto xml = with_element("JW301", "Ingangsdatum", "2026-11-01", "2026-12-01");
  EXPECT_TRUE(run_rule("TR134", xml).empty());
}

TEST(TR134, JW305BegindatumAfterDagtekeningIsRefused) {
  expect_one_finding(run_rule("TR134", with_element("JW305", "Begindatum", "2026-11-02", "2026-11-21")),
                     "/Bericht/Client/StartProducten/StartProduct[1]/Begindatum");
  EXPECT_TRUE(run_rule("TR134", with_element("JW305", "Begindatum", "2026-11-02", "2026-11-20")).empty());
}

TEST(TR134, JW307EinddatumAfterDagtekeningIsRefused) {
  expect_one_finding(run_rule("TR134", with_element("JW307", "Einddatum", "2026-11-18", "2026-11-21")),
                     "/Bericht/Client/StopProducten/StopProduct[1]/Einddatum");
  EXPECT_TRUE(run_rule("TR134", with_element("JW307", "Einddatum", "2026-11-18", "2026-11-20")).empty());
}

TEST(TR134, JW315RequestedPeriodIsNotChecked) {  // the base requests 2026-12-01 .. 2027-05-31
  EXPECT_TRUE(run_rule("TR134", base_message("JW315")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
