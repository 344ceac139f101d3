#!/bin/sh
# ft-python.sh VERSION: prints the path of a free-threaded CPython VERSION
# (python3.13t: built with --disable-gil), building it once from Debian's
# own CPython source and keeping it in FT_PYTHON_DIR, outside the clone
# (like the forky chroot), so later runs on the same machine reuse it.
# Debian ships no free-threaded interpreter as a package (no python3.X-nogil
# in testing or unstable), hence the build: the upstream tarball of
# Debian's python3.X source package (apt-get source, from the mirror that
# this machine's apt configuration names, with its own apt state, so that
# neither the machine's nor the chroot's sources change), no Debian patches,
# no PGO, no tests run.  A few minutes on 2 cores (tests/README.md).
#
#   ft-python.sh --list   the versions the test suite runs free-threaded
#
# The list is the versions whose source Debian's mirror serves here: it
# answers 404 for every python3.14 and python3.15 source (forky and sid)
# while it serves python3.13's, so 3.14t and 3.15t cannot be built on this
# machine (FT_VERSIONS="3.13 3.14 3.15" asks for them where it can).
set -eu
FT_VERSIONS=${FT_VERSIONS:-3.13}
if [ "${1:-}" = --list ]; then
  echo "$FT_VERSIONS"
  exit 0
fi
v=${1:?usage: ft-python.sh VERSION (3.13, 3.14, ...) | --list}
root=${FT_PYTHON_DIR:-/var/cache/httpstatus/ft-python}
prefix=$root/${v}t
python=$prefix/bin/python${v}t
here=$(cd "$(dirname "$0")/.." && pwd)

mkdir -p "$root"
exec 9> "$root/$v.lock"  # one build of a version at a time
flock 9
if [ -x "$python" ]; then
  echo "$python"
  exit 0
fi

# What CPython's build needs beyond a C compiler for pip to work (ssl,
# zlib) and for ctypes; scripts/bootstrap.sh installs them.
for p in make gcc libssl-dev zlib1g-dev libffi-dev xz-utils; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed' || {
    echo "ft-python.sh: $p is missing (make bootstrap installs it)" >&2
    exit 1; }
done

mirror=$(sh "$here/scripts/apt-mirror.sh")
work=$(mktemp -d "$root/build-$v.XXXXXX")
trap 'rm -rf "$work"' EXIT
log=$root/${v}t.log
start=$(date +%s)
echo "ft-python.sh: building free-threaded CPython $v in $prefix (once; log: $log)" >&2
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
echo "deb-src $mirror forky main" > "$work/sources.list"
apt() {
  apt-get -q -o Dir::Etc::SourceList="$work/sources.list" \
    -o Dir::Etc::SourceParts=/nonexistent -o Dir::State::Lists="$work/lists" \
    -o Dir::Cache="$work/cache" "$@"
}
{ apt update && (cd "$work/src" && apt source --download-only "python$v"); } \
  > "$log" 2>&1 || {
  grep -E '^(E|Err):' "$log" >&2 || tail -n 5 "$log" >&2
  echo "ft-python.sh: the mirror $mirror gives no source of python$v" >&2
  exit 1; }
tar -C "$work" -xf "$work"/src/python"$v"_*.orig.tar.*
cd "$work"/Python-*
{ ./configure --prefix="$prefix" --disable-gil &&
  make -j"$(nproc)" &&
  make install DESTDIR="$work/stage"; } >> "$log" 2>&1 ||
  { tail -n 30 "$log" >&2; exit 1; }
mv "$work/stage$prefix" "$prefix"
"$python" -c 'import sys, ssl, zlib, ctypes
assert not sys._is_gil_enabled()' >> "$log" 2>&1 || {
  echo "ft-python.sh: the build runs with the GIL, or lacks ssl/zlib/ctypes" >&2
  tail -n 5 "$log" >&2
  rm -rf "$prefix"
  exit 1; }
echo "ft-python.sh: CPython ${v}t built in $(( $(date +%s) - start )) s" | tee -a "$log" >&2
echo "$python"
