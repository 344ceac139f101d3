#!/bin/sh
# chroot.sh NAME CMD...: runs CMD as root in the Debian chroot NAME, in a
# fresh copy of this source tree at /src.  Files named in HS_CHROOT_IN
# (space-separated) are copied to /src/build/in/; what CMD leaves in
# /src/build/out comes back to build/out; a JUnit file written to
# $HS_JUNIT inside lands at the caller's $HS_JUNIT (tests/record.sh).
#
#   forky  Debian testing on this machine's architecture: the CPythons
#          newer than stable's (with their test suites), PyPy, Lua 5.5 and
#          SWIG 4.5 (scripts/forky.sh).
#   arm64  Debian stable for arm64 under qemu-user-static: CPython 3.11
#          with its headers, for the aarch64 wheel (scripts/arm64.sh).
#
# Each is made once with debootstrap and kept under /var/cache/httpstatus
# (outside the clone, so later runs on this machine reuse it); a package
# added to its list below is installed into the kept chroot on the next
# run.  One run at a time per chroot (a lock beside it): runs share its
# /src and its /proc mount.  The mirror is the one the machine's apt
# configuration names (scripts/apt-mirror.sh); this script names no host.
set -eu
name=$1
shift
case $name in
forky)
  dir=${FORKY_DIR:-/var/cache/httpstatus/forky}
  arch="" release=forky script=/usr/share/debootstrap/scripts/sid
  # Testing's Release file may be older than apt's freshness limit.
  apt_opts="-o Acquire::Check-Valid-Until=false"
  packages="gcc libc6-dev make ca-certificates
    python3.13-dev python3.13-venv libpython3.13-testsuite
    python3.14-dev python3.14-venv libpython3.14-testsuite
    python3.15-dev python3.15-venv libpython3.15-testsuite
    pypy3 pypy3-dev pypy3-venv pypy3-lib-testsuite
    lua5.5 liblua5.5-dev"
  # The Lua suite's tools, installed by apt once the chroot is there:
  # debootstrap does not follow a dependency's alternatives (luarocks needs
  # liblua5.1-dev | liblua5.3-dev), apt does.
  apt_packages="lua-busted lua-dkjson luarocks valgrind" ;;
arm64)
  dir=${ARM64_DIR:-/var/cache/httpstatus/arm64}
  arch=arm64 release=bookworm script="" apt_opts="" apt_packages=""
  # The build tools, CPython with its headers and venv, and CPython's own
  # test suite (the Python suite runs its http.HTTPStatus tests on ours).
  packages="make gcc libc6-dev ca-certificates
    python3-dev python3-venv libpython3.11-testsuite" ;;
*)
  echo "chroot.sh: no chroot named '$name' (forky, arm64)" >&2
  exit 2 ;;
esac
packages=$(echo $packages)
log=$dir.log

# Another architecture: the kernel runs its programs through qemu once
# binfmt_misc knows it; the F flag opens qemu now, so the chroot needs no
# copy of it.
if [ -n "$arch" ]; then
  binfmt=/proc/sys/fs/binfmt_misc
  [ -f "$binfmt/register" ] || mount -t binfmt_misc binfmt_misc "$binfmt" || {
    echo "chroot.sh: cannot mount binfmt_misc (needs root)" >&2; exit 1; }
  if [ ! -f "$binfmt/qemu-aarch64" ]; then
    conf=/usr/lib/binfmt.d/qemu-aarch64.conf
    [ -f "$conf" ] || {
      echo "chroot.sh: $conf is missing (make bootstrap installs qemu-user-static)" >&2
      exit 1; }
    cat "$conf" > "$binfmt/register"
  fi
fi

mkdir -p "$(dirname "$dir")"
exec 9> "$dir.lock"
flock 9

# Made whole in $dir.tmp, then renamed: $dir is there only when complete.
if [ ! -d "$dir" ]; then
  command -v debootstrap >/dev/null || {
    echo "chroot.sh: debootstrap is missing (make bootstrap installs it)" >&2
    exit 1; }
  mirror=$(sh scripts/apt-mirror.sh)
  echo "chroot.sh: making the Debian $release${arch:+ $arch} chroot in $dir (once)" >&2
  rm -rf "$dir.tmp"
  debootstrap ${arch:+--arch=$arch} --variant=minbase \
    --include="$(echo "$packages" | tr ' ' ,)" "$release" "$dir.tmp" "$mirror" \
    $script > "$log" 2>&1 || { tail -n 20 "$log" >&2; exit 1; }
  mv "$dir.tmp" "$dir"
fi
mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
trap 'umount "$dir/proc" 2>/dev/null || true' EXIT
# The chroot reaches the network as this machine does: its resolver, its
# trusted certificates (a proxy's CA among them, where there is one) and
# its proxy and pip settings (below).
cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/" 2>/dev/null || true

# A package added to the list since the chroot was made is installed now.
missing=$(chroot "$dir" dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' \
  $packages $apt_packages 2>&1 | awk '$1 != "ii" { print $NF }')
if [ -n "$missing" ]; then
  echo "chroot.sh: installing in the $name chroot:" $missing >&2
  { chroot "$dir" apt-get $apt_opts update -qq &&
    chroot "$dir" env DEBIAN_FRONTEND=noninteractive \
      apt-get $apt_opts install -y -qq --no-install-recommends $missing
  } > "$log" 2>&1 || { tail -n 20 "$log" >&2; exit 1; }
fi

rm -rf "$dir/src"
mkdir -p "$dir/src/build/in" "$dir/src/build/out"
# The sources as git sees them (tracked and new files, not what builds
# leave in the tree, which make test's other lane may be writing); all but
# build/ and dist/ where there is no git.
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  git ls-files --cached --others --exclude-standard -z |
    tar --null -T - -cf - | tar -C "$dir/src" -xf -
else
  tar -cf - --exclude=./.git --exclude=./build --exclude=./dist \
    --exclude='./.venv*' . | tar -C "$dir/src" -xf -
fi
for f in ${HS_CHROOT_IN:-}; do cp "$f" "$dir/src/build/in/"; done
# The command built here runs there when the architecture is the same.
cli=""
if [ -z "$arch" ] && [ -x build/httpstatus ]; then
  cp build/httpstatus "$dir/src/build/" && cli=HS_CLI=/src/build/httpstatus
fi
set -- /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
  $(env | grep -E '^(https?_proxy|no_proxy|HTTPS?_PROXY|NO_PROXY|PIP_INDEX_URL|PIP_DEFAULT_TIMEOUT|HS_[A-Z_]*)=' |
      grep -v -E '^HS_(JUNIT|CLI|CHROOT_IN)=' | tr '\n' ' ') \
  $cli ${HS_JUNIT:+HS_JUNIT=/src/build/out/junit.xml} \
  SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
  sh -c 'cd /src && exec "$@"' "$name" "$@"

status=0
chroot "$dir" "$@" || status=$?
mkdir -p build/out && cp -R "$dir/src/build/out/." build/out/
if [ -n "${HS_JUNIT:-}" ] && [ -f build/out/junit.xml ]; then
  mv build/out/junit.xml "$HS_JUNIT"
fi
exit $status
