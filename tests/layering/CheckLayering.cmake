# The one-way house, checked on the sources (cmake -DROOT=<source dir> -P):
# - nothing under app/ includes a platform backend (core/native/posix/ or
#   core/native/win32/): the GUI and the CLI talk to core/native's interfaces;
# - nothing else under core/ includes them either: only the backends
#   themselves (core/native/posix, core/native/win32) do;
# - nothing under core/native includes a Qt header: native is plain C++.
# Prints every violation as FILE:LINE: what, and fails if there is one.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "CheckLayering.cmake: pass -DROOT=<source directory>")
endif()

set(_backend "#[ \t]*include[ \t]*[<\"](core/)?native/(posix|win32)/")
# QtCore/..., <QString>, <qglobal.h>: the Qt spellings of an include.
set(_qt "#[ \t]*include[ \t]*[<\"](Qt[A-Za-z]*/|Q[A-Z][A-Za-z0-9]*[>\"]|q[a-z0-9_]+\\.h[>\"])")

# Files still waiting for their move to the native interfaces; each entry
# names what replaces the include. Keep this list empty.
set(_pending
    # native::holdersOf(path) in core/native/Holders.h replaces PosixFs.h + InUseIndex.
    app/gui/playground/PlaygroundSession.cpp)

set(_violations "")
function(_scan dir regex what)
    file(GLOB_RECURSE _files LIST_DIRECTORIES false
         "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.cc")
    foreach(_file IN LISTS _files)
        file(RELATIVE_PATH _rel "${ROOT}" "${_file}")
        if(_rel IN_LIST _pending)
            continue()
        endif()
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

if(_violations)
    message("${_violations}")
    message(FATAL_ERROR "layering: the includes above cross a layer")
endif()
message(STATUS "layering: app -> core -> core/native holds; the backends stay inside native")
