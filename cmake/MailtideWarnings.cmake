# mailtide_set_warnings(<target>): the project's warning set, errors in CI (MAILTIDE_WERROR).
option(MAILTIDE_WERROR "Treat warnings as errors" OFF)
# No -Wnull-dereference: GCC 12 at -O2 reports it on plain std::vector indexing (false positives).
function(mailtide_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
  if(MAILTIDE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # Bytes stay bytes until decoded (STYLE 15); GLib's `signals` member needs QT_NO_KEYWORDS.
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
endfunction()
