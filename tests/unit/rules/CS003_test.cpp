// CS003 (0001): an end date, when filled, is on or after the start of its period: JW301 Contact.Periode
// (client and relatie), ToegewezenProduct; JW315 AangevraagdProduct; JW317 NieuwProduct and
// TeWijzigenProduct (against GewensteIngangsdatum, the decision for the open point).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

void expect_one_finding(const Findings& findings, std::string_view path) {
  expect_one_finding_of(findings, "CS003", path);
}

std::string periode(std::string_view begin, std::string_view end) {
  std::string xml = "<jw301:Periode>";
  if (!begin.empty()) xml += "<ijw:Begindatum>" + std::string(begin) + "</ijw:Begindatum>";
  if (!end.empty()) xml += "<ijw:Einddatum>" + std::string(end) + "</ijw:Einddatum>";
  return xml + "</jw301:Periode>";
}

// The base JW301 with a second client Contact, a tijdelijk verblijfadres (04) with this Periode (CD009).
std::string with_tijdelijk_adres(std::string_view begin, std::string_view end) {
  return replace_once(base_message("JW301"), "</jw301:Contactgegevens>",
                      "<jw301:Contact><jw301:Soort>04</jw301:Soort><jw301:Telefoon><ijw:Telefoon01>"
                      "<ijw:Telefoonnummer>0771234568</ijw:Telefoonnummer><ijw:Landnummer>0031</ijw:Landnummer>"
                      "</ijw:Telefoon01></jw301:Telefoon>" +
                          periode(begin, end) + "</jw301:Contact></jw301:Contactgegevens>");
}

// The base JW301 whose Relatie's Contact has this Periode.
std::string with_relatie_periode(std::string_view begin, std::string_view end) {
  return replace_once(base_message("JW301"), "</jw301:Telefoon>", "</jw301:Telefoon>" + periode(begin, end));
}

std::string with_einddatum(std::string_view type, std::string_view from, std::string_view name, std::string_view date) {
  return replace_once(base_message(type), from, element(type, name, date));
}

std::string toegewezen_einddatum(std::string_view date) {
  return with_einddatum("JW301", "<jw301:Einddatum>2027-04-30</jw301:Einddatum>", "Einddatum", date);
}
std::string aangevraagd_einddatum(std::string_view date) {
  return with_einddatum("JW315", "<jw315:ToewijzingEinddatum>2027-05-31</jw315:ToewijzingEinddatum>",
                        "ToewijzingEinddatum", date);
}
std::string nieuw_einddatum(std::string_view date) {
  return with_einddatum("JW317", "<jw317:Einddatum>2027-05-31</jw317:Einddatum>", "Einddatum", date);
}

// A JW317 with one TeWijzigenProduct wanted from 2027-01-01 until `einddatum`.
std::string te_wijzigen_einddatum(std::string_view einddatum) {
  return with_te_wijzigen(element("JW317", "Einddatum", einddatum) + "<jw317:Budget>150000</jw317:Budget>",
                          "2027-01-01");
}

TEST(CS003, ToegewezenProductEndingBeforeIngangsdatumIsRefused) {
  const auto findings = run_rule("CS003", toegewezen_einddatum("2026-10-31"));
  expect_one_finding(findings, "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum");
  EXPECT_NE(findings[0].explanation.find("2026-10-31"), std::string::npos);
  EXPECT_NE(findings[0].explanation.find("Ingangsdatum 2026-11-01"), std::string::npos);
}

TEST(CS003, ToegewezenProductEndingOnIngangsdatumPasses) {  // boundary: the same day
  EXPECT_TRUE(run_rule("CS003", toegewezen_einddatum("2026-11-01")).empty());
}

TEST(CS003, ToegewezenProductWithoutEinddatumPasses) {
  const auto xml = replace_once(base_message("JW301"), "<jw301:Einddatum>2027-04-30</jw301:Einddatum>", "");
  EXPECT_TRUE(run_rule("CS003", xml).empty());
}

TEST(CS003, ClientContactPeriodeEndingBeforeBegindatumIsRefused) {
  expect_one_finding(run_rule("CS003", with_tijdelijk_adres("2026-12-01", "2026-11-30")),
                     "/Bericht/Client/Contactgegevens/Contact[2]/Periode/Einddatum");
}

TEST(CS003, ClientContactPeriodeOfOneDayPasses) {  // boundary: the same day
  EXPECT_TRUE(run_rule("CS003", with_tijdelijk_adres("2026-12-01", "2026-12-01")).empty());
}

TEST(CS003, OpenPeriodeHasNothingToCompare) {
  EXPECT_TRUE(run_rule("CS003", with_tijdelijk_adres("", "2026-11-30")).empty());
  EXPECT_TRUE(run_rule("CS003", with_tijdelijk_adres("2026-12-01", "")).empty());
}

TEST(CS003, RelatieContactPeriodeEndingBeforeBegindatumIsRefused) {
  expect_one_finding(run_rule("CS003", with_relatie_periode("2027-01-01", "2026-12-31")),
                     "/Bericht/Client/Relaties/Relatie[1]/Contact/Periode/Einddatum");
}

TEST(CS003, RelatieContactPeriodeOfOneDayPasses) {
  EXPECT_TRUE(run_rule("CS003", with_relatie_periode("2027-01-01", "2027-01-01")).empty());
}

TEST(CS003, AangevraagdProductEndingBeforeToewijzingIngangsdatumIsRefused) {
  expect_one_finding(run_rule("CS003", aangevraagd_einddatum("2026-11-30")),
                     "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum");
}

TEST(CS003, AangevraagdProductEndingOnToewijzingIngangsdatumPasses) {
  EXPECT_TRUE(run_rule("CS003", aangevraagd_einddatum("2026-12-01")).empty());
}

TEST(CS003, NieuwProductEndingBeforeGewensteIngangsdatumIsRefused) {
  expect_one_finding(run_rule("CS003", nieuw_einddatum("2026-11-30")),
                     "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum");
}

TEST(CS003, NieuwProductEndingOnGewensteIngangsdatumPasses) {
  EXPECT_TRUE(run_rule("CS003", nieuw_einddatum("2026-12-01")).empty());
}

TEST(CS003, TeWijzigenProductEndingBeforeGewensteIngangsdatumIsRefused) {
  const auto findings = run_rule("CS003", te_wijzigen_einddatum("2026-12-31"));
  expect_one_finding(findings, "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum");
  EXPECT_NE(findings[0].explanation.find("GewensteIngangsdatum 2027-01-01"), std::string::npos);
}

TEST(CS003, TeWijzigenProductEndingOnGewensteIngangsdatumPasses) {
  EXPECT_TRUE(run_rule("CS003", te_wijzigen_einddatum("2027-01-01")).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
