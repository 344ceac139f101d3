#!/bin/sh
# arm64.sh CMD...: CMD in the Debian stable arm64 chroot under
# qemu-user-static, in a fresh copy of this tree at /src
# (scripts/chroot.sh, which holds its package list).
exec sh "$(dirname "$0")/chroot.sh" arm64 "$@"
