// Request parsing of the admin API: the target, paging (D-605), the format, BSN masking.

#include <gtest/gtest.h>

#include "ijw/admin/request.hpp"

namespace ijw::admin {
namespace {

TEST(AdminRequest, SplitsAndDecodesTheTarget) {
  const auto target = parse_target("/admin/v1/stops?gemeente=0983&aanbieder=1234%35678&x=a+b&flag");
  ASSERT_TRUE(target);
  EXPECT_EQ(target->segments, (std::vector<std::string>{"admin", "v1", "stops"}));
  EXPECT_EQ(target->query.at("gemeente"), "0983");
  EXPECT_EQ(target->query.at("aanbieder"), "12345678");
  EXPECT_EQ(target->query.at("x"), "a b");
  EXPECT_EQ(target->query.at("flag"), "");
  EXPECT_EQ(parse_target("//admin//v1/")->segments, (std::vector<std::string>{"admin", "v1"}));
}

TEST(AdminRequest, RefusesMalformedTargets) {
  EXPECT_FALSE(parse_target("admin/v1"));
  EXPECT_FALSE(parse_target(""));
  EXPECT_FALSE(parse_target("/admin/%zz"));
  EXPECT_FALSE(parse_target("/admin/%4"));
  EXPECT_FALSE(parse_target("/admin?x=%"));
}

TEST(AdminRequest, PagingDefaultsAndLimits) {
  const auto defaults = std::get<Paging>(parse_paging({}, false));
  EXPECT_EQ(defaults.limit, kDefaultLimit);
  EXPECT_EQ(defaults.offset, 0u);
  const auto page = std::get<Paging>(parse_paging({{"limit", "10"}, {"offset", "20"}}, false));
  EXPECT_EQ(page.limit, 10u);
  EXPECT_EQ(page.offset, 20u);
  EXPECT_EQ(std::get<Paging>(parse_paging({{"limit", "1000"}}, false)).limit, 1000u);
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_paging({{"limit", "1001"}}, false)));
  EXPECT_EQ(std::get<Paging>(parse_paging({{"limit", "10000"}}, true)).limit, 10000u);  // CSV allows more
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_paging({{"limit", "10001"}}, true)));
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_paging({{"limit", "0"}}, false)));
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_paging({{"limit", "-1"}}, false)));
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_paging({{"limit", "5x"}}, false)));
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_paging({{"offset", ""}}, false)));
}

TEST(AdminRequest, FormatFromTheQueryOrTheAcceptHeader) {
  EXPECT_EQ(requested_format({}, ""), Format::Json);
  EXPECT_EQ(requested_format({{"format", "csv"}}, ""), Format::Csv);
  EXPECT_EQ(requested_format({{"format", "json"}}, "text/csv"), Format::Json);
  EXPECT_EQ(requested_format({}, "text/csv"), Format::Csv);
  EXPECT_EQ(requested_format({}, "Text/CSV; charset=utf-8"), Format::Csv);
  EXPECT_EQ(requested_format({}, "application/json, text/csv"), Format::Json);
  EXPECT_EQ(requested_format({}, "*/*"), Format::Json);
  EXPECT_FALSE(requested_format({{"format", "xml"}}, ""));
}

TEST(AdminRequest, BsnsAreMaskedButTwoDigits) {
  EXPECT_EQ(mask_bsn("999994128"), "*******28");
  EXPECT_EQ(mask_bsn("12"), "**");
  EXPECT_TRUE(looks_like_bsn("999994128"));
  EXPECT_FALSE(looks_like_bsn("99999412"));
  EXPECT_FALSE(looks_like_bsn("99999412x"));
}

}  // namespace
}  // namespace ijw::admin
