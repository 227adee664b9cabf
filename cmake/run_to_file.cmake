# Runs a command and writes its standard output to a file, optionally
# gzipped (for man pages, which Debian wants compressed):
#   cmake -DOUT=file [-DGZIP=ON] -DCMD="prog;arg;..." -P run_to_file.cmake
# The environment is pinned so that a user's config or log never changes
# or breaks a build.
set(ENV{SEXTANT_LOG} /dev/null)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${CMD} OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "${CMD} failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
if(GZIP)
  execute_process(COMMAND gzip -9nfk ${OUT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${OUT} failed")
  endif()
endif()
