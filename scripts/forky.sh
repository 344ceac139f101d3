#!/bin/sh
# forky.sh CMD...: runs CMD as root in a Debian testing (forky) chroot, in
# a fresh copy of this source tree at /src, with build/httpstatus beside it;
# what CMD leaves in /src/build/out comes back to build/out.
# The chroot holds the CPythons newer than Debian stable's (3.13, 3.14,
# 3.15, with their test suites), PyPy 3.11, SWIG 4.5 and Lua 5.5 (lua5.5
# and its headers; tests/lua/forky.sh runs the Lua suites there).  It is
# made once with debootstrap (about a minute and 1 GB) and kept in
# FORKY_DIR, outside the clone, so later runs on the same machine reuse it.
set -eu
dir=${FORKY_DIR:-/var/cache/httpstatus/forky}
pythons="3.13 3.14 3.15"
include=gcc,libc6-dev,ca-certificates
for v in $pythons; do
  include=$include,python$v-dev,python$v-venv,libpython$v-testsuite
done
include=$include,lua5.5,liblua5.5-dev
# PyPy 3.11 (the Python suite runs on it too), with its test suite.
include=$include,pypy3,pypy3-dev,pypy3-venv,pypy3-lib-testsuite
# The Lua suite's tools, installed by apt once the chroot is there:
# debootstrap does not follow a dependency's alternatives (luarocks needs
# liblua5.1-dev | liblua5.3-dev), apt does.
packages=$include,lua-busted,lua-dkjson,luarocks,valgrind,make

# One run at a time: runs share the chroot, its /src and its /proc mount.
mkdir -p "$(dirname "$dir")"
exec 9> "$dir.lock"
flock 9

if [ ! -x "$dir/usr/bin/python3.15" ]; then
  command -v debootstrap >/dev/null || {
    echo "forky.sh: debootstrap is missing (make bootstrap installs it)" >&2
    exit 1; }
  # The mirror the machine's own apt configuration names (deb822 sources
  # or the one-line format), and no other: this script names no host.
  mirror=$(sh scripts/apt-mirror.sh) || exit 1
  echo "forky.sh: making the Debian testing chroot in $dir (once)" >&2
  rm -rf "$dir.tmp"
  debootstrap --variant=minbase --include="$include" forky "$dir.tmp" \
    "$mirror" /usr/share/debootstrap/scripts/sid > "$dir.log" 2>&1 ||
    { tail -n 20 "$dir.log" >&2; exit 1; }
  mv "$dir.tmp" "$dir"
fi
# What apt adds, and what a chroot made before a package joined the list
# lacks.
missing=
for p in $(echo "$packages" | tr ',' ' '); do
  [ "$(chroot "$dir" dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null)" = installed ] ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "forky.sh: adding $missing to $dir" >&2
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  # shellcheck disable=SC2086
  { chroot "$dir" apt-get -o Acquire::Check-Valid-Until=false update &&
    DEBIAN_FRONTEND=noninteractive chroot "$dir" apt-get \
      -o Acquire::Check-Valid-Until=false install -y --no-install-recommends $missing
  } > "$dir.log" 2>&1 || { tail -n 20 "$dir.log" >&2; exit 1; }
fi

rm -rf "$dir/src"
mkdir -p "$dir/src"
tar -cf - --exclude=./.git --exclude=./build --exclude='./.venv*' . |
  tar -C "$dir/src" -xf -
if [ -x build/httpstatus ]; then
  mkdir -p "$dir/src/build" && cp build/httpstatus "$dir/src/build/"
fi
# The chroot reaches the network as this machine does: its resolver, its
# trusted certificates (a proxy's CA among them, where there is one) and
# its proxy and pip settings.
cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/" 2>/dev/null || true
set -- /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root \
  LANG=C.UTF-8 HS_CLI=/src/build/httpstatus \
  ${HS_JUNIT:+HS_JUNIT=/src/build/out/junit.xml} \
  $(env | grep -E '^(https?_proxy|no_proxy|HTTPS?_PROXY|NO_PROXY|PIP_INDEX_URL|PIP_DEFAULT_TIMEOUT)=' | tr '\n' ' ') \
  SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
  sh -c 'cd /src && exec "$@"' forky "$@"

mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
status=0
chroot "$dir" "$@" || status=$?
umount "$dir/proc" 2>/dev/null || true
if [ -d "$dir/src/build/out" ]; then
  mkdir -p build/out && cp -R "$dir/src/build/out/." build/out/
fi
# A JUnit result written inside goes where tests/record.sh looks for it.
if [ -n "${HS_JUNIT:-}" ] && [ -f "$dir/src/build/out/junit.xml" ]; then
  mv "$dir/src/build/out/junit.xml" "$HS_JUNIT"
  rm -f build/out/junit.xml
fi
exit $status
