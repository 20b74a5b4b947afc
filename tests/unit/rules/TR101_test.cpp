// TR101 (0001): no two classes with the same logical key within a message (JW301, JW305, JW307, JW315, JW317).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The first element `tag` ("jw301:Relatie") of `xml`, start tag to end tag.
std::string element(const std::string& xml, std::string_view tag) {
  const std::string open = "<" + std::string(tag) + ">";
  const std::string close = "</" + std::string(tag) + ">";
  const auto begin = xml.find(open);
  const auto end = xml.find(close, begin);
  EXPECT_NE(end, std::string::npos) << "no " << tag;
  if (begin == std::string::npos || end == std::string::npos) return {};
  return xml.substr(begin, end + close.size() - begin);
}

// `xml` with `child` added as the last child of the container `tag`, which occurs once.
std::string add_to(const std::string& xml, std::string_view tag, std::string_view child) {
  const std::string close = "</" + std::string(tag) + ">";
  return replace_once(xml, close, std::string(child) + close);
}

// `xml` with a copy of its first class `tag`, changed by `from` -> `to` (when given), added to `container`.
std::string with_copy(const std::string& xml, std::string_view container, std::string_view tag,
                      std::string_view from = {}, std::string_view to = {}) {
  auto copy = element(xml, tag);
  if (!from.empty()) copy = replace_once(copy, from, to);
  return add_to(xml, container, copy);
}

void expect_one_finding(const Findings& findings, std::string_view path) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "TR101");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, path);
}

// JW301

TEST(TR101, JW301RepeatedToewijzingNummerIsRefused) {
  const auto xml = with_copy(base_message("JW301"), "jw301:ToegewezenProducten", "jw301:ToegewezenProduct");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]");
}

TEST(TR101, JW301ToewijzingNummerComparesByValue) {  // 08001 is the integer 8001
  const auto xml = with_copy(base_message("JW301"), "jw301:ToegewezenProducten", "jw301:ToegewezenProduct",
                             "<jw301:ToewijzingNummer>8001<", "<jw301:ToewijzingNummer>08001<");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]");
}

TEST(TR101, JW301AnotherToewijzingNummerPasses) {
  const auto xml = with_copy(base_message("JW301"), "jw301:ToegewezenProducten", "jw301:ToegewezenProduct",
                             "<jw301:ToewijzingNummer>8001<", "<jw301:ToewijzingNummer>8002<");
  EXPECT_TRUE(run_rule("TR101", xml).empty());
}

TEST(TR101, JW301RepeatedRelatieNummerIsRefused) {
  const auto xml = with_copy(base_message("JW301"), "jw301:Relaties", "jw301:Relatie");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/Relaties/Relatie[2]");
  const auto other =
      with_copy(base_message("JW301"), "jw301:Relaties", "jw301:Relatie", "<jw301:Nummer>1<", "<jw301:Nummer>2<");
  EXPECT_TRUE(run_rule("TR101", other).empty());
}

TEST(TR101, JW301RepeatedContactSoortOfTheClientIsRefused) {
  // The relatie's Contact (Soort 01, a telephone) added to the client's Contactgegevens, which has Soort 01.
  const auto base = base_message("JW301");
  const auto contact = element(base, "jw301:Contact");
  expect_one_finding(run_rule("TR101", add_to(base, "jw301:Contactgegevens", contact)),
                     "/Bericht/Client/Contactgegevens/Contact[2]");
  const auto correspondentie = replace_once(contact, "<jw301:Soort>01</jw301:Soort>", "<jw301:Soort>02</jw301:Soort>");
  EXPECT_TRUE(run_rule("TR101", add_to(base, "jw301:Contactgegevens", correspondentie)).empty());
}

// JW305

TEST(TR101, JW305DeleteAndReAddOfOneKeyAreDuplicates) {  // StatusAanlevering is no key part (IV008)
  const auto xml = with_copy(base_message("JW305"), "jw305:StartProducten", "jw305:StartProduct",
                             "<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/StartProducten/StartProduct[2]");
}

TEST(TR101, JW305ToewijzingIngangsdatumIsNoKeyPart) {
  const auto xml = with_copy(base_message("JW305"), "jw305:StartProducten", "jw305:StartProduct",
                             "<jw305:ToewijzingIngangsdatum>2026-11-01<", "<jw305:ToewijzingIngangsdatum>2026-10-01<");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/StartProducten/StartProduct[2]");
}

TEST(TR101, JW305AnotherBegindatumPasses) {
  const auto xml = with_copy(base_message("JW305"), "jw305:StartProducten", "jw305:StartProduct",
                             "<jw305:Begindatum>2026-11-02<", "<jw305:Begindatum>2026-11-03<");
  EXPECT_TRUE(run_rule("TR101", xml).empty());
}

