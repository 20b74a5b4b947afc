// CD007 (0001): Client.Communicatie.Taal is filled when Vorm is 1 (tolk taal), and empty otherwise (JW301).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

// The base JW301 with `communicatie` after the client's Naam.
std::string with_communicatie(std::string_view communicatie) {
  return replace_once(base_message("JW301"), "</jw301:Naam>\r\n\t\t<jw301:Relaties>",
                      "</jw301:Naam>" + std::string(communicatie) + "<jw301:Relaties>");
}

void expect_one(const Findings& findings) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "CD007");
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/Communicatie/Taal");
}

TEST(CD007, TolkTaalWithoutTaalIsRefused) {
  expect_one(run_rule("CD007", with_communicatie("<jw301:Communicatie><ijw:Vorm>1</ijw:Vorm></jw301:Communicatie>")));
}

TEST(CD007, DoventolkWithTaalIsRefused) {
  const auto findings = run_rule(
      "CD007",
      with_communicatie("<jw301:Communicatie><ijw:Vorm>2</ijw:Vorm><ijw:Taal>NGT</ijw:Taal></jw301:Communicatie>"));
  expect_one(findings);
  EXPECT_NE(findings[0].explanation.find("NGT"), std::string::npos);
}

TEST(CD007, TolkTaalWithTaalPasses) {
  EXPECT_TRUE(
      run_rule("CD007", with_communicatie("<jw301:Communicatie><ijw:Vorm>1</ijw:Vorm><ijw:Taal>Arabisch</ijw:Taal>"
                                          "</jw301:Communicatie>"))
          .empty());
}

TEST(CD007, DoofblindentolkWithoutTaalPasses) {
  EXPECT_TRUE(
      run_rule("CD007", with_communicatie("<jw301:Communicatie><ijw:Vorm>3</ijw:Vorm></jw301:Communicatie>")).empty());
}

TEST(CD007, NoCommunicatiePasses) { EXPECT_TRUE(run_rule("CD007", base_message("JW301")).empty()); }

}  // namespace
}  // namespace ijw::rules::testing
