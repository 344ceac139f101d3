#!/bin/sh
# test_install.sh BUILD: `make install` as packagers use it, each checked
# with pkg-config and a program compiled and run against what it installed:
#   1. a Debian-style staged install (PREFIX=/usr, multiarch LIBDIR,
#      DESTDIR): exactly the expected files, the .pc naming /usr, and
#      `make uninstall` removing all of it;
#   2. PREFIX changed between `make` and `make install`: the .pc follows;
#   3. the public header compiled as C99, C11 and C++.
set -u
build=${1:-build}
top=$PWD/$build/install-test
. tests/tap.sh
rm -rf "$top"
mkdir -p "$top"
arch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
VERSION=$(make --no-print-directory -s -f Makefile print-version)

cat > "$top/example.c" <<'C'
#include <httpstatus.h>
#include <stdio.h>
int main(void) {
  const hs_status *s = hs_get(404);
  char line[64];
  hs_status_line(line, sizeof line, 404, NULL);
  printf("%d %s|%s|%d\n", s->code, s->phrase, line,
         hs_lookup("request entity too large", 24)->code);
  return 0;
}
C
want_out="404 Not Found|HTTP/1.1 404 Not Found|413"

# build_example NAME PKG_CONFIG_ENV...: compiles example.c with the flags
# pkg-config gives, runs it; $out holds what it printed.
build_example() {
  name=$1; shift
  flags=$(env "$@" pkg-config --cflags --libs httpstatus)
  check "$name: pkg-config knows httpstatus ($flags)" [ -n "$flags" ]
  libdir=$(env "$@" pkg-config --variable=libdir httpstatus)
  # shellcheck disable=SC2086
  cc -std=c99 -Wall -Wextra -Werror -o "$top/$name" "$top/example.c" $flags
  check "$name: example builds against the installed files" [ -x "$top/$name" ]
  out=$(LD_LIBRARY_PATH="$libdir" "$top/$name")
  check "$name: example runs ($out)" [ "$out" = "$want_out" ]
}

# 1. Debian: /usr, /usr/lib/<multiarch>, staged in DESTDIR.
dest=$top/dest
make --no-print-directory BUILD="$build" install DESTDIR="$dest" PREFIX=/usr \
  LIBDIR=/usr/lib/$arch > /dev/null
files=$(cd "$dest" && find . ! -type d | sort | tr '\n' ' ')
want=$(printf '%s\n' ./usr/bin/httpstatus ./usr/include/httpstatus.h \
  ./usr/include/httpstatus/registry.h "./usr/lib/$arch/libhttpstatus.a" \
  "./usr/lib/$arch/libhttpstatus.so" "./usr/lib/$arch/libhttpstatus.so.0" \
  "./usr/lib/$arch/libhttpstatus.so.$VERSION" \
  "./usr/lib/$arch/pkgconfig/httpstatus.pc" ./usr/share/man/man1/httpstatus.1 |
  sort | tr '\n' ' ')
check "exactly the public files installed: $files" [ "$files" = "$want" ]
check "soname link" [ -L "$dest/usr/lib/$arch/libhttpstatus.so.0" ]
pc=$dest/usr/lib/$arch/pkgconfig/httpstatus.pc
check ".pc libdir is the multiarch one" grep -qx "libdir=/usr/lib/$arch" "$pc"
check ".pc does not name DESTDIR" sh -c "! grep -q '$dest' '$pc'"
build_example debian PKG_CONFIG_SYSROOT_DIR="$dest" \
  PKG_CONFIG_PATH="$dest/usr/lib/$arch/pkgconfig" PKG_CONFIG_SYSTEM_LIBRARY_PATH= \
  PKG_CONFIG_SYSTEM_INCLUDE_PATH= PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 \
  PKG_CONFIG_ALLOW_SYSTEM_LIBS=1
check "installed CLI" [ "$("$dest/usr/bin/httpstatus" --version)" = "httpstatus $VERSION" ]
check "man page" grep -q '^\.TH HTTPSTATUS 1' "$dest/usr/share/man/man1/httpstatus.1"
make --no-print-directory BUILD="$build" uninstall DESTDIR="$dest" PREFIX=/usr \
  LIBDIR=/usr/lib/$arch > /dev/null
left=$(cd "$dest" && find . ! -type d | tr '\n' ' ')
check "uninstall removes every file ($left)" [ -z "$left" ]

# 2. Built for one PREFIX, installed into another: the .pc follows.
make --no-print-directory BUILD="$build" PREFIX=/usr/local all "$build/httpstatus.pc" > /dev/null
make --no-print-directory BUILD="$build" install PREFIX="$top/opt" > /dev/null
check ".pc rebuilt for the new PREFIX" grep -qx "prefix=$top/opt" "$top/opt/lib/pkgconfig/httpstatus.pc"
build_example moved PKG_CONFIG_PATH="$top/opt/lib/pkgconfig"
make --no-print-directory BUILD="$build" install PREFIX="$top/opt2" \
  INCLUDEDIR="$top/inc" MANDIR="$top/man" BINDIR="$top/bin" > /dev/null
check "INCLUDEDIR honoured" [ -f "$top/inc/httpstatus/registry.h" ]
check "MANDIR honoured" [ -f "$top/man/man1/httpstatus.1" ]
check "BINDIR honoured" [ -x "$top/bin/httpstatus" ]
check ".pc includedir follows INCLUDEDIR" grep -qx "includedir=$top/inc" "$top/opt2/lib/pkgconfig/httpstatus.pc"
build_example dirs PKG_CONFIG_PATH="$top/opt2/lib/pkgconfig"

# CPPFLAGS and LDFLAGS reach every compile and link (a dry run of a fresh
# build directory shows the commands).
cmds=$(make --no-print-directory -n BUILD="$top/flags" CPPFLAGS=-DHS_CPPFLAGS_SEEN \
  LDFLAGS=-Wl,--hs-ldflags-seen all)
check "CPPFLAGS on every compile" [ "$(printf '%s\n' "$cmds" | grep -c -- ' -c ')" -gt 0 ]
check "CPPFLAGS on every compile line" sh -c \
  "! printf '%s\n' \"\$1\" | grep -- ' -c ' | grep -vq HS_CPPFLAGS_SEEN" - "$cmds"
check "LDFLAGS on the shared library and the command" \
  [ "$(printf '%s\n' "$cmds" | grep -c -- '--hs-ldflags-seen')" -eq 2 ]

# 3. The header in C99, C11 and C++ (it is C99: no C11 needed, no C++
# keywords, extern "C").
for std in "cc -x c -std=c99" "cc -x c -std=c11" "c++ -x c++ -std=c++11" "c++ -x c++ -std=c++17"; do
  # shellcheck disable=SC2086
  check "header compiles as: $std" $std -Wall -Wextra -pedantic -Werror \
    -Icsrc -fsyntax-only "$top/example.c"
done

tap_done
