#!/bin/sh
# check.sh BUILD KIND...: the suites of `make check`, a contributor's loop
# (the Makefile has built what changed first).  KIND is
#   c       the C registry test and the command's test;
#   python  pytest against BUILD/venv-dev (an editable install of the
#           package on the machine's python3, so the test sees the tree);
#   lua     busted on Lua 5.4;
#   auto    (make check) each kind this machine has the tools for,
#           naming those it leaves out and why; the kinds' build
#           prerequisites are made here (make check-deps-KIND).
# No root, no network (but the first making of BUILD/venv-dev).  Ends with
# tests/results.py's "N passed, N failed".
#
# Left to `make test`: the tests that build an sdist or an editable install
# in a fresh venv (20 s each), stubtest and the leak count (10 s each), the
# sanitizer builds, the other interpreters and suites, and the long property
# runs (1,000 calls here; HS_PROPERTY_CALLS sets it).
set -u
build=${1:-build}
shift
kinds=$*

# What each kind needs that a machine may lack; empty when it has it.
lacks() {
  case $1 in
  c) for t in "${CC:-cc}" jq; do
       command -v "$t" > /dev/null || { echo "$t (a C compiler; jq)"; return; }
     done ;;
  python)
    python3 -c 'import venv, ensurepip, sysconfig, os, sys
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
      2> /dev/null || echo "python3 with venv, ensurepip and Python.h (python3-venv, python3-dev)" ;;
  lua)
    for t in lua5.4 busted; do
      command -v $t > /dev/null || { echo "$t (lua5.4, lua-busted)"; return; }
    done
    [ -f "${HS_LUA_INC:-/usr/include/lua5.4}/lua.h" ] ||
      echo "the Lua 5.4 headers (liblua5.4-dev)" ;;
  esac
}

if [ "$kinds" = auto ]; then
  kinds=""
  for k in c python lua; do
    why=$(lacks $k)
    # make test-mutants needs every kind: a fault must meet all of them.
    if [ -z "$why" ] || [ -n "${HS_CHECK_STOP:-}" ]; then
      kinds="$kinds $k"
    else
      echo "make check: left out check-$k: this machine lacks $why"
      left="${left:-} check-$k"
    fi
  done
  make --no-print-directory $(for k in $kinds; do echo "check-deps-$k"; done) || exit 1
fi

build=$(cd "$build" && pwd) || exit 1
results=$build/check-results
rm -rf "$results"
export HS_CLI="$build/httpstatus"
rec() { sh tests/record.sh "$results" "$@"; }

pytest_k="not sdist_installs and not editable_install and not stubtest and not no_leak"
pytest() {  # the pytest suite on the editable install, from tests/python so
            # that only the installed package imports
  HS_PROPERTY_CALLS=${HS_PROPERTY_CALLS:-1000} rec python-dev sh -c '
    py=$1; shift; cd tests/python &&
    exec "$py" -m pytest -q -p no:cacheprovider --junitxml="$HS_JUNIT" "$@" .' \
    sh "$build/venv-dev/bin/python" "$@" -k "$pytest_k"
}
c() {
  rec c-registry "$build/test_registry" tests/data &&
    rec c-index sh tests/c/index.sh "$build" &&
    rec c-search "$build/test_search" tests/data &&
    rec c-cli sh tests/c/test_cli.sh "$build/httpstatus"
}
lua() {
  LUA_CPATH="$build/lua/5.4/?.so;;" LUA_PATH="$build/lua/5.4/?.lua;;" \
    rec lua-5.4 sh tests/lua/busted.sh lua5.4 tests/lua/httpstatus_spec.lua \
    tests/lua/luassert_spec.lua tests/lua/search_spec.lua
}
has() { case " $kinds " in *" $1 "*) return 0 ;; esac; return 1; }

if [ -n "${HS_CHECK_STOP:-}" ]; then
  # For make test-mutants: the suites one after the other, stopping at the
  # first that fails (pytest at its first failing test).
  { ! has c || c; } && { ! has lua || lua; } && { ! has python || pytest -x; }
else
  # pytest is the longest: it runs beside the others, its report shown after.
  if has python; then pytest > "$build/check-python.out" 2>&1 & fi
  if has c; then c; fi
  if has lua; then lua; fi
  wait
  if has python; then cat "$build/check-python.out"; fi
fi
echo
[ -n "${left:-}" ] && echo "make check left out:${left} (see above)"
python3 tests/results.py "$results"
