#!/bin/sh
# check.sh BUILD: the suites of `make check`, a contributor's loop (the
# Makefile has built what changed first): the C registry and command tests,
# pytest against BUILD/venv-dev (an editable install of the package on the
# machine's python3, so the test sees the working tree), busted on Lua 5.4.
# No root, no network.  Ends with tests/results.py's "N passed, N failed".
#
# Left to `make test`: the tests that build an sdist or an editable install
# in a fresh venv (20 s each), stubtest and the leak count (10 s each), the
# sanitizer builds, the other interpreters and suites, and the long property
# runs (1,000 calls here; HS_PROPERTY_CALLS sets it).
set -u
build=${1:-build}
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
lua54() {
  LUA_CPATH="$build/lua/5.4/?.so;;" LUA_PATH="$build/lua/5.4/?.lua;;" \
    rec lua-5.4 sh tests/lua/busted.sh lua5.4 tests/lua/httpstatus_spec.lua \
    tests/lua/luassert_spec.lua tests/lua/search_spec.lua
}

if [ -n "${HS_CHECK_STOP:-}" ]; then
  # For make test-mutants: the suites one after the other, stopping at the
  # first that fails (pytest at its first failing test).
  rec c-registry "$build/test_registry" tests/data &&
    rec c-cli sh tests/c/test_cli.sh "$build/httpstatus" &&
    lua54 && pytest -x
else
  # pytest is the longest: it runs beside the others, its report shown after.
  pytest > "$build/check-python.out" 2>&1 &
  rec c-registry "$build/test_registry" tests/data
  rec c-search "$build/test_search" tests/data
  rec c-cli sh tests/c/test_cli.sh "$build/httpstatus"
  lua54
  wait
  cat "$build/check-python.out"
fi
echo
python3 tests/results.py "$results"
