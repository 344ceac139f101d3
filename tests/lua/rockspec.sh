#!/bin/sh
# rockspec.sh BUILD: `luarocks make` of the scm rockspec into a local tree
# for every Lua that luarocks serves here, then require from that tree; and
# the release rockspec carries the C core's version.
set -u
build=${1:-build}
tree=$PWD/$build/rocks
. tests/tap.sh

version=$("$build/httpstatus" --version | cut -d' ' -f2)
# A release rockspec names a git tag; there is none until a release.
for spec in rockspec/httpstatus-[0-9]*.rockspec; do
  [ -e "$spec" ] || continue
  tag=$(sed -n 's/.*tag = "\(.*\)".*/\1/p' "$spec")
  if [ -n "$tag" ] && git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
    ok "$spec names tag $tag"; else fail "$spec names tag '$tag', which does not exist"; fi
done

rm -rf "$tree"
for v in 5.1 5.2 5.3 5.4; do
  if luarocks --lua-version="$v" --tree="$tree" make \
       rockspec/httpstatus-scm-1.rockspec > "$build/luarocks-$v.log" 2>&1; then
    ok "luarocks make for Lua $v"
  else
    cat "$build/luarocks-$v.log" >&2; fail "luarocks make for Lua $v"; continue
  fi
  got=$(LUA_CPATH="$tree/lib/lua/$v/?.so;;" LUA_PATH="$tree/share/lua/$v/?.lua;;" \
    "lua$v" -e 'local hs = require "httpstatus"; require "httpstatus.luassert"
      io.write(hs.phrase(404), " ", hs._VERSION)')
  check "Lua $v from the rock: '$got'" [ "$got" = "Not Found $version" ]
  # luarocks test: the busted specs against the installed rock
  if (eval "$(luarocks --lua-version="$v" --tree="$tree" path)" &&
      luarocks --lua-version="$v" --tree="$tree" test \
        rockspec/httpstatus-scm-1.rockspec) > "$build/luarocks-test-$v.log" 2>&1
  then ok "luarocks test, Lua $v"
  else cat "$build/luarocks-test-$v.log" >&2; fail "luarocks test, Lua $v"; fi
done
check "luarocks lint" luarocks lint rockspec/httpstatus-scm-1.rockspec
# The installed rock packs into a binary rock (for another machine).
if (cd "$build" && luarocks --lua-version=5.4 --tree="$tree" pack httpstatus \
      > luarocks-pack.log 2>&1) && ls "$build"/httpstatus-scm-1.*.rock >/dev/null; then
  ok "luarocks pack"; else cat "$build/luarocks-pack.log" >&2; fail "luarocks pack"; fi
rm -f "$build"/httpstatus-scm-1.*.rock
# luarocks builds in the source tree: nothing of it may stay there (a
# top-level httpstatus/ would shadow the Python package).
rm -rf bindings/lua/httpstatus/*.o httpstatus
left=$(find bindings/lua httpstatus -name '*.o' -o -name '*.so' 2>/dev/null)
check "luarocks left nothing in the tree: $left" [ -z "$left" ]
tap_done
