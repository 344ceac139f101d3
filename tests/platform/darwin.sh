#!/bin/sh
# darwin.sh: the Makefile's macOS rules, checked here without a Mac.  The
# build runs for real with UNAME_S=Darwin and a stand-in compiler that
# records each command and writes an empty output; the checks read those
# commands and what make install staged.  The names come from the header's
# version, the Apple conventions from ld64's documentation: a .dylib made
# with -dynamiclib whose install name is LIBDIR/libNAME.MAJOR.dylib.
. tests/tap.sh
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
major=$(sed -n 's/^#define HS_VERSION_MAJOR \([0-9]*\)/\1/p' csrc/httpstatus.h)
version=$major.$(sed -n 's/^#define HS_VERSION_MINOR \([0-9]*\)/\1/p' csrc/httpstatus.h).$(sed -n 's/^#define HS_VERSION_PATCH \([0-9]*\)/\1/p' csrc/httpstatus.h)
cat > "$d/cc" <<'CC'
#!/bin/sh
echo "$*" >> "$CC_LOG"
out= prev=
for a; do [ "$prev" = -o ] && out=$a; prev=$a; done
[ -z "$out" ] || : > "$out"
CC
chmod +x "$d/cc"
export CC_LOG="$d/log"
mk() { make --no-print-directory UNAME_S=Darwin CC="$d/cc" BUILD="$d/b" "$@" > "$d/make.out" 2>&1; }
links() { grep -- ' -o [^ ]*libhttpstatus\.dylib' "$CC_LOG"; }

mk LIBDIR=/opt/hs/lib all
check "make all: the shared library is libhttpstatus.dylib" test -f "$d/b/libhttpstatus.dylib"
check "no ELF .so on Darwin" test ! -e "$d/b/libhttpstatus.so"
check "linked once, with -dynamiclib" test "$(links | grep -c -- -dynamiclib)" = 1
check "install name LIBDIR/libhttpstatus.$major.dylib" sh -c \
  "grep -q -- '-install_name,/opt/hs/lib/libhttpstatus.$major.dylib ' '$CC_LOG'"
check "no ELF soname flag" sh -c "! grep -q -- -soname '$CC_LOG'"

: > "$CC_LOG"; mk LIBDIR=/opt/hs/lib all
check "nothing changed: not relinked" test "$(links | wc -l)" = 0
: > "$CC_LOG"; mk LIBDIR=/usr/local/lib all
check "LIBDIR changed: relinked with the new install name" sh -c \
  "grep -q -- '-install_name,/usr/local/lib/libhttpstatus.$major.dylib ' '$CC_LOG'"

mk LIBDIR=/usr/local/lib PREFIX=/usr/local DESTDIR="$d/stage" install
lib=$d/stage/usr/local/lib
check "install: libhttpstatus.$version.dylib" test -f "$lib/libhttpstatus.$version.dylib"
check "install: libhttpstatus.$major.dylib -> libhttpstatus.$version.dylib" \
  test "$(readlink "$lib/libhttpstatus.$major.dylib")" = "libhttpstatus.$version.dylib"
check "install: libhttpstatus.dylib -> libhttpstatus.$major.dylib" \
  test "$(readlink "$lib/libhttpstatus.dylib")" = "libhttpstatus.$major.dylib"
check "install: no .so names" sh -c "! ls '$lib' | grep -q '\.so'"
mk LIBDIR=/usr/local/lib PREFIX=/usr/local DESTDIR="$d/stage" uninstall
check "uninstall leaves no library" sh -c "! ls '$lib' | grep -q libhttpstatus"

# Elsewhere the ELF names stay: a soname, no install name.
out=$(make -n --no-print-directory UNAME_S=Linux BUILD="$d/l" "$d/l/libhttpstatus.so")
check "Linux: -shared with soname libhttpstatus.so.$major" sh -c \
  'printf "%s" "$1" | grep -q -- "-shared -Wl,-soname,libhttpstatus.so.$2 "' - "$out" "$major"
check "Linux: no install name" sh -c '! printf "%s" "$1" | grep -q install_name' - "$out"
tap_done
