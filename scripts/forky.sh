#!/bin/sh
# forky.sh CMD...: CMD in the Debian testing (forky) chroot, in a fresh
# copy of this tree at /src (scripts/chroot.sh, which holds its package
# list: CPython 3.13-3.15, PyPy, Lua 5.5, SWIG 4.5).
exec sh "$(dirname "$0")/chroot.sh" forky "$@"
