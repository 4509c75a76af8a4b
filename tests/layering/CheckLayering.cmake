# The one-way house, checked on the sources (cmake -DROOT=<source dir> -P):
# - nothing under app/ includes a platform backend (core/native/posix/ or
#   core/native/win32/): the GUI and the CLI talk to core/native's interfaces;
# - nothing else under core/ includes them either: only the backends
#   themselves (core/native/posix, core/native/win32) do;
# - nothing under core/native includes a Qt header: native is plain C++;
# - app/gui has at most two `Q_OS_` branches (platform code lives in native);
# - no source file under app/ or core/ is over 600 lines (split it by job);
# - the Linux-only calls (statx, getdents64, O_PATH, O_TMPFILE, OFD locks,
#   STATX_ attributes, /proc paths, inotify) appear in code only in files of
#   the Linux backend: files whose names say Linux. No exceptions: every file
#   compiled in the portable POSIX backend is free of them.
#   Comments and (but for /proc paths) string literals do not count.
# Prints every violation as FILE:LINE: what, and fails if there is one.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "CheckLayering.cmake: pass -DROOT=<source directory>")
endif()

set(_backend "#[ \t]*include[ \t]*[<\"](core/)?native/(posix|win32)/")
# QtCore/..., <QString>, <qglobal.h>: the Qt spellings of an include.
set(_qt "#[ \t]*include[ \t]*[<\"](Qt[A-Za-z]*/|Q[A-Z][A-Za-z0-9]*[>\"]|q[a-z0-9_]+\\.h[>\"])")

set(_violations "")
function(_scan dir regex what)
    file(GLOB_RECURSE _files LIST_DIRECTORIES false
         "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.cc")
    foreach(_file IN LISTS _files)
        file(RELATIVE_PATH _rel "${ROOT}" "${_file}")
        # The backends may include each other and themselves.
        if(what STREQUAL "backend" AND _rel MATCHES "^core/native/(posix|win32)/")
            continue()
        endif()
        file(STRINGS "${_file}" _lines)
        set(_n 0)
        foreach(_line IN LISTS _lines)
            math(EXPR _n "${_n} + 1")
            if(_line MATCHES "${regex}")
                string(STRIP "${_line}" _line)
                if(what STREQUAL "backend")
                    set(_why "includes a platform backend (${_line}); use the interface in core/native")
                else()
                    set(_why "includes Qt (${_line}); core/native is plain C++")
                endif()
                set(_violations "${_violations}${_rel}:${_n}: ${_why}\n" PARENT_SCOPE)
                set(_violations "${_violations}${_rel}:${_n}: ${_why}\n")
            endif()
        endforeach()
    endforeach()
endfunction()

_scan(app "${_backend}" backend)
_scan(core "${_backend}" backend)
_scan(core/native "${_qt}" qt)

# Platform branches in the GUI and the size of every source file.
set(_branches 0)
file(GLOB_RECURSE _files LIST_DIRECTORIES false
     "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/core/*.h" "${ROOT}/core/*.cpp")
foreach(_file IN LISTS _files)
    file(RELATIVE_PATH _rel "${ROOT}" "${_file}")
    file(STRINGS "${_file}" _lines)
    file(READ "${_file}" _text)
    string(REGEX MATCHALL "\n" _newlines "${_text}")
    list(LENGTH _newlines _count)
    if(_count GREATER 600)
        string(APPEND _violations "${_rel}: ${_count} lines; at most 600 (split it by job)\n")
    endif()
    if(_rel MATCHES "^app/gui/")
        foreach(_line IN LISTS _lines)
            if(_line MATCHES "^[ \t]*#[ \t]*(if|ifdef|ifndef|elif).*Q_OS_")
                math(EXPR _branches "${_branches} + 1")
                string(APPEND _gui_branches "  ${_rel}: ${_line}\n")
            endif()
        endforeach()
    endif()
endforeach()
if(_branches GREATER 2)
    string(APPEND _violations
           "app/gui: ${_branches} Q_OS_ branches; at most 2 (move the platform code to native):\n"
           "${_gui_branches}")
endif()

# Linux-only calls outside the Linux backend.
set(_linux_calls
    "(^|[^A-Za-z0-9_])(statx|getdents64|O_PATH|O_TMPFILE|inotify_[a-z_0-9]+)([^A-Za-z0-9_]|$)|F_OFD_|STATX_")
set(_linux_hits 0)
file(GLOB_RECURSE _files LIST_DIRECTORIES false
     "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/core/*.h" "${ROOT}/core/*.cpp")
foreach(_file IN LISTS _files)
    file(RELATIVE_PATH _rel "${ROOT}" "${_file}")
    get_filename_component(_base "${_file}" NAME)
    if(_base MATCHES "Linux")
        continue()
    endif()
    file(READ "${_file}" _text)
    # One list element per line, whatever the line holds.
    string(REPLACE ";" "," _text "${_text}")
    string(REPLACE "[" "(" _text "${_text}")
    string(REPLACE "]" ")" _text "${_text}")
    string(REPLACE "\n" ";" _lines "${_text}")
    set(_n 0)
    foreach(_line IN LISTS _lines)
        math(EXPR _n "${_n} + 1")
        if(_line MATCHES "^[ \t]*//")
            continue()
        endif()
        string(REGEX REPLACE "[ \t]//[^\"]*$" "" _code "${_line}")
        string(REGEX REPLACE "\"([^\"\\\\]|\\\\.)*\"" "\"\"" _bare "${_code}")
        string(REGEX REPLACE "//.*$" "" _bare "${_bare}")
        if(_bare MATCHES "${_linux_calls}" OR _code MATCHES "\"/proc/")
            string(STRIP "${_line}" _line)
            string(APPEND _violations
                   "${_rel}:${_n}: a Linux-only call outside the Linux backend (${_line}); "
                   "put it in a file of the Linux backend (its name says Linux) and give the "
                   "portable POSIX backend its own\n")
            math(EXPR _linux_hits "${_linux_hits} + 1")
        endif()
    endforeach()
endforeach()

if(_violations)
    message("${_violations}")
    message(FATAL_ERROR "layering: the house rules above are broken")
endif()
message(STATUS "layering: app -> core -> core/native holds; the backends stay inside native; "
               "${_branches} Q_OS_ branches in app/gui; no file over 600 lines; Linux-only calls "
               "only in the Linux backend")
