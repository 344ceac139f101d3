#!/bin/sh
# public_header.sh BUILD: the header as a user has it.  A staged `make
# install` holds httpstatus.h and httpstatus/registry.h and nothing
# private; a program that takes every public function compiles against
# the installed headers alone (-I the staged include directory, C99,
# warnings as errors) and runs; and the public names match docs/c.md both
# ways: every function, macro and type of the installed header is named
# there, and every hs_ or HS_ name there is one the header gives.  The
# enum constants the registry generates (HS_NOT_FOUND, ...) are named
# together by the page ("one per name and old name"), not one by one.
set -u
build=${1:-build}
top=$PWD/$build/public-header
. tests/tap.sh
rm -rf "$top"
mkdir -p "$top"
inc=$top/stage/usr/include
make --no-print-directory DESTDIR="$top/stage" PREFIX=/usr BUILD="$build" \
  install > "$top/install.log" 2>&1 || { cat "$top/install.log" >&2; fail "make install"; tap_done; exit; }

headers=$(cd "$inc" && find . -type f | sed 's|^\./||' | sort | tr '\n' ' ')
check "the installed headers are httpstatus.h and httpstatus/registry.h ($headers)" \
  [ "$headers" = "httpstatus.h httpstatus/registry.h " ]

# What a user's compiler sees: every name the headers define.
printf '#include <httpstatus.h>\n' > "$top/names.c"
cc -std=c99 -I"$inc" -E -dM "$top/names.c" |
  sed -n 's/^#define \([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' |
  grep -E '^(HS|hs)_' | grep -v -E '^(HS__|HS_API$)' | sort -u > "$top/macros"
cc -std=c99 -I"$inc" -E -P "$top/names.c" > "$top/expanded.c"
grep -o -E '\bhs_[a-z0-9_]+ *\(' "$top/expanded.c" | tr -d ' (' | sort -u > "$top/functions"
grep -o -E '} *hs_[a-z0-9_]+ *;' "$top/expanded.c" | tr -d '} ;' | sort -u > "$top/types"
grep -o -E '\b(HS_[A-Za-z0-9_]+|hs_[a-z0-9_]+)\b' "$top/expanded.c" |
  cat - "$top/macros" | sort -u > "$top/all"

# A program holding every public function, built against the installed
# headers alone, linked with the library.
{ echo '#include <httpstatus.h>'
  echo 'typedef void (*fn)(void);'
  echo 'static const fn every[] = {'
  sed 's/.*/  (fn)&,/' "$top/functions"
  echo '};'
  echo 'int main(void) { return !(every[0] && hs_get(404)->code == 404); }'
} > "$top/user.c"
if cc -std=c99 -pedantic -Wall -Wextra -Werror -I"$inc" -o "$top/user" "$top/user.c" \
     "$top/stage/usr/lib/libhttpstatus.a" 2> "$top/user.err" && "$top/user" > /dev/null; then
  ok "a program using all $(wc -l < "$top/functions") public functions builds against the installed headers alone"
else
  cat "$top/user.err" >&2; fail "a program using every public function builds against the installed headers alone"
fi

# docs/c.md and the header, both ways.
grep -o -E '\b(HS_[A-Z0-9_]*[A-Z0-9]|hs_[a-z0-9_]*[a-z0-9])\b' docs/c.md | sort -u > "$top/documented"
unknown=$(comm -23 "$top/documented" "$top/all" | tr '\n' ' ')
[ -z "$unknown" ] || echo "# docs/c.md names what the header has not: $unknown" >&2
check "every name docs/c.md gives is in the installed header${unknown:+ (not: $unknown)}" [ -z "$unknown" ]
undocumented=$(cat "$top/functions" "$top/macros" "$top/types" | sort -u |
  comm -23 - "$top/documented" | tr '\n' ' ')
[ -z "$undocumented" ] || echo "# not in docs/c.md: $undocumented" >&2
check "every function, macro and type of the header is in docs/c.md${undocumented:+ (not: $undocumented)}" \
  [ -z "$undocumented" ]
tap_done
