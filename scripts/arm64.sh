#!/bin/sh
# arm64.sh CMD...: runs CMD as root in a Debian stable arm64 chroot under
# qemu-user-static, in a fresh copy of this source tree at /src; what CMD
# leaves in /src/build/out comes back to build/out.  The chroot has
# Debian's CPython 3.11 (with python3-dev and gcc to build the extension);
# it is made once with debootstrap --arch=arm64 and kept in ARM64_DIR,
# outside the clone, so later runs on the same machine reuse it.
set -eu
dir=${ARM64_DIR:-/var/cache/httpstatus/arm64}
include=make,gcc,libc6-dev,python3-dev,python3-venv,ca-certificates

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

# Made whole in $dir.tmp, then renamed: $dir is there only when complete,
# and made again when the package list above changes.
if [ "$(cat "$dir/.include" 2>/dev/null)" != "$include" ]; then
  command -v debootstrap >/dev/null || {
    echo "arm64.sh: debootstrap is missing (make bootstrap installs it)" >&2
    exit 1; }
  # The mirror the machine's own apt configuration names, and no other.
  mirror=$(sh scripts/apt-mirror.sh) || exit 1
  echo "arm64.sh: making the Debian arm64 chroot in $dir (once)" >&2
  rm -rf "$dir.tmp"
  debootstrap --arch=arm64 --variant=minbase --include="$include" bookworm \
    "$dir.tmp" "$mirror" > "$dir.log" 2>&1 ||
    { tail -n 20 "$dir.log" >&2; exit 1; }
  echo "$include" > "$dir.tmp/.include"
  umount "$dir/proc" 2>/dev/null || true
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
fi

rm -rf "$dir/src"
mkdir -p "$dir/src"
tar -cf - --exclude=./.git --exclude=./build --exclude=./dist \
  --exclude='./.venv*' . | tar -C "$dir/src" -xf -
mkdir -p "$dir/src/build/out"
for f in ${ARM64_IN:-}; do cp "$f" "$dir/src/build/out/"; done
# The network as this machine reaches it (see forky.sh).
cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/" 2>/dev/null || true
set -- /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root \
  LANG=C.UTF-8 ${HS_JUNIT:+HS_JUNIT=/src/build/out/junit.xml} \
  $(env | grep -E '^(https?_proxy|no_proxy|HTTPS?_PROXY|NO_PROXY|PIP_INDEX_URL|PIP_DEFAULT_TIMEOUT|HS_[A-Z_]*)=' | grep -v '^HS_JUNIT=' | tr '\n' ' ') \
  SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
  sh -c 'cd /src && exec "$@"' arm64 "$@"

mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
trap 'umount "$dir/proc" 2>/dev/null || true' EXIT
status=0
chroot "$dir" "$@" || status=$?
mkdir -p build/out && cp -R "$dir/src/build/out/." build/out/
if [ -n "${HS_JUNIT:-}" ] && [ -f build/out/junit.xml ]; then
  mv build/out/junit.xml "$HS_JUNIT"
fi
exit $status
