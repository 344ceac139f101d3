#!/bin/sh
# The platform suite (make test-platform, part of make test): what this
# machine can check of the platforms it is not: the C core and command
# compiled for Windows, the Makefile's macOS rules, setup.py's MSVC flags,
# the cibuildwheel plan, the workflows and the release script; then
# make wheels (x86_64 and aarch64) and the Python suite on the aarch64
# wheel under qemu.  Its tools come from PyPI into $build/venv-platform.
set -u
build=${1:-build}
results=$build/results
status=0
run() {  # run NAME COMMAND...
  sh tests/record.sh "$results" "$@" || status=1
}
venv=$build/venv-platform
rm -rf "$venv"
python3 -m venv "$venv" &&
  "$venv/bin/pip" install --disable-pip-version-check -r tests/platform/requirements.txt \
    > "$venv.log" 2>&1 || { cat "$venv.log"; status=1; }

run platform-windows sh tests/platform/windows.sh "$build"
run platform-darwin sh tests/platform/darwin.sh
run platform-msvc "$venv/bin/python" tests/platform/msvc.py
run platform-cibuildwheel "$venv/bin/python" tests/platform/plan.py
run platform-workflows "$venv/bin/python" tests/platform/workflows.py
run platform-release sh tests/platform/release.sh
run platform-wheels sh tests/platform/wheels.sh "$venv"
run python-aarch64 sh tests/platform/aarch64.sh
exit $status
