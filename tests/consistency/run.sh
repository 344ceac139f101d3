#!/bin/sh
# The consistency suite: C, Python and Lua (every interpreter) give the same
# registry and the same answers to bad input.  Needs the venv that
# tests/python/run.sh installs.
set -u
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null || exit 1
[ -x "$build/venv/bin/python" ] || sh tests/python/run.sh "$build" > /dev/null
luas=""
for v in 5.1 5.2 5.3 5.4 jit; do
  case $v in jit) lua=luajit ;; *) lua=lua$v ;; esac
  luas="$luas $lua:$PWD/$build/lua/$v"
done
# shellcheck disable=SC2086
sh tests/record.sh "$build/results" consistency \
  "$build/venv/bin/python" tests/consistency/compare.py "$build/httpstatus" $luas
