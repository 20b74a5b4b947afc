// TR135 (8848): the Dagtekening must not lie after the day of receipt (Europe/Amsterdam).

#include <gtest/gtest.h>

#include "ijw/rules/calendar.hpp"
#include "support.hpp"

namespace ijw::rules::testing {
namespace {

using namespace std::chrono;

std::string with_dagtekening(std::string_view type, std::string_view date) {
  return replace_once(base_message(type), "<ijw:Dagtekening>2026-11-20</ijw:Dagtekening>",
                      "<ijw:Dagtekening>" + std::string(date) + "</ijw:Dagtekening>");
}

TEST(TR135, DagtekeningAfterTodayIsRefusedWith8848) {
  for (const auto type : {"JW301", "JW305", "JW307", "JW315", "JW317"}) {
    const auto findings = run_rule("TR135", with_dagtekening(type, "2026-11-29"));
    ASSERT_EQ(findings.size(), 1u) << type;
    EXPECT_EQ(findings[0].retourcode, "8848");
    EXPECT_EQ(findings[0].rule, "TR135");
    EXPECT_EQ(findings[0].path, "/Bericht/Header/BerichtIdentificatie/Dagtekening");
    EXPECT_EQ(findings[0].klasse.line, 0u) << "a header finding";
  }
}

TEST(TR135, DagtekeningOnTheDayOfReceiptPasses) {
  EXPECT_TRUE(run_rule("TR135", with_dagtekening("JW305", "2026-11-28")).empty());
}

TEST(TR135, TodayIsTheDateInAmsterdamNotInUtc) {
  // 23:30 UTC on 31 December is already 1 January in Amsterdam (CET, UTC+1).
  const auto winter = sys_days{2026y / December / 31} + 23h + 30min;
  EXPECT_EQ(amsterdam_date(winter), 2027y / January / 1);
  // 22:30 UTC in July is 00:30 the next day in Amsterdam (CEST, UTC+2), but 21:30 UTC is not.
  EXPECT_EQ(amsterdam_date(sys_days{2026y / July / 10} + 22h + 30min), 2026y / July / 11);
  EXPECT_EQ(amsterdam_date(sys_days{2026y / July / 10} + 21h + 30min), 2026y / July / 10);
  // Summer time starts at 01:00 UTC on the last Sunday of March (29 March 2026).
  EXPECT_EQ(amsterdam_date(sys_days{2026y / March / 28} + 22h + 59min), 2026y / March / 28);
  EXPECT_EQ(amsterdam_date(sys_days{2026y / March / 29} + 22h), 2026y / March / 30);
}

}  // namespace
}  // namespace ijw::rules::testing
