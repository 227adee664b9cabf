# Helpers for the test tree.
#
# sx_unit_test(NAME SOURCES... [LIBS ...]) builds a cmocka test linked with
# the engine and registers it with label "unit".
function(sx_unit_test name)
  cmake_parse_arguments(T "" "LABEL" "LIBS" ${ARGN})
  add_executable(${name} ${T_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE sextant_engine PkgConfig::CMOCKA ${T_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${name} PRIVATE ${SX_WARN} -Wno-missing-prototypes)
  if(NOT T_LABEL)
    set(T_LABEL unit)
  endif()
  set(_env "SX_SOURCE_DIR=${PROJECT_SOURCE_DIR};SX_BUILD_DIR=${PROJECT_BINARY_DIR};SEXTANT_LOG=/dev/null")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS ${T_LABEL} ENVIRONMENT "${_env}")
  # Unit tests also run under valgrind in the plain build (the sanitizer
  # build covers the rest): any memory error or definite leak fails them.
  if(T_LABEL STREQUAL "unit" AND NOT SX_SANITIZE AND SX_VALGRIND)
    add_test(NAME ${name}_valgrind COMMAND ${SX_VALGRIND} --quiet --error-exitcode=99
             --leak-check=full --errors-for-leak-kinds=definite --track-fds=no
             --suppressions=${PROJECT_SOURCE_DIR}/tests/support/valgrind.supp
             $<TARGET_FILE:${name}>)
    set_tests_properties(${name}_valgrind PROPERTIES LABELS valgrind ENVIRONMENT "${_env}")
  endif()
endfunction()

find_program(SX_VALGRIND valgrind)
