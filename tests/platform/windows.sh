#!/bin/sh
# windows.sh BUILD: the C core and the command compiled for Windows
# (x86_64, mingw-w64 from Debian) by the Makefile's own rules, warnings as
# errors; compile only, nothing here runs a Windows program.
. tests/tap.sh
build=${1:-build}/mingw
cc=x86_64-w64-mingw32-gcc
rm -rf "$build"
make_out=$(make --no-print-directory BUILD="$build" CC=$cc AR=x86_64-w64-mingw32-ar \
  "$build/libhttpstatus.a" "$build/httpstatus" 2>&1)
st=$?
[ $st -eq 0 ] || printf '%s\n' "$make_out" >&2
check "the library and the command build with $cc" test $st -eq 0
check "with -Wall -Wextra -Werror" sh -c 'printf "%s" "$1" | grep -q -- "-Wall -Wextra .*-Werror"' - "$make_out"
check "the command is a Windows x86-64 executable" sh -c \
  'x86_64-w64-mingw32-objdump -f "$1" | grep -q "file format pei-x86-64"' - "$build/httpstatus.exe"
# The registry's UTF-8 literals come through as UTF-8 (404 in Chinese,
# from the reference seeds' wording in registry.h).
zh=$(sed -n 's/^ *XX(404, NOT_FOUND, "[^"]*", "\([^"]*\)".*/\1/p' csrc/httpstatus/registry.h)
check "the Chinese phrases are UTF-8 in the executable" sh -c \
  '[ -n "$1" ] && grep -qa "$1" "$2"' - "$zh" "$build/httpstatus.exe"
tap_done
