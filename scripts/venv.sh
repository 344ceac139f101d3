#!/bin/sh
# venv.sh VENV [CFLAGS]: a fresh venv with the package installed the way a
# user installs it (PyPI is unreachable: system site packages, no build
# isolation).  CFLAGS also go to the link, for sanitizer builds.
set -u
venv=$1 flags=${2:-}
rm -rf "$venv" build/temp.* build/lib.*   # no objects reused across flags
/usr/bin/python3 -m venv --system-site-packages "$venv" || exit 1
CFLAGS="$flags" LDFLAGS="$flags" "$venv/bin/pip" install -q --no-build-isolation \
  --no-cache-dir . > "$venv.pip.log" 2>&1 || { cat "$venv.pip.log"; exit 1; }
rm -rf build/temp.* build/lib.*   # a later plain install must not reuse them
