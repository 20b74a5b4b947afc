// CD043 (0001): AangevraagdProduct.BeschikkingIngangsdatum is filled when BeschikkingNummer is, and empty
// otherwise (JW315).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW315 with the optional `nummer` and `ingangsdatum` elements in the AangevraagdProduct.
std::string with(std::string_view nummer, std::string_view ingangsdatum) {
  auto xml = replace_once(base_message("JW315"), "<jw315:ReferentieAanbieder>REF-2026-0001</jw315:ReferentieAanbieder>",
                          "<jw315:ReferentieAanbieder>REF-2026-0001</jw315:ReferentieAanbieder>" + std::string(nummer));
  return replace_once(xml, "<jw315:ToewijzingIngangsdatum>",
                      std::string(ingangsdatum) + "<jw315:ToewijzingIngangsdatum>");
}

constexpr std::string_view kNummer = "<jw315:BeschikkingNummer>4711</jw315:BeschikkingNummer>";
constexpr std::string_view kIngangsdatum = "<jw315:BeschikkingIngangsdatum>2026-10-01</jw315:BeschikkingIngangsdatum>";

void expect_one(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD043");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CD043, BeschikkingNummerWithoutIngangsdatumIsRefused) {
  const auto findings = run_rule("CD043", with(kNummer, ""));
  expect_one(findings, "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/BeschikkingIngangsdatum");
  EXPECT_NE(findings[0].explanation.find("4711"), std::string::npos);
}

TEST(CD043, IngangsdatumWithoutBeschikkingNummerIsRefused) {
  expect_one(run_rule("CD043", with("", kIngangsdatum)),
             "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/BeschikkingIngangsdatum");
}

TEST(CD043, SecondAangevraagdProductIsNamedByItsIndex) {
  const auto xml = replace_once(
      base_message("JW315"), "</jw315:AangevraagdProduct>\r\n\t\t</jw315:AangevraagdeProducten>",
      "</jw315:AangevraagdProduct><jw315:AangevraagdProduct><jw315:ReferentieAanbieder>REF-2026-0002"
      "</jw315:ReferentieAanbieder>" +
          std::string(kNummer) +
          "<jw315:ToewijzingIngangsdatum>2027-06-01</jw315:ToewijzingIngangsdatum>"
          "<jw315:ToewijzingEinddatum>2027-12-31</jw315:ToewijzingEinddatum><jw315:Budget>100000</jw315:Budget>"
          "<jw315:Verwijzer><ijw:Type>01</ijw:Type></jw315:Verwijzer></jw315:AangevraagdProduct>"
          "</jw315:AangevraagdeProducten>");
  expect_one(run_rule("CD043", xml),
             "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/BeschikkingIngangsdatum");
}

TEST(CD043, BothFilledPasses) { EXPECT_TRUE(run_rule("CD043", with(kNummer, kIngangsdatum)).empty()); }

TEST(CD043, BothEmptyPasses) { EXPECT_TRUE(run_rule("CD043", base_message("JW315")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
