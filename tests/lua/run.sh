#!/bin/sh
# The Lua suite: the busted spec on every interpreter, each with its own
# build of the module, then the module under valgrind.
set -u
build=${1:-build}
results=$build/results
status=0
make --no-print-directory BUILD="$build" all lua > /dev/null || exit 1
export HS_CLI="$PWD/$build/httpstatus"

for v in 5.1 5.2 5.3 5.4 jit; do
  case $v in jit) lua=luajit ;; *) lua=lua$v ;; esac
  LUA_CPATH="$build/lua/$v/?.so;;" \
    sh tests/record.sh "$results" "lua-$v" \
    sh tests/lua/busted.sh "$lua" tests/lua/httpstatus_spec.lua || status=1
done
sh tests/record.sh "$results" lua-rockspec sh tests/lua/rockspec.sh "$build" || status=1
sh tests/record.sh "$results" lua-valgrind \
  sh tests/lua/valgrind.sh "$build" || status=1
exit $status
