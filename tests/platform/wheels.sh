#!/bin/sh
# wheels.sh VENV: make wheels leaves the sdist and one cp310-abi3
# manylinux wheel for each of x86_64 and aarch64 in dist/, each repaired
# by auditwheel, its _core module built for that machine, within the
# stable ABI of 3.10 (abi3audit --strict, VENV's, as cibuildwheel audits
# its wheels), without debug information and under 200 KB.
. tests/tap.sh
venv=$1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
mkdir -p build
sh scripts/wheels.sh > build/wheels.log 2>&1 || cat build/wheels.log >&2
check "make wheels: one sdist" test "$(ls dist/*.tar.gz 2>/dev/null | wc -l)" -eq 1
for arch in x86_64 aarch64; do
  case $arch in
  x86_64) machine="Advanced Micro Devices X86-64" ;;
  aarch64) machine=AArch64 ;;
  esac
  set -- dist/*-cp310-abi3-manylinux*_$arch.whl
  check "$arch: one cp310-abi3 manylinux wheel" test $# -eq 1 -a -f "$1"
  rm -rf "$d/$arch" && python3 -m zipfile -e "$1" "$d/$arch" 2>/dev/null
  so=$d/$arch/httpstatus/_core.abi3.so
  check "$arch: tagged by auditwheel (WHEEL names manylinux_2_*_$arch)" \
    grep -q "^Tag: cp310-abi3-manylinux_2_[0-9]*_$arch\$" "$d/$arch"/*.dist-info/WHEEL
  check "$arch: _core is an ELF module for $machine" sh -c \
    'readelf -h "$1" | grep -q "Machine: *$2\$"' - "$so" "$machine"
  check "$arch: _core has no debug information" sh -c \
    'readelf -S -W "$1" > "$1.sections" && ! grep -q "\.debug_" "$1.sections"' - "$so"
  check "$arch: abi3audit --strict: only the 3.10 stable ABI" sh -c \
    'test -f "$2" && "$1/bin/abi3audit" --strict "$2" > /dev/null' - "$venv" "$1"
  size=$(wc -c < "$so" 2>/dev/null || echo 0)
  check "$arch: _core is under 200 KB ($size bytes)" test "$size" -gt 0 -a "$size" -lt 204800
done
tap_done
