// TR056 (9056): an Identificatie the sender already used for the same berichtsoort is refused on the Header.

#include <gtest/gtest.h>

#include "support.hpp"

namespace ijw::rules::testing {
namespace {

state::Snapshot identificatie_used(bool used) {
  state::Snapshot stored;
  stored.scope = {"0983", "12345678", "123456782"};
  stored.identificatie_in_gebruik = used;
  return stored;
}

TEST(TR056, AnIdentificatieUsedBeforeIsRefusedOnTheHeader) {
  const auto findings = run_rule_on_state("TR056", base_message("JW301"), identificatie_used(true));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].retourcode, "9056");
  EXPECT_EQ(findings[0].path, "/Bericht/Header/BerichtIdentificatie/Identificatie");
  EXPECT_EQ(findings[0].klasse.line, 0u) << "a Header error: the code goes on the Header";
  EXPECT_NE(findings[0].explanation.find("TW-2026-0001"), std::string::npos);
}

TEST(TR056, ANewIdentificatiePasses) {
  EXPECT_TRUE(run_rule_on_state("TR056", base_message("JW301"), identificatie_used(false)).empty());
}

TEST(TR056, AppliesToEveryHeenbericht) {
  for (const auto* type : {"JW301", "JW305", "JW307", "JW315", "JW317"}) {
    const auto findings = run_rule_on_state("TR056", base_message(type), identificatie_used(true));
    ASSERT_EQ(findings.size(), 1u) << type;
    EXPECT_EQ(findings[0].retourcode, "9056") << type;
  }
}

}  // namespace
}  // namespace ijw::rules::testing
