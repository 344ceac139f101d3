#!/bin/sh
# The Lua suite: the busted spec on every interpreter, each with its own
# build of the module, then the module under valgrind; the same on Lua 5.5
# in the Debian testing chroot.
set -u
build=${1:-build}
results=$build/results
status=0
# valgrind.sh runs 5.4 states whatever LUA_VERSIONS holds.
make --no-print-directory BUILD="$build" all lua "$build/lua/5.4/httpstatus/core.so" > /dev/null || exit 1
export HS_CLI="$PWD/$build/httpstatus"

for pair in $(sh scripts/luas.sh | tr ' ' ':'); do
  v=${pair%%:*} lua=${pair#*:}
  LUA_CPATH="$build/lua/$v/?.so;;" LUA_PATH="$build/lua/$v/?.lua;;" \
    sh tests/record.sh "$results" "lua-$v" \
    sh tests/lua/busted.sh "$lua" tests/lua/httpstatus_spec.lua \
    tests/lua/records_spec.lua tests/lua/cli_spec.lua \
    tests/lua/luassert_spec.lua tests/lua/search_spec.lua || status=1
done
# Property test: 100,000 calls with generated arguments on every
# interpreter, the seed printed.
seed=$(date +%s)
for pair in $(sh scripts/luas.sh | tr ' ' ':'); do
  v=${pair%%:*} lua=${pair#*:}
  LUA_CPATH="$build/lua/$v/?.so;;" LUA_PATH="$build/lua/$v/?.lua;;" \
    sh tests/record.sh "$results" "lua-$v-property" \
    "$lua" tests/lua/property.lua 100000 "$seed" || status=1
done

# The spec again with the 5.4 module built under UBSan (its number
# conversions are where undefined behaviour could hide).
make --no-print-directory BUILD="$build/ubsan" CFLAGS="-O1 -g" \
  SANITIZE="-fsanitize=undefined -fno-sanitize-recover=all" \
  "$build/ubsan/lua/5.4/httpstatus/core.so" > /dev/null || exit 1
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LUA_CPATH="$build/ubsan/lua/5.4/?.so;;" LUA_PATH="$build/ubsan/lua/5.4/?.lua;;" \
  sh tests/record.sh "$results" lua-5.4-ubsan \
  sh tests/lua/busted.sh lua5.4 tests/lua/httpstatus_spec.lua \
  tests/lua/records_spec.lua || status=1

# Memory running out at every step of loading and calling the module
# (5.1-5.4: LuaJIT on x86_64 cannot take a custom allocator), under ASan.
# Those of LUA_VERSIONS only (a CI job builds one interpreter's module).
built=" $(sh scripts/luas.sh | cut -d' ' -f1 | tr '\n' ' ') "
for v in 5.1 5.2 5.3 5.4; do
  case $built in *" $v "*) ;; *) continue ;; esac
  cc -std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
    -I"/usr/include/lua$v" -o "$build/oom-$v" tests/lua/oom.c "-llua$v" &&
    sh tests/record.sh "$results" "lua-$v-oom" "$build/oom-$v" "$build/lua/$v" ||
    status=1
done

# Lua 5.5, which Debian stable lacks, in the Debian testing chroot: every
# part above, the rockspec and the lua blocks of docs/lua.md
# (tests/lua/forky.sh).  LUA55=0 (make test-lua LUA55=0) leaves it to
# another run, as CI's per-interpreter jobs do.
if [ "${HS_LUA55:-1}" != 0 ]; then
  for part in spec property valgrind oom rockspec docs; do
    sh tests/record.sh "$results" "lua-5.5-$part" \
      sh scripts/forky.sh sh tests/lua/forky.sh "$part" "$seed" || status=1
  done
fi

# The Lua half is plain Lua that luacheck reads (lua-check from Debian).
sh tests/record.sh "$results" lua-luacheck \
  luacheck --no-color --formatter TAP bindings/lua || status=1
sh tests/record.sh "$results" lua-rockspec sh tests/lua/rockspec.sh "$build" || status=1
sh tests/record.sh "$results" lua-valgrind \
  sh tests/lua/valgrind.sh "$build" || status=1
exit $status
