#!/bin/sh
# test_install.sh BUILD: make install into a DESTDIR, then build and run
# the README's example against the installed header, library and .pc file.
set -u
build=${1:-build}
dest=$PWD/$build/destdir
passed=0 failed=0
check() { desc=$1; shift; if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $desc" >&2; fi; }
rm -rf "$dest"
make --no-print-directory BUILD="$build" install DESTDIR="$dest" PREFIX=/usr > /dev/null
for f in include/httpstatus.h include/hs_registry.h include/hs_cli.h \
         lib/libhttpstatus.a lib/libhttpstatus.so lib/pkgconfig/httpstatus.pc \
         bin/httpstatus; do
  check "installed $f" [ -e "$dest/usr/$f" ]
done
check "soname link" [ -L "$dest/usr/lib/libhttpstatus.so.0" ]
cat > "$build/example.c" <<'C'
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
flags=$(PKG_CONFIG_SYSROOT_DIR="$dest" PKG_CONFIG_PATH="$dest/usr/lib/pkgconfig" \
  pkg-config --cflags --libs httpstatus)
check "pkg-config knows httpstatus" [ -n "$flags" ]
# shellcheck disable=SC2086
cc -std=c99 -Wall -Wextra -Werror -o "$build/example" "$build/example.c" $flags
check "example builds against the installed files" [ -x "$build/example" ]
out=$(LD_LIBRARY_PATH="$dest/usr/lib" "$build/example")
check "example runs: $out" [ "$out" = "404 Not Found|HTTP/1.1 404 Not Found|413" ]
check "installed CLI" [ "$("$dest/usr/bin/httpstatus" --version)" = "$("$build/httpstatus" --version)" ]
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
