#!/bin/sh
# venv.sh VENV [CFLAGS] [PYTHON]: a fresh venv (PYTHON's, default Debian's
# python3) with the package installed the way a user installs it: pip
# install . with build isolation, setuptools and SWIG coming from the build
# requirements in pyproject.toml.  CFLAGS also go to the link (sanitizer
# builds).  The pip log is kept in VENV.pip.log.
set -u
venv=$1 flags=${2:-} python=${3:-/usr/bin/python3}
rm -rf "$venv" build/temp.* build/lib.*   # no objects reused across flags
"$python" -m venv "$venv" || exit 1
# CFLAGS only when given: setuptools puts a set CFLAGS, even an empty one,
# in place of the interpreter's own (and with them its -O2).
if [ -n "$flags" ]; then
  export CFLAGS="$flags" LDFLAGS="$flags"
fi
"$venv/bin/pip" install -q --no-cache-dir \
  --disable-pip-version-check . > "$venv.pip.log" 2>&1 ||
  { cat "$venv.pip.log"; exit 1; }
rm -rf build/temp.* build/lib.*   # a later install must not reuse them