TEST(TR101, JW305AbsentKeyPartsCompareNullSafely) {
  // A taakgericht start: no ToewijzingNummer and no Product. Two of them on the same Begindatum are one key;
  // absent differs from present, so one with a Product next to one without passes.
  auto base = base_message("JW305");
  base = replace_once(base, "<jw305:ToewijzingNummer>8001</jw305:ToewijzingNummer>", "");
  const auto product = element(base, "jw305:Product");
  const auto taakgericht = replace_once(base, product, "");
  expect_one_finding(run_rule("TR101", with_copy(taakgericht, "jw305:StartProducten", "jw305:StartProduct")),
                     "/Bericht/Client/StartProducten/StartProduct[2]");
  const auto with_product = replace_once(element(taakgericht, "jw305:StartProduct"), "<jw305:ToewijzingIngangsdatum>",
                                         product + "<jw305:ToewijzingIngangsdatum>");
  EXPECT_TRUE(run_rule("TR101", add_to(taakgericht, "jw305:StartProducten", with_product)).empty());
  const auto without_code = replace_once(product, "<ijw:Code>45A04</ijw:Code>", "");
  const auto aspecifiek = replace_once(base, product, without_code);
  EXPECT_TRUE(
      run_rule("TR101", add_to(aspecifiek, "jw305:StartProducten", element(base, "jw305:StartProduct"))).empty());
}

// JW307

TEST(TR101, JW307RepeatedStopProductIsRefused) {
  const auto xml = with_copy(base_message("JW307"), "jw307:StopProducten", "jw307:StopProduct",
                             "<jw307:StatusAanlevering>1<", "<jw307:StatusAanlevering>3<");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/StopProducten/StopProduct[2]");
}

TEST(TR101, JW307AnotherRedenBeeindigingPasses) {  // a temporary and a definitive stop of one start (3.2 key)
  const auto xml = with_copy(base_message("JW307"), "jw307:StopProducten", "jw307:StopProduct",
                             "<jw307:RedenBeeindiging>31<", "<jw307:RedenBeeindiging>20<");
  EXPECT_TRUE(run_rule("TR101", xml).empty());
}

TEST(TR101, JW307AnotherEinddatumPasses) {
  const auto xml = with_copy(base_message("JW307"), "jw307:StopProducten", "jw307:StopProduct",
                             "<jw307:Einddatum>2026-11-18<", "<jw307:Einddatum>2026-11-19<");
  EXPECT_TRUE(run_rule("TR101", xml).empty());
}

// JW315

TEST(TR101, JW315RepeatedReferentieAanbiederIsRefused) {
  const auto xml = with_copy(base_message("JW315"), "jw315:AangevraagdeProducten", "jw315:AangevraagdProduct");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]");
  const auto other = with_copy(base_message("JW315"), "jw315:AangevraagdeProducten", "jw315:AangevraagdProduct",
                               "REF-2026-0001", "REF-2026-0003");
  EXPECT_TRUE(run_rule("TR101", other).empty());
}

// JW317

constexpr std::string_view kTeWijzigen8001 =
    "<jw317:TeWijzigenProducten><jw317:TeWijzigenProduct><jw317:ToewijzingNummer>8001</jw317:ToewijzingNummer>"
    "<jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum></jw317:TeWijzigenProduct>"
    "</jw317:TeWijzigenProducten>";

std::string with_te_wijzigen(std::string_view te_wijzigen) {
  return replace_once(base_message("JW317"), "<jw317:NieuweProducten>",
                      std::string(te_wijzigen) + "<jw317:NieuweProducten>");
}

TEST(TR101, JW317RepeatedOngewijzigdProductIsRefused) {
  const auto xml = with_copy(base_message("JW317"), "jw317:OngewijzigdeProducten", "jw317:OngewijzigdProduct");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]");
}

TEST(TR101, JW317RepeatedTeWijzigenProductIsRefused) {
  const auto xml = with_copy(with_te_wijzigen(kTeWijzigen8001), "jw317:TeWijzigenProducten", "jw317:TeWijzigenProduct",
                             "<jw317:GewensteIngangsdatum>2026-12-01<", "<jw317:GewensteIngangsdatum>2027-01-01<");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]");
}

TEST(TR101, JW317SameToewijzingNummerInTwoClassesIsNoDuplicate) {  // decision: keys are unique per class
  EXPECT_TRUE(run_rule("TR101", with_te_wijzigen(kTeWijzigen8001)).empty());
}

TEST(TR101, JW317RepeatedNieuwProductIsRefused) {
  const auto xml = with_copy(base_message("JW317"), "jw317:NieuweProducten", "jw317:NieuwProduct",
                             "<jw317:Einddatum>2027-05-31<", "<jw317:Einddatum>2027-06-30<");
  expect_one_finding(run_rule("TR101", xml), "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]");
}

TEST(TR101, JW317NieuwProductOnAnotherDayPasses) {
  const auto xml = with_copy(base_message("JW317"), "jw317:NieuweProducten", "jw317:NieuwProduct",
                             "<jw317:GewensteIngangsdatum>2026-12-01<", "<jw317:GewensteIngangsdatum>2026-12-02<");
  EXPECT_TRUE(run_rule("TR101", xml).empty());
}

}  // namespace
}  // namespace ijw::rules::testing
