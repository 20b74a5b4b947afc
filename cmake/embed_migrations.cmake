# Writes OUTPUT, a C++ source defining ijw::embedded::migrations(): every DIR/NNNN_<what>.sql in name
# order, as {version, name, sql}, so the binaries carry their schema.
file(GLOB files ${DIR}/*.sql)
list(SORT files)
set(entries "")
set(index 0)
foreach(path IN LISTS files)
  get_filename_component(name ${path} NAME)
  if(NOT name MATCHES "^([0-9][0-9][0-9][0-9])_[a-z0-9_]+\\.sql$")
    message(FATAL_ERROR "${path}: a migration is named NNNN_<what>.sql")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  file(READ ${path} content HEX)
  string(LENGTH "${content}" hex_length)
  math(EXPR byte_count "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
  string(APPEND arrays "constexpr char kSql${index}[] = {${bytes} '\\0'};\n")
  string(APPEND entries "    {${version}, \"${name}\", {kSql${index}, ${byte_count}}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE ${OUTPUT}.tmp
  "// Generated from ${DIR}; do not edit.\n"
  "#include \"ijw/store/migrations.hpp\"\n"
  "namespace ijw::store {\n"
  "namespace {\n${arrays}}  // namespace\n"
  "std::span<const Migration> migrations() {\n"
  "  static constexpr Migration kMigrations[] = {\n${entries}  };\n"
  "  return kMigrations;\n"
  "}\n"
  "}  // namespace ijw::store\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
