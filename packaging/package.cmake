# Install rules and a Debian package through CPack:
#   cmake -S . -B build-pkg -DCMAKE_BUILD_TYPE=Release -DSX_INSTALLED_LAYOUT=ON
#   cmake --build build-pkg && (cd build-pkg && cpack -G DEB)
install(TARGETS sextant RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(_d lexicon validate)
  if(EXISTS ${PROJECT_SOURCE_DIR}/data/${_d})
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/${_d} DESTINATION ${CMAKE_INSTALL_DATADIR}/sextant/data)
  endif()
endforeach()
if(EXISTS ${PROJECT_SOURCE_DIR}/themes)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/themes/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sextant/themes
          FILES_MATCHING PATTERN "*.theme")
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/AUTHORS
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME sextant)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Sextant developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "terminal workbench that maps databases for data engineers")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
