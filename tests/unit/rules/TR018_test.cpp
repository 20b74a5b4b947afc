// TR018 (0001): StopProduct.Einddatum >= StopProduct.Begindatum (JW307).

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

std::string with_einddatum(std::string_view date) {
  return replace_once(base_message("JW307"), "<jw307:Einddatum>2026-11-18</jw307:Einddatum>",
                      "<jw307:Einddatum>" + std::string(date) + "</jw307:Einddatum>");
}

TEST(TR018, EinddatumBeforeBegindatumIsRefused) {
  const auto findings = run_rule("TR018", with_einddatum("2026-11-01"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "0001");
  EXPECT_EQ(findings[0].path, "/Bericht/Client/StopProducten/StopProduct[1]/Einddatum");
  EXPECT_NE(findings[0].explanation.find("2026-11-01"), std::string::npos);
}

TEST(TR018, EinddatumOnBegindatumPasses) {  // boundary: the same day is allowed
  EXPECT_TRUE(run_rule("TR018", with_einddatum("2026-11-02")).empty());
}

TEST(TR018, BaseMessagesHaveNoInhoudFindings) {
  for (const auto type : {"JW301", "JW305", "JW307", "JW315", "JW317"}) {
    const auto findings = run_inhoud_rules(base_message(type));
    for (const auto& finding : findings) ADD_FAILURE() << type << ": " << finding.rule << " " << finding.path;
  }
}

}  // namespace
}  // namespace ijw::rules::testing
