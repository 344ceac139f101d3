#!/bin/sh
# forky.sh PART [SEED]: one part of the Lua suite on Lua 5.5, which Debian
# stable lacks: tests/lua/run.sh runs each part in the Debian testing
# chroot (scripts/forky.sh, which has lua5.5, its headers, busted, dkjson,
# luarocks and valgrind), each recorded on its own.  The module is built
# there with the project's -Werror flags against the 5.5 headers.
#   spec      the busted specs (JUnit to $HS_JUNIT)
#   property  property.lua, 100,000 calls from SEED
#   valgrind  1,000 states under memcheck
#   oom       memory running out at every step, under ASan
#   rockspec  luarocks make, test, lint and pack for 5.5
#   docs      every lua block of docs/lua.md (tests/docs/lua_md.py --on)
#   dump      the consistency dump, to build/out/dump-5.5.json (compared
#             on this machine by tests/consistency/run.sh)
set -u
v=5.5
build=build
make --no-print-directory BUILD="$build" LUA_VERSIONS="$v" all lua >&2 || exit 1
mkdir -p "$build/out"
export LUA_CPATH="$build/lua/$v/?.so;;" LUA_PATH="$build/lua/$v/?.lua;;"
case $1 in
  spec) exec sh tests/lua/busted.sh "lua$v" tests/lua/httpstatus_spec.lua \
         tests/lua/records_spec.lua tests/lua/cli_spec.lua \
         tests/lua/luassert_spec.lua tests/lua/search_spec.lua ;;
  property) exec "lua$v" tests/lua/property.lua 100000 "${2:-$(date +%s)}" ;;
  valgrind) exec sh tests/lua/valgrind.sh "$build" "$v" ;;
  oom)
    cc -std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
      -I"/usr/include/lua$v" -o "$build/oom-$v" tests/lua/oom.c "-llua$v" &&
      exec "$build/oom-$v" "$build/lua/$v" ;;
  rockspec) unset LUA_CPATH LUA_PATH; exec sh tests/lua/rockspec.sh "$build" "$v" ;;
  docs) python3.13 tests/docs/lua_md.py --on "lua$v" docs/lua.md > "$build/docs.sh" &&
        exec sh "$build/docs.sh" ;;
  dump) "lua$v" tests/consistency/dump.lua > "$build/out/dump-$v.json" ;;
  *) echo "forky.sh: no part $1" >&2; exit 2 ;;
esac
