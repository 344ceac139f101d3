#!/bin/sh
# rockspec.sh BUILD: `luarocks make` of the scm rockspec into a local tree
# for every Lua that luarocks serves here, then require from that tree; and
# the release rockspec carries the C core's version.
set -u
build=${1:-build}
tree=$PWD/$build/rocks
passed=0 failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

version=$("$build/httpstatus" --version | cut -d' ' -f2)
release=rockspec/httpstatus-$version-1.rockspec
if [ -f "$release" ] && grep -q "^version = \"$version-1\"" "$release" &&
   grep -q "tag = \"v$version\"" "$release"; then ok; else
  fail "no release rockspec $release for version $version"; fi

rm -rf "$tree"
for v in 5.1 5.2 5.3 5.4; do
  if luarocks --lua-version="$v" --tree="$tree" make \
       rockspec/httpstatus-scm-1.rockspec > "$build/luarocks-$v.log" 2>&1; then
    ok
  else
    cat "$build/luarocks-$v.log"; fail "luarocks make for Lua $v"; continue
  fi
  got=$(LUA_CPATH="$tree/lib/lua/$v/?.so" "lua$v" -e \
    'local hs = require "httpstatus"; io.write(hs.phrase(404), " ", hs._VERSION)')
  [ "$got" = "Not Found $version" ] && ok || fail "Lua $v from the rock: '$got'"
done
rm -f bindings/lua/*.o httpstatus.so   # luarocks builds in the source tree
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
