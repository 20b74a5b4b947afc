#pragma once
// Bearer tokens of the admin API (docs/admin-api.md, D-601, D-602). The configuration holds only the SHA-256
// of each token; a presented token is hashed and compared with every configured hash in constant time, so
// neither the configuration nor the timing gives a token away. Tokens are never logged.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ijw::admin {

// What a token may do (D-602). `admin` may everything a `reader` may, and more.
enum class Role { Reader, Admin };

std::string_view to_string(Role role);  // "reader", "admin"
std::optional<Role> role_from_string(std::string_view text);

using Sha256 = std::array<std::uint8_t, 32>;

struct Token {
  std::string name;  // who, in the audit log and the request log; never the token itself
  Role role = Role::Reader;
  Sha256 sha256{};  // SHA-256 of the token's bytes
};

// SHA-256 of `bytes` (OpenSSL EVP).
Sha256 sha256(std::string_view bytes);
std::string to_hex(const Sha256& digest);
// 64 hex digits (either case) -> the digest; nullopt for anything else.
std::optional<Sha256> sha256_from_hex(std::string_view hex);

// The token of an `Authorization: Bearer <token>` header value (scheme case-insensitive, RFC 6750 §2.1);
// nullopt when the header is absent, of another scheme, or empty.
std::optional<std::string_view> bearer_token(std::string_view authorization);

// The configured token whose hash is SHA-256(`presented`), compared with every configured hash (no early
// exit), each comparison in constant time.
const Token* find_token(const std::vector<Token>& tokens, std::string_view presented);

}  // namespace ijw::admin
