# Cross-compiling tempscope_native and its tests for 64-bit Windows with
# Debian's mingw-w64 (posix thread model, for std::thread), e.g.
#   cmake -S . -B build-win -G Ninja -DTEMPSCOPE_NATIVE_ONLY=ON \
#         -DCMAKE_TOOLCHAIN_FILE=core/native/win32/mingw-w64-x86_64.cmake
# Executables are linked statically (libgcc, libstdc++, winpthread), so a
# single .exe runs under Wine or on Windows without any DLL beside it.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(TEMPSCOPE_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${TEMPSCOPE_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TEMPSCOPE_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${TEMPSCOPE_MINGW_TRIPLE}-windres)

set(CMAKE_FIND_ROOT_PATH /usr/${TEMPSCOPE_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# -static pulls in the static winpthread as well.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Lets CTest run the cross-built tests (WINEPREFIX and WINEDEBUG come from the
# environment; see .ci/windows). Debian installs wine64 outside PATH.
find_program(TEMPSCOPE_WINE NAMES wine64 wine PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(TEMPSCOPE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${TEMPSCOPE_WINE})
endif()
