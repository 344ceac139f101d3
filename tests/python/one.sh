#!/bin/sh
# one.sh VENV PYTHON [SWIG | WHEEL]: installs the package into a fresh venv
# of PYTHON the way a user does and runs the pytest suite against it.  With
# SWIG (a version on PyPI, say 4.1.1) the extension is built by that SWIG
# instead: the build requirements of pyproject.toml with swig==SWIG go into
# the venv, pip installs without build isolation with the venv's swig first
# on PATH, and the suite checks that this SWIG made the module.  With WHEEL
# (a .whl file) that wheel is installed, and the suite's own source builds
# (the sdist into a bare venv, an editable install) get our warning flags.
# Our C builds without a warning; SWIG's generated wrappers leave
# parameters unused.
set -u
venv=$1 python=$2 swig=${3:-}
flags="-Wall -Wextra -Wno-unused-parameter -Werror"
pip() {  # quiet, but every line kept in a log that a failure shows
  "$venv/bin/pip" install --disable-pip-version-check "$@" > "$venv.log" 2>&1 ||
    { cat "$venv.log"; return 1; }
}
wheel=""
case $swig in
*.whl)
  rm -rf "$venv"
  "$python" -m venv "$venv" && pip "$swig" || exit 1
  wheel=$swig swig="" ;;
esac
if [ -n "$swig" ]; then
  rm -rf "$venv" build/temp.* build/lib.*
  requires=$("$python" -c 'import sys, tomllib
with open("pyproject.toml", "rb") as f:
    reqs = tomllib.load(f)["build-system"]["requires"]
print(" ".join(r for r in reqs if not r.startswith("swig")))') &&
    "$python" -m venv "$venv" && pip $requires "swig==$swig" &&
    PATH="$PWD/$venv/bin:$PATH" CFLAGS="$flags" \
      pip --no-build-isolation --no-cache-dir . || exit 1
  rm -rf build/temp.* build/lib.*
  export HS_EXPECT_SWIG="$swig"
elif [ -z "$wheel" ]; then
  sh scripts/venv.sh "$venv" "$flags" "$python" || exit 1
fi
# On a free-threaded CPython and on PyPy the newest test tools (hypothesis,
# mypy's ast-serialize) may have no wheel yet, and their sdists build Rust
# crates from the network: there pip takes the newest releases that have
# wheels.
binary=""
"$venv/bin/python" -c 'import sysconfig, sys
sys.exit(not sysconfig.get_config_var("Py_GIL_DISABLED") and
         sys.implementation.name == "cpython")' &&
  binary="--only-binary :all:"
# mypy from 1.19 on needs librt, which has no PyPy build (and mypy 2
# refuses to run on PyPy): PyPy gets the last mypy before it.
"$venv/bin/python" -c 'import sys
sys.exit(sys.implementation.name == "cpython")' &&
  echo "mypy<1.19" > "$venv.constraints" &&
  binary="$binary -c $venv.constraints"
pip $binary -r tests/python/requirements.txt || exit 1
[ -n "$wheel" ] && export CFLAGS="$flags"  # for the suite's source builds
# From tests/python, so that only the installed httpstatus is importable.
cd tests/python || exit 1
exec "../../$venv/bin/python" -m pytest -q -p no:cacheprovider \
  --junitxml="${HS_JUNIT:?run through tests/record.sh}" .
