// Bearer tokens of the admin API (D-601): hashes, the header, the look-up.

#include <gtest/gtest.h>

#include "ijw/admin/auth.hpp"

namespace ijw::admin {
namespace {

TEST(AdminAuth, Sha256IsTheStandardDigest) {
  // FIPS 180-2 test vector "abc"; and the empty string.
  EXPECT_EQ(to_hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(to_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(AdminAuth, HexRoundTripsAndRefusesAnythingElse) {
  const auto digest = sha256("token");
  EXPECT_EQ(sha256_from_hex(to_hex(digest)), digest);
  std::string upper = to_hex(digest);
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(sha256_from_hex(upper), digest);
  EXPECT_FALSE(sha256_from_hex(to_hex(digest).substr(1)));
  EXPECT_FALSE(sha256_from_hex(to_hex(digest) + "0"));
  EXPECT_FALSE(sha256_from_hex(std::string(63, '0') + "g"));
}

TEST(AdminAuth, BearerTokenOfTheAuthorizationHeader) {
  EXPECT_EQ(bearer_token("Bearer abc.def"), "abc.def");
  EXPECT_EQ(bearer_token("bearer   abc "), "abc");  // RFC 6750: the scheme is case-insensitive
  EXPECT_FALSE(bearer_token(""));
  EXPECT_FALSE(bearer_token("Bearer"));
  EXPECT_FALSE(bearer_token("Bearer    "));
  EXPECT_FALSE(bearer_token("Basic dXNlcjpwYXNz"));
  EXPECT_FALSE(bearer_token("Bearerabc"));
}

TEST(AdminAuth, FindsTheTokenWhoseHashMatches) {
  const std::vector<Token> tokens{{"team", Role::Reader, sha256("reader-secret")},
                                  {"beheer", Role::Admin, sha256("admin-secret")}};
  const auto* reader = find_token(tokens, "reader-secret");
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->name, "team");
  EXPECT_EQ(reader->role, Role::Reader);
  const auto* admin = find_token(tokens, "admin-secret");
  ASSERT_NE(admin, nullptr);
  EXPECT_EQ(admin->role, Role::Admin);
  EXPECT_EQ(find_token(tokens, "admin-secreT"), nullptr);
  EXPECT_EQ(find_token(tokens, ""), nullptr);
  EXPECT_EQ(find_token({}, "admin-secret"), nullptr);
}

TEST(AdminAuth, Roles) {
  EXPECT_EQ(role_from_string("reader"), Role::Reader);
  EXPECT_EQ(role_from_string("admin"), Role::Admin);
  EXPECT_FALSE(role_from_string("Admin"));
  EXPECT_EQ(to_string(Role::Admin), "admin");
}

}  // namespace
}  // namespace ijw::admin
