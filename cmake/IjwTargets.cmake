# Shared conventions for the project's targets.

set(IJW_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(IJW_WERROR)
  list(APPEND IJW_WARNINGS -Werror)
endif()

# Where the official iJw 3.2 XSDs and examples are (../shared/ijw-3.2 next to the repository), as compile
# definitions; $IJW_XSD_DIR and $IJW_EXAMPLES_DIR override them at run time (tests/support).
set(IJW_OFFICIAL_DIR ${PROJECT_SOURCE_DIR}/../shared/ijw-3.2)
set(IJW_OFFICIAL_FILES IJW_DEFAULT_XSD_DIR="${IJW_OFFICIAL_DIR}/xsd" IJW_EXAMPLES_DIR="${IJW_OFFICIAL_DIR}/examples")

# ijw_add_library(name SOURCES ... DEPENDS ...): one library per folder under libs/, public headers in include/.
function(ijw_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_compile_options(${name} PRIVATE ${IJW_WARNINGS})
  target_link_libraries(${name} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
endfunction()

# ijw_add_test(name SOURCES ... DEPENDS ... LABELS ...): a GoogleTest binary registered with CTest.
function(ijw_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_compile_options(${name} PRIVATE ${IJW_WARNINGS})
  target_link_libraries(${name} PRIVATE ${ARG_DEPENDS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE IJW_SOURCE_DIR="${PROJECT_SOURCE_DIR}" ${IJW_OFFICIAL_FILES})
  add_test(NAME ${name} COMMAND ${name} --gtest_color=no)
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${ARG_ENVIRONMENT}")
endfunction()

# ijw_embed_text(target_var file symbol): compiles a text file into a source that defines
# `std::string_view symbol()` in namespace ijw::embedded, so the binaries need no data files at run time.
function(ijw_embed_text out_var input symbol)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    COMMENT "Embedding ${input}")
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
