#!/bin/sh
# make check for each kind of contributor (tests/check.sh): in a fresh
# copy of the tree, on a machine without the Lua 5.4 headers (the
# Makefile's LUA_INC_5.4 pointed at a directory without them), `make
# check` names what it left out and why, runs the C and Python loops and
# passes; check-python's build needs nothing of Lua.
. tests/tap.sh
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
git ls-files --cached --others --exclude-standard -z |
  tar --null -T - -cf - | tar -C "$d" -xf -
mkdir -p "$d/no-lua"
lua_steps=$(cd "$d" && make -n --no-print-directory check-python | grep -c -i lua)
check "make check-python builds nothing of Lua" [ "$lua_steps" = 0 ]
(cd "$d" && make --no-print-directory check LUA_INC_5.4="$d/no-lua" > "$d/check.log" 2>&1)
rc=$?
[ $rc = 0 ] || tail -n 30 "$d/check.log" >&2
check "make check without the Lua headers passes" [ $rc = 0 ]
check "... names check-lua as left out, with the package" \
  grep -q "left out check-lua: this machine lacks the Lua 5.4 headers (liblua5.4-dev)" "$d/check.log"
check "... ran the C loop" [ -f "$d/build/check-results/c-registry.status" ]
check "... ran the Python loop" [ -f "$d/build/check-results/python-dev.status" ]
check "... and no Lua" [ ! -f "$d/build/check-results/lua-5.4.status" ]
tap_done
