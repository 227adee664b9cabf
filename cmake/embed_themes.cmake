# Writes OUT: a C file with the text of each theme in FILES ('|'-separated), so
# that the binary carries its themes (src/tui/theme.c).
string(REPLACE "|" ";" FILES "${FILES}")
set(names "")
set(texts "")
foreach(f IN LISTS FILES)
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" esc "${hex}")
  # split long literals so no line gets huge
  string(REGEX REPLACE "((\\\\x[0-9a-f][0-9a-f]){32})" "\\1\"\n\t\"" esc "${esc}")
  string(APPEND names "\t\"${name}\",\n")
  string(APPEND texts "\t\"${esc}\",\n")
endforeach()
file(WRITE ${OUT} "/* Generated from the .theme files by cmake/embed_themes.cmake. */\n"
  "#include <stddef.h>\n"
  "extern const char *const tui_builtin_theme_names[];\n"
  "extern const char *const tui_builtin_theme_texts[];\n"
  "const char *const tui_builtin_theme_names[] = {\n${names}\tNULL};\n"
  "const char *const tui_builtin_theme_texts[] = {\n${texts}\tNULL};\n")
