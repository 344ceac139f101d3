#!/bin/sh
# aarch64.sh (make test-aarch64): the aarch64 wheel that make wheels left
# in dist/, installed into Debian's arm64 CPython in the chroot of
# scripts/arm64.sh (qemu-user-static), with the Python suite run against
# it as cibuildwheel runs it (tests/platform/wheel_suite.py).
set -u
wheel=$(ls dist/*-cp310-abi3-manylinux*_aarch64.whl 2>/dev/null | head -n 1)
if [ -z "$wheel" ]; then
  echo "aarch64.sh: no aarch64 wheel in dist/ (run make wheels first)" >&2
  exit 1
fi
HS_CHROOT_IN=$wheel exec sh scripts/arm64.sh sh -c '
  [ "$(uname -m)" = aarch64 ] || { echo "aarch64.sh: running on $(uname -m)" >&2; exit 1; }
  python3 -m venv build/venv &&
    build/venv/bin/pip install --disable-pip-version-check --no-compile build/in/*.whl \
      setuptools -r tests/python/requirements.txt > build/pip.log 2>&1 ||
    { cat build/pip.log >&2; exit 1; }
  exec build/venv/bin/python tests/platform/wheel_suite.py .'
