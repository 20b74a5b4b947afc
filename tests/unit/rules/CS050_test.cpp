// CS050 (0001): NaamGebruik is 1, 2, 3 or 4 when Partnernaam is filled, and 1 or 6 otherwise (JW301
// Client.Naam and Relatie.Naam).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

constexpr std::string_view kPartnernaam =
    "<ijw:Partnernaam><ijw:Achternaam>Vries</ijw:Achternaam><ijw:Voorvoegsel>de</ijw:Voorvoegsel></ijw:Partnernaam>";

// The base JW301 with the client's (Voorletters L) or the Relatie's (Voorletters M) Naam changed.
std::string with_naam(std::string_view voorletter, bool partnernaam, std::string_view gebruik) {
  const std::string tail = "<ijw:Voorletters>" + std::string(voorletter) + "</ijw:Voorletters>";
  const std::string from = std::string(tail) + "\r\n" + (voorletter == "L" ? "\t\t\t" : "\t\t\t\t\t") +
                           "<ijw:NaamGebruik>1</ijw:NaamGebruik>";
  const std::string to = (partnernaam ? std::string(kPartnernaam) : std::string()) + tail + "<ijw:NaamGebruik>" +
                         std::string(gebruik) + "</ijw:NaamGebruik>";
  return replace_once(base_message("JW301"), from, to);
}

void expect_one(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CS050");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

TEST(CS050, ClientWithoutPartnernaamAndNaamGebruik2IsRefused) {
  expect_one(run_rule("CS050", with_naam("L", false, "2")), "/Bericht/Client/Naam/NaamGebruik");
}

TEST(CS050, RelatieWithPartnernaamAndNaamGebruik6IsRefused) {
  expect_one(run_rule("CS050", with_naam("M", true, "6")), "/Bericht/Client/Relaties/Relatie[1]/Naam/NaamGebruik");
}

TEST(CS050, NaamGebruik5IsAlwaysRefused) {
  expect_one(run_rule("CS050", with_naam("L", true, "5")), "/Bericht/Client/Naam/NaamGebruik");
  expect_one(run_rule("CS050", with_naam("M", false, "5")), "/Bericht/Client/Relaties/Relatie[1]/Naam/NaamGebruik");
}

TEST(CS050, PartnernaamWithNaamGebruik1To4Passes) {  // boundary: 4 is the last allowed with a Partnernaam
  for (const auto gebruik : {"1", "2", "3", "4"}) {
    EXPECT_TRUE(run_rule("CS050", with_naam("L", true, gebruik)).empty()) << gebruik;
  }
}

TEST(CS050, RelatieWithoutPartnernaamMayBeNietNatuurlijk) {  // boundary: 6 without Partnernaam
  EXPECT_TRUE(run_rule("CS050", with_naam("M", false, "6")).empty());
}

TEST(CS050, BaseMessagePasses) { EXPECT_TRUE(run_rule("CS050", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
