#!/bin/sh
# wheels.sh (make wheels): the sdist and the manylinux abi3 wheels for
# x86_64 and aarch64 in dist/.  x86_64 is built here by scripts/wheel.sh
# (cp310-abi3 and cp312-abi3); aarch64 by the same script on Debian's
# arm64 CPython (3.11: cp310-abi3; the chroot has no 3.12) in the chroot
# that scripts/arm64.sh keeps (qemu-user-static), and copied back.
set -eu
sh scripts/wheel.sh
rm -rf build/out/arm64-dist
sh scripts/arm64.sh sh -c \
  'sh scripts/wheel.sh /usr/bin/python3 && mkdir -p build/out && cp -R dist build/out/arm64-dist'
cp build/out/arm64-dist/*.whl dist/
ls dist
