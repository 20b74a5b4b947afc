// CS336 (0001): RedenWijziging 01 (administratieve correctie, vervallen) is not used (JW301
// ToegewezenProduct).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_reden(std::string_view reden) {
  return replace_once(base_message("JW301"), "<jw301:Einddatum>2027-04-30</jw301:Einddatum>",
                      "<jw301:Einddatum>2027-04-30</jw301:Einddatum><jw301:RedenWijziging>" + std::string(reden) +
                          "</jw301:RedenWijziging>");
}

TEST(CS336, VervallenAdministratieveCorrectieIsRefused) {
  const auto findings = run_rule("CS336", with_reden("01"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS336");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/RedenWijziging");
  EXPECT_NE(findings[0].explanation.find("8001"), std::string::npos);
}

TEST(CS336, SecondToegewezenProductIsNamedByItsIndex) {
  const auto xml = replace_once(
      base_message("JW301"), "</jw301:ToegewezenProduct>\r\n\t\t</jw301:ToegewezenProducten>",
      "</jw301:ToegewezenProduct><jw301:ToegewezenProduct><jw301:ToewijzingNummer>8002</jw301:ToewijzingNummer>"
      "<jw301:Toewijzingsdatum>2026-11-19</jw301:Toewijzingsdatum><jw301:Toewijzingstijd>10:15:00</"
      "jw301:Toewijzingstijd>"
      "<jw301:Ingangsdatum>2026-11-01</jw301:Ingangsdatum><jw301:Einddatum>2027-04-30</jw301:Einddatum>"
      "<jw301:RedenWijziging>01</jw301:RedenWijziging><jw301:Budget>100000</jw301:Budget>"
      "</jw301:ToegewezenProduct></jw301:ToegewezenProducten>");
  const auto findings = run_rule("CS336", xml);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/RedenWijziging");
}

TEST(CS336, CurrentAdministratieveCorrectiePasses) {  // boundary: 14 replaced 01
  EXPECT_TRUE(run_rule("CS336", with_reden("14")).empty());
}

TEST(CS336, NoRedenWijzigingPasses) { EXPECT_TRUE(run_rule("CS336", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
