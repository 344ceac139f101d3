#!/bin/sh
# run.sh BUILD: every benchmark, each a ratio against its anchor measured in
# the same run.  Not a test: nothing here fails on timing.
set -eu
build=${1:-build}
export HS_BENCH_SUMMARY="$PWD/$build/bench-summary.txt"
rm -f "$HS_BENCH_SUMMARY"
echo "httpstatus benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
echo
echo "== C (make bench: bench/c_bench.sh)"
sh bench/c_bench.sh "$build"
echo
echo "== Python (bench/python_bench.py)"
sh scripts/venv.sh "$build/venv"
(cd /tmp && "$OLDPWD/$build/venv/bin/python" "$OLDPWD/bench/python_bench.py")
sh scripts/luas.sh | while read -r v lua; do
  echo
  echo "== Lua: $lua (bench/lua_bench.lua)"
  LUA_CPATH="$build/lua/$v/?.so;;" "$lua" bench/lua_bench.lua
done
echo
echo "== OpenResty (bench/openresty_bench.sh)"
sh bench/openresty_bench.sh "$build"

echo
echo "== Summary: ours / anchor, same run (lower is better; OpenResty: requests/s, higher is better)"
awk -F'|' '{ printf "%-16s %-30s %9s   %s\n", $1, $2, $3, $4 }' "$HS_BENCH_SUMMARY"
