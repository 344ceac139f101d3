#!/bin/sh
# The consistency suite: C, Python and Lua (every interpreter, 5.5 in the
# Debian testing chroot) give the same registry and the same answers to
# bad input.  Needs the venv that
# tests/python/run.sh installs (made here when missing).
set -u
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null || exit 1
[ -x "$build/venv/bin/python" ] || sh scripts/venv.sh "$build/venv" || exit 1
luas=""
for pair in $(sh scripts/luas.sh | tr ' ' ':'); do
  luas="$luas ${pair#*:}:$PWD/$build/lua/${pair%%:*}"
done
# Lua 5.5's dump, made in the chroot (tests/lua/forky.sh), comes back to
# build/out; none there is a mismatch that compare.py reports.
rm -f build/out/dump-5.5.json
sh scripts/forky.sh sh tests/lua/forky.sh dump >&2 ||
  echo "tests/consistency/run.sh: Lua 5.5's dump failed" >&2
luas="$luas lua5.5:@build/out/dump-5.5.json"
# shellcheck disable=SC2086
sh tests/record.sh "$build/results" consistency \
  "$build/venv/bin/python" tests/consistency/compare.py "$build/httpstatus" $luas
