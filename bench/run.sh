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
# One table per CPython (scripts/pythons.sh), each in its own fresh venv;
# those in the Debian testing chroot leave their summary rows in
# build/out, which scripts/forky.sh brings back.
sh scripts/pythons.sh | while read -r v python; do
  echo "== Python $v (bench/python_bench.py)"
  case $python in
  -) echo "Python $v: not found on this machine" ;;
  forky:*)
    sh scripts/forky.sh sh -c 'mkdir -p build/out &&
      sh scripts/venv.sh build/venv-bench "" "$1" &&
      cd /tmp && HS_BENCH_SUMMARY=/src/build/out/summary.txt \
      /src/build/venv-bench/bin/python /src/bench/python_bench.py' \
      bench "${python#forky:}"
    cat "$build/out/summary.txt" >> "$HS_BENCH_SUMMARY"
    rm -rf "$build/out" ;;
  *)
    sh scripts/venv.sh "$build/venv-bench" "" "$python"
    (cd /tmp && "$OLDPWD/$build/venv-bench/bin/python" \
       "$OLDPWD/bench/python_bench.py") ;;
  esac
  echo
done
# PyPy 3.11, Debian testing's pypy3 in the chroot.
echo "== PyPy 3.11 (bench/python_bench.py)"
sh scripts/forky.sh sh -c 'mkdir -p build/out &&
  sh scripts/venv.sh build/venv-bench "" /usr/bin/pypy3 &&
  cd /tmp && HS_BENCH_SUMMARY=/src/build/out/summary.txt \
  /src/build/venv-bench/bin/python /src/bench/python_bench.py'
cat "$build/out/summary.txt" >> "$HS_BENCH_SUMMARY"
rm -rf "$build/out"
echo
# Free-threaded CPython (scripts/ft-python.sh builds it once), GIL off.
for v in $(sh scripts/ft-python.sh --list); do
  echo "== Python ${v}t (bench/python_bench.py)"
  python=$(sh scripts/ft-python.sh "$v")
  sh scripts/venv.sh "$build/venv-bench" "" "$python"
  (cd /tmp && "$OLDPWD/$build/venv-bench/bin/python" \
     "$OLDPWD/bench/python_bench.py")
  echo
done
sh scripts/luas.sh | while read -r v lua; do
  echo
  echo "== Lua: $lua (bench/lua_bench.lua)"
  LUA_CPATH="$build/lua/$v/?.so;;" LUA_PATH="$build/lua/$v/?.lua;;" \
    HS_TRACE="$PWD/$build/luajit-traces.txt" "$lua" bench/lua_bench.lua
done
echo
echo "== OpenResty (bench/openresty_bench.sh)"
sh bench/openresty_bench.sh "$build"

echo
echo "== Summary: ours / anchor, same run (lower is better; OpenResty: requests/s, higher is better)"
awk -F'|' '{ printf "%-16s %-30s %9s   %s\n", $1, $2, $3, $4 }' "$HS_BENCH_SUMMARY"
