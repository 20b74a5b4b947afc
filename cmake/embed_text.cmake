# Writes OUTPUT, a C++ source defining ijw::embedded::SYMBOL() that returns the bytes of INPUT.
file(READ ${INPUT} content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <string_view>\n"
  "namespace ijw::embedded {\n"
  "namespace { constexpr char kBytes[] = {${bytes} '\\0'}; }\n"
  "std::string_view ${SYMBOL}() { return {kBytes, ${byte_count}}; }\n"
  "}  // namespace ijw::embedded\n")
