# Install rules and a Debian package through CPack:
#   cmake -S . -B build-pkg -DCMAKE_BUILD_TYPE=Release -DSX_INSTALLED_LAYOUT=ON
#   cmake --build build-pkg && (cd build-pkg && cpack -G DEB)
# (`cpack -G DEB` in any build tree works too: the program finds its data
# relative to its own path first, see sx_data_dir.)

# ------------------------------------------------------------ generated
# The man pages and the completion scripts are printed by the program
# itself from its command table (hidden commands __man and __complete),
# so they cannot drift from it. Dates come from SOURCE_DATE_EPOCH when set.
string(TIMESTAMP SX_MAN_DATE "%B %d, %Y" UTC)
string(REGEX REPLACE " 0([0-9]), " " \\1, " SX_MAN_DATE "${SX_MAN_DATE}")
set(SX_GEN_DIR ${CMAKE_BINARY_DIR}/generated)
set(SX_RUN_TO_FILE ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake)
set(SX_MAN_PAGES ${SX_GEN_DIR}/man/sextant.1 ${SX_GEN_DIR}/man/sextant-config.5)
set(SX_COMPLETIONS ${SX_GEN_DIR}/completions/sextant ${SX_GEN_DIR}/completions/_sextant
    ${SX_GEN_DIR}/completions/sextant.fish)
add_custom_command(
  OUTPUT ${SX_GEN_DIR}/man/sextant.1 ${SX_GEN_DIR}/man/sextant.1.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SX_GEN_DIR}/man
  COMMAND ${CMAKE_COMMAND} -DOUT=${SX_GEN_DIR}/man/sextant.1 -DGZIP=ON
          "-DCMD=$<TARGET_FILE:sextant>;__man;1;${SX_MAN_DATE};--config;/dev/null"
          -P ${SX_RUN_TO_FILE}
  DEPENDS sextant ${SX_RUN_TO_FILE} COMMENT "sextant(1) from the command table" VERBATIM)
add_custom_command(
  OUTPUT ${SX_GEN_DIR}/man/sextant-config.5 ${SX_GEN_DIR}/man/sextant-config.5.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SX_GEN_DIR}/man
  COMMAND ${CMAKE_COMMAND} -DOUT=${SX_GEN_DIR}/man/sextant-config.5 -DGZIP=ON
          "-DCMD=$<TARGET_FILE:sextant>;__man;5;${SX_MAN_DATE};--config;/dev/null"
          -P ${SX_RUN_TO_FILE}
  DEPENDS sextant ${SX_RUN_TO_FILE} COMMENT "sextant-config(5) from docs/config.md" VERBATIM)
foreach(_sh bash zsh fish)
  if(_sh STREQUAL bash)
    set(_out ${SX_GEN_DIR}/completions/sextant)
  elseif(_sh STREQUAL zsh)
    set(_out ${SX_GEN_DIR}/completions/_sextant)
  else()
    set(_out ${SX_GEN_DIR}/completions/sextant.fish)
  endif()
  add_custom_command(
    OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SX_GEN_DIR}/completions
    COMMAND ${CMAKE_COMMAND} -DOUT=${_out}
            "-DCMD=$<TARGET_FILE:sextant>;__complete;script;${_sh};--config;/dev/null"
            -P ${SX_RUN_TO_FILE}
    DEPENDS sextant ${SX_RUN_TO_FILE} COMMENT "${_sh} completion from the command table" VERBATIM)
endforeach()
add_custom_target(sextant_generated ALL DEPENDS ${SX_MAN_PAGES} ${SX_COMPLETIONS})

# ------------------------------------------------------------ install
install(TARGETS sextant RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(_d lexicon prompts validate)
  if(EXISTS ${PROJECT_SOURCE_DIR}/data/${_d})
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/${_d} DESTINATION ${CMAKE_INSTALL_DATADIR}/sextant/data)
  endif()
endforeach()
if(EXISTS ${PROJECT_SOURCE_DIR}/themes)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/themes/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sextant/themes
          FILES_MATCHING PATTERN "*.theme")
endif()
install(FILES ${SX_GEN_DIR}/man/sextant.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SX_GEN_DIR}/man/sextant-config.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES ${SX_GEN_DIR}/completions/sextant
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${SX_GEN_DIR}/completions/_sextant
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${SX_GEN_DIR}/completions/sextant.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/AUTHORS
        ${PROJECT_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian wants the changelog gzipped, under this name (a native package:
# the version has no Debian revision).
set(_sx_changelog ${SX_GEN_DIR}/changelog.gz)
add_custom_command(OUTPUT ${_sx_changelog}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SX_GEN_DIR}
  COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/changelog > ${_sx_changelog}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog)
add_custom_target(sextant_changelog ALL DEPENDS ${_sx_changelog})
install(FILES ${_sx_changelog} DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})

# ------------------------------------------------------------ CPack
set(CPACK_PACKAGE_NAME sextant)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The Sextant developers <sextant@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "terminal workbench that maps databases for data engineers")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Sextant reads the catalogs of SQLite, PostgreSQL and ClickHouse databases\nand DDL files into a workspace, maps them (descriptions, personal data,\ndeclared and inferred relationships) and searches them by meaning, from\nthe command line or a terminal workbench.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The lexical databases search reads from their Debian packages' files when
# they are there (docs/search.md): English WordNet, the Russian thesaurus and
# the English-Russian dictionary. Without them search works, with a note.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "wordnet-base, mythes-ru, mueller7-dict")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# Only the install rules above: no CTest/CMake package registry extras.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};ALL;/")
include(CPack)
