#!/bin/sh
# arm64.sh CMD...: runs CMD as root in a Debian stable arm64 chroot under
# qemu-user-static, in a fresh copy of this source tree at /src; what CMD
# leaves in /src/build/out comes back to build/out.  The chroot has
# Debian's CPython 3.11 (with python3-dev and gcc to build the extension);
# it is made once with debootstrap --arch=arm64 and kept in ARM64_DIR,
# outside the clone, so later runs on the same machine reuse it.
set -eu
dir=${ARM64_DIR:-/var/cache/httpstatus/arm64}
# What the chroot holds besides a minimal Debian: the build tools, and
# CPython with its headers, venv and its own test suite (the Python suite
# runs CPython's http.HTTPStatus tests against ours).
packages="make gcc libc6-dev python3-dev python3-venv libpython3.11-testsuite ca-certificates"

# The kernel runs arm64 programs through qemu once binfmt_misc knows it;
# the F flag opens qemu now, so the chroot needs no copy of it.
binfmt=/proc/sys/fs/binfmt_misc
[ -f "$binfmt/register" ] || mount -t binfmt_misc binfmt_misc "$binfmt" || {
  echo "arm64.sh: cannot mount binfmt_misc (needs root)" >&2; exit 1; }
if [ ! -f "$binfmt/qemu-aarch64" ]; then
  conf=/usr/lib/binfmt.d/qemu-aarch64.conf
  [ -f "$conf" ] || {
    echo "arm64.sh: $conf is missing (make bootstrap installs qemu-user-static)" >&2
    exit 1; }
  cat "$conf" > "$binfmt/register"
fi

# One run at a time: runs share the chroot, its /src and its /proc mount.
mkdir -p "$(dirname "$dir")"
exec 9> "$dir.lock"
flock 9

# Made whole in $dir.tmp, then renamed: $dir is there only when complete.
if [ ! -d "$dir" ]; then
  command -v debootstrap >/dev/null || {
    echo "arm64.sh: debootstrap is missing (make bootstrap installs it)" >&2
    exit 1; }
  # The mirror the machine's own apt configuration names, and no other.
  mirror=$(sh scripts/apt-mirror.sh) || exit 1
  echo "arm64.sh: making the Debian arm64 chroot in $dir (once)" >&2
  rm -rf "$dir.tmp"
  debootstrap --arch=arm64 --variant=minbase --include="$(echo $packages | tr ' ' ,)" bookworm \
    "$dir.tmp" "$mirror" > "$dir.log" 2>&1 ||
    { tail -n 20 "$dir.log" >&2; exit 1; }
  mv "$dir.tmp" "$dir"
fi
mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
trap 'umount "$dir/proc" 2>/dev/null || true' EXIT
# The network as this machine reaches it (see forky.sh).
cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/" 2>/dev/null || true
# A package added to the list since the chroot was made is installed now.
missing=$(chroot "$dir" dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $packages 2>&1 |
  awk '$1 != "ii" { print $NF }')
if [ -n "$missing" ]; then
  echo "arm64.sh: installing in the chroot:" $missing >&2
  { chroot "$dir" apt-get update -qq &&
    chroot "$dir" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends $missing; } > "$dir.log" 2>&1 ||
    { tail -n 20 "$dir.log" >&2; exit 1; }
fi

rm -rf "$dir/src"
mkdir -p "$dir/src"
tar -cf - --exclude=./.git --exclude=./build --exclude=./dist \
  --exclude='./.venv*' . | tar -C "$dir/src" -xf -
mkdir -p "$dir/src/build/out"
for f in ${ARM64_IN:-}; do cp "$f" "$dir/src/build/out/"; done
set -- /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root \
  LANG=C.UTF-8 ${HS_JUNIT:+HS_JUNIT=/src/build/out/junit.xml} \
  $(env | grep -E '^(https?_proxy|no_proxy|HTTPS?_PROXY|NO_PROXY|PIP_INDEX_URL|PIP_DEFAULT_TIMEOUT|HS_[A-Z_]*)=' | grep -v '^HS_JUNIT=' | tr '\n' ' ') \
  SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
  sh -c 'cd /src && exec "$@"' arm64 "$@"

status=0
chroot "$dir" "$@" || status=$?
mkdir -p build/out && cp -R "$dir/src/build/out/." build/out/
if [ -n "${HS_JUNIT:-}" ] && [ -f build/out/junit.xml ]; then
  mv build/out/junit.xml "$HS_JUNIT"
fi
exit $status
