// CD009 (0001): a Contact (JW301) has a Periode only when its Soort is 04 (tijdelijk verblijfadres).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kPeriode =
    "<jw301:Periode><ijw:Begindatum>2026-11-01</ijw:Begindatum><ijw:Einddatum>2026-12-31</ijw:Einddatum></"
    "jw301:Periode>";

void expect_one(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD009");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD009, PeriodeOnABrpAdresIsRefused) {
  const auto xml = replace_once(base_message("JW301"), "</jw301:Adres>", "</jw301:Adres>" + std::string(kPeriode));
  expect_one(run_rule("CD009", xml), "/Bericht/Client/Contactgegevens/Contact[1]/Periode");
}

TEST(CD009, PeriodeOnARelatieContactIsRefused) {
  const auto xml =
      replace_once(base_message("JW301"), "</jw301:Telefoon>", "</jw301:Telefoon>" + std::string(kPeriode));
  expect_one(run_rule("CD009", xml), "/Bericht/Client/Relaties/Relatie[1]/Contact/Periode");
}

TEST(CD009, PeriodeOnATijdelijkVerblijfadresPasses) {  // boundary: Soort 04 is the one allowed
  const auto xml = replace_once(base_message("JW301"), "</jw301:Contact>\r\n\t\t</jw301:Contactgegevens>",
                                "</jw301:Contact><jw301:Contact><jw301:Soort>04</jw301:Soort><jw301:Adres><ijw:Huis>"
                                "<ijw:Huisnummer>3</ijw:Huisnummer></ijw:Huis><ijw:Postcode>5913EF</ijw:Postcode>"
                                "<ijw:LandCode>NL</ijw:LandCode></jw301:Adres>" +
                                    std::string(kPeriode) + "</jw301:Contact></jw301:Contactgegevens>");
  EXPECT_TRUE(run_rule("CD009", xml).empty());
}

TEST(CD009, TijdelijkVerblijfadresWithoutPeriodePasses) {
  const auto xml = replace_once(base_message("JW301"), "<jw301:Soort>01</jw301:Soort>\r\n\t\t\t\t<jw301:Adres>",
                                "<jw301:Soort>04</jw301:Soort><jw301:Adres>");
  EXPECT_TRUE(run_rule("CD009", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
