#pragma once
// UTF-8 decoding and XML's Char production, shared by the guard (reading untrusted bytes) and the writer
// (checking text before it is written), so both refuse exactly the same byte sequences; the pattern
// shortcuts of libs/schema read code points with it too.

#include <cstddef>
#include <cstdint>

namespace ijw::xml {

// XML 1.0 Char production (§2.2).
inline bool is_xml_char(std::uint32_t code_point) {
  return code_point == 0x9 || code_point == 0xA || code_point == 0xD || (code_point >= 0x20 && code_point <= 0xD7FF) ||
         (code_point >= 0xE000 && code_point <= 0xFFFD) || (code_point >= 0x10000 && code_point <= 0x10FFFF);
}

enum class Utf8Status { Ok, Invalid, Truncated };

struct Utf8Sequence {
  Utf8Status status = Utf8Status::Invalid;
  std::uint32_t code_point = 0;
  std::size_t length = 0;  // bytes, when status is Ok
};

// Decodes the multi-byte sequence whose lead byte (>= 0x80) is at `at`. Invalid: not a lead byte, a
// missing continuation byte, an overlong form, a surrogate or a code point above U+10FFFF; Truncated: the
// bytes end before the sequence does.
inline Utf8Sequence decode_utf8_sequence(const char* at, const char* end) {
  const auto lead = static_cast<unsigned char>(*at);
  std::size_t extra = 0;
  std::uint32_t code_point = 0;
  std::uint32_t minimum = 0;
  if ((lead & 0xE0u) == 0xC0u) {
    extra = 1, code_point = lead & 0x1Fu, minimum = 0x80;
  } else if ((lead & 0xF0u) == 0xE0u) {
    extra = 2, code_point = lead & 0x0Fu, minimum = 0x800;
  } else if ((lead & 0xF8u) == 0xF0u) {
    extra = 3, code_point = lead & 0x07u, minimum = 0x10000;
  } else {
    return {};
  }
  if (static_cast<std::size_t>(end - at) <= extra) return {Utf8Status::Truncated};
  for (std::size_t i = 1; i <= extra; ++i) {
    const auto next = static_cast<unsigned char>(at[i]);
    if ((next & 0xC0u) != 0x80u) return {};
    code_point = (code_point << 6) | (next & 0x3Fu);
  }
  if (code_point < minimum || (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) return {};
  return {Utf8Status::Ok, code_point, extra + 1};
}

}  // namespace ijw::xml
