#!/bin/sh
# The consistency suite: C, Python and Lua (every interpreter) give the same
# registry and the same answers to bad input.  Needs the venv that
# tests/python/run.sh installs (made here when missing).
set -u
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null || exit 1
[ -x "$build/venv/bin/python" ] || sh scripts/venv.sh "$build/venv" || exit 1
luas=""
for pair in $(sh scripts/luas.sh | tr ' ' ':'); do
  luas="$luas ${pair#*:}:$PWD/$build/lua/${pair%%:*}"
done
# shellcheck disable=SC2086
sh tests/record.sh "$build/results" consistency \
  "$build/venv/bin/python" tests/consistency/compare.py "$build/httpstatus" $luas
