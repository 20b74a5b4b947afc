// CSV export (RFC 4180, D-607).

#include <gtest/gtest.h>

#include "ijw/admin/csv.hpp"

namespace ijw::admin {
namespace {

using nlohmann::json;

TEST(AdminCsv, HeaderAndPlainFieldsWithCrlf) {
  CsvWriter csv({"a", "b"});
  csv.record({{"a", "x"}, {"b", 12}});
  EXPECT_EQ(csv.text(), "a,b\r\nx,12\r\n");
}

TEST(AdminCsv, QuotesCommasQuotesAndLineBreaks) {
  CsvWriter csv({"v"});
  csv.record({{"v", "a,b"}});
  csv.record({{"v", "say \"hi\""}});
  csv.record({{"v", "two\r\nlines"}});
  csv.record({{"v", "lf\nonly"}});
  csv.record({{"v", " padded "}});
  EXPECT_EQ(csv.text(), "v\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\r\nlines\"\r\n\"lf\nonly\"\r\n\" padded \"\r\n");
}

TEST(AdminCsv, NullAbsentArraysAndBooleans) {
  CsvWriter csv({"n", "missing", "codes", "flag", "empty"});
  csv.record({{"n", nullptr}, {"codes", json::array({"8001", "9019"})}, {"flag", true}, {"empty", json::array()}});
  EXPECT_EQ(csv.text(), "n,missing,codes,flag,empty\r\n,,8001;9019,true,\r\n");
}

TEST(AdminCsv, FormulaLikeFieldsAreDefused) {
  CsvWriter csv({"v"});
  csv.record({{"v", "=HYPERLINK(\"x\")"}});
  csv.record({{"v", "+1"}});
  csv.record({{"v", "@SUM(A1)"}});
  csv.record({{"v", "-2,3"}});
  EXPECT_EQ(csv.text(), "v\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'+1\r\n'@SUM(A1)\r\n\"'-2,3\"\r\n");
}

TEST(AdminCsv, Utf8PassesUnchanged) {
  CsvWriter csv({"naam"});
  csv.record({{"naam", "Zoë"}});
  EXPECT_EQ(csv.text(), "naam\r\nZoë\r\n");
}

}  // namespace
}  // namespace ijw::admin
