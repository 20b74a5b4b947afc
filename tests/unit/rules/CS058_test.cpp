// CS058 (0001): StatusAanlevering 1 or 3 in StartProduct (JW305) and StopProduct (JW307).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_status(std::string_view type, std::string_view status) {
  std::string prefix(type);
  prefix[0] = 'j';
  prefix[1] = 'w';
  return replace_once(
      base_message(type), "<" + prefix + ":StatusAanlevering>1</" + prefix + ":StatusAanlevering>",
      "<" + prefix + ":StatusAanlevering>" + std::string(status) + "</" + prefix + ":StatusAanlevering>");
}

TEST(CS058, StatusAanlevering2And9AreRefused) {
  const std::pair<const char*, const char*> cases[] = {
      {"JW305", "/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering"},
      {"JW307", "/Bericht/Client/StopProducten/StopProduct[1]/StatusAanlevering"}};
  for (const auto& [type, path] : cases) {
    for (const auto status : {"2", "9"}) {
      SCOPED_TRACE(std::string(type) + " " + status);
      const auto findings = run_rule("CS058", with_status(type, status));
      ASSERT_EQ(findings.size(), 1u);
      EXPECT_EQ(findings[0].rule, "CS058");
      EXPECT_EQ(findings[0].retourcode, "0001");
      EXPECT_EQ(findings[0].path, path);
    }
  }
}

TEST(CS058, StatusAanlevering1And3AreAccepted) {
  for (const auto type : {"JW305", "JW307"}) {
    SCOPED_TRACE(type);
    EXPECT_TRUE(run_rule("CS058", base_message(type)).empty());
    EXPECT_TRUE(run_rule("CS058", with_status(type, "3")).empty());
  }
}

}  // namespace
}  // namespace ijw::rules::testing
