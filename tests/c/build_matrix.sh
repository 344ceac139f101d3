#!/bin/sh
# build_matrix.sh BUILD: the library, the command and the Lua module built
# with gcc and clang at every usual optimisation level, plain and under
# AddressSanitizer (what `make BUILD=... CC=... CFLAGS=... SANITIZE=...`
# does), each with -Werror: a warning any of them gives is a failure.
# Both compilers' -O2 ASan builds warn where plain -O2 does not (GCC 12's
# stringop-truncation), so every pair is built.
set -u
build=${1:-build}
. tests/tap.sh
for cc in gcc clang; do
  command -v $cc > /dev/null || { fail "$cc missing"; continue; }
  for cflags in "-O0 -g" "-O2 -g" "-O3"; do
    for san in "" "-fsanitize=address"; do
      dir="$build/matrix/$cc$(echo "$cflags$san" | tr -c 'A-Za-z0-9' _)"
      check "$cc CFLAGS='$cflags' SANITIZE='$san'" \
        make --no-print-directory -s BUILD="$dir" CC=$cc CFLAGS="$cflags" \
        SANITIZE="$san" "$dir/libhttpstatus.a" "$dir/httpstatus" \
        "$dir/lua/5.4/httpstatus/core.so"
    done
  done
done
tap_done
