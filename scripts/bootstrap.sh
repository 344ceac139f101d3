#!/bin/sh
# bootstrap.sh - installs the Debian packages the build, the demo and the
# tests need, and nothing when they are all there.  Needs root on Debian;
# anywhere else it says what to install and stops.
set -eu

# One list: what each package is for.
packages="
make gcc g++ libc6-dev pkg-config jq curl git python3
swig python3-dev python3-venv python3-pip python3-setuptools python3-wheel python3-pytest
libpython3.11-testsuite debootstrap
lua5.1 liblua5.1-0-dev lua5.2 liblua5.2-dev lua5.3 liblua5.3-dev lua5.4 liblua5.4-dev
luajit2 libluajit2-5.1-dev luarocks lua-busted lua-cjson lua-dkjson lua-check
nginx-light libnginx-mod-http-lua lua-resty-core wrk
valgrind clang libclang-rt-14-dev procps
libssl-dev zlib1g-dev libffi-dev xz-utils
gcc-mingw-w64-x86-64 qemu-user-static binutils
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ ! -f /etc/debian_version ] || ! command -v apt-get >/dev/null; then
  echo "bootstrap: not a Debian system; install the equivalents of:$missing" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "bootstrap: missing packages; as root run:" >&2
  echo "  apt-get update && apt-get install -y$missing" >&2
  exit 1
fi
echo "bootstrap: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Debian's luajit conflicts with luajit2 (OpenResty's, which nginx's Lua
# module links against); luajit2 replaces it.
apt-get install -y -qq --no-install-recommends $missing > /dev/null
