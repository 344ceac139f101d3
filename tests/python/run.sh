#!/bin/sh
# The Python suite: install the package into a fresh venv the way a user
# does (pip, no build isolation: PyPI is not reachable) and run pytest
# against the installed copy.
set -u
build=${1:-build}
venv=$build/venv
rm -rf "$venv"
/usr/bin/python3 -m venv --system-site-packages "$venv" || exit 1
"$venv/bin/pip" install -q --no-build-isolation --no-cache-dir . > "$build/pip.log" 2>&1 ||
  { cat "$build/pip.log"; exit 1; }
export HS_CLI="$PWD/$build/httpstatus"
# Run from tests/python so that only the installed httpstatus is importable.
cd tests/python && sh ../record.sh "../../$build/results" python \
  "../../$venv/bin/python" -m pytest -q -p no:cacheprovider .
