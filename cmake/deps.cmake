# Finds every dependency once, as imported targets named sx::<name>.
# All come from Debian packages (see scripts/deps.sh for the list).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(CJSON REQUIRED IMPORTED_TARGET libcjson)
pkg_check_modules(INIH REQUIRED IMPORTED_TARGET inih)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc libcgraph)
pkg_check_modules(NCURSESW REQUIRED IMPORTED_TARGET ncursesw)
pkg_check_modules(CMOCKA IMPORTED_TARGET cmocka)
pkg_check_modules(ZLIB REQUIRED IMPORTED_TARGET zlib)

# No pkg-config files for these three.
find_library(PG_QUERY_LIB pg_query REQUIRED)
find_path(PG_QUERY_INCLUDE pg_query.h REQUIRED)
find_library(STEMMER_LIB stemmer REQUIRED)
find_path(STEMMER_INCLUDE libstemmer.h REQUIRED)
find_library(READLINE_LIB readline REQUIRED)

# FAISS: OpenMP must be found before faiss's config (NOTES-deps.md).
find_package(OpenMP REQUIRED COMPONENTS CXX)
find_package(faiss CONFIG REQUIRED)

add_library(sx::pg_query UNKNOWN IMPORTED)
set_target_properties(sx::pg_query PROPERTIES IMPORTED_LOCATION ${PG_QUERY_LIB}
  INTERFACE_INCLUDE_DIRECTORIES ${PG_QUERY_INCLUDE})
add_library(sx::stemmer UNKNOWN IMPORTED)
set_target_properties(sx::stemmer PROPERTIES IMPORTED_LOCATION ${STEMMER_LIB}
  INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE})
add_library(sx::readline UNKNOWN IMPORTED)
set_target_properties(sx::readline PROPERTIES IMPORTED_LOCATION ${READLINE_LIB})
