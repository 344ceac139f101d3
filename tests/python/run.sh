#!/bin/sh
# The Python suites (make test-pythons): the package tested on every
# CPython of scripts/pythons.sh (3.10 to 3.15) and each free-threaded one,
# from source or as the abi3 wheel (below), once more on Debian's 3.11
# built by SWIG 4.1, and once under AddressSanitizer + UBSan.  A version
# that cannot be had fails.
set -u
build=${1:-build}
results="$build/results"
status=0
export HS_CLI="$PWD/$build/httpstatus"

run() {  # run NAME COMMAND...
  sh tests/record.sh "$results" "$@" || status=1
}

# HS_PYTHONS (make test-pythons PY="3.12 asan") names the runs to make, as
# each CI job does for one: a version (3.11 is the source run, the others
# the wheel's), VERSIONt, swig-4.1, asan.  All of them when empty.
want() {
  [ -z "${HS_PYTHONS:-}" ] && return 0
  case " $HS_PYTHONS " in *" $1 "*) return 0 ;; esac
  return 1
}

# The committed type stubs are what make regen-stubs writes.
run python-stubs sh tests/python/stubs.sh "$build"

# Each fact once (tests/README.md, "Which build each CPython runs"):
# from source, Debian's 3.11 (into $build/venv, which the demo and the
# consistency suite use), 3.11 with SWIG 4.1, and each free-threaded
# CPython (no abi3 wheel is theirs); the abi3 wheel of make wheel, the
# one pip gives users, on every other CPython, whose suite also builds
# the sdist and an editable install there (with our warning flags).
sh scripts/pythons.sh > "$build/pythons.txt"
want 3.11 && run python-3.11 env HS_PROPERTY_CALLS=100000 \
  sh tests/python/one.sh "$build/venv" /usr/bin/python3.11
want swig-4.1 && run python-3.11-swig-4.1 sh tests/python/one.sh \
  "$build/venv-swig41" /usr/bin/python3.11 4.1.1

# PyPy 3.11, Debian testing's pypy3 in the chroot: pip install . builds the
# extension for PyPy (no stable ABI there).
want pypy3.11 && run python-pypy3.11 sh scripts/forky.sh sh tests/python/one.sh \
  build/venv-pypy3.11 /usr/bin/pypy3

# Free-threaded CPython, the GIL off (not abi3: built for that
# interpreter), each built once by scripts/ft-python.sh; test_threads.py
# checks that the import leaves the GIL off.
for v in $(sh scripts/ft-python.sh --list); do
  want "${v}t" || continue
  if python=$(sh scripts/ft-python.sh "$v" 2> "$build/ft-python-$v.log"); then
    run "python-${v}t" sh tests/python/one.sh "$build/venv-${v}t" "$python"
  else
    cat "$build/ft-python-$v.log" >&2
    run "python-${v}t" echo "not ok 1 - free-threaded python ${v}t: scripts/ft-python.sh $v failed"
  fi
done

# make wheel: the sdist and the two stable-ABI (abi3) wheels that
# auditwheel tags manylinux, made in $build/python-dist (dist/ is make
# wheels'): every other CPython of the list installs and tests the one pip
# gives it, cp310-abi3 on 3.10, cp312-abi3 from 3.12 on.
dist=$build/python-dist
wheel_runs=$(while read -r v python; do
  [ "$python" != /usr/bin/python3.11 ] && want "$v" && echo "$v"; done < "$build/pythons.txt")
abi3() {  # the newest stable ABI CPython $1 runs, as pip chooses
  case $1 in 3.10|3.11) echo cp310 ;; *) echo cp312 ;; esac
}
# The wheels those runs need (ABI=PYTHON), each made by what make wheel
# makes it with: Debian's 3.11 makes cp310, the 3.12 of the list cp312.
makers=$(for v in $wheel_runs; do abi3 "$v"; done | sort -u | while read -r abi; do
  case $abi in
  cp310) echo "cp310=/usr/bin/python3" ;;
  cp312) echo "cp312=$(awk '$1 == "3.12" { print $2 }' "$build/pythons.txt")" ;;
  esac; done)
[ -n "$wheel_runs" ] && run python-wheel sh -c '. tests/tap.sh
  dist=$1; shift
  DIST=$dist sh scripts/wheel.sh $(for m; do echo "${m#*=}"; done) \
    > "$dist.log" 2>&1 || cat "$dist.log" >&2
  for m; do
    check "make wheel: a ${m%%=*}-abi3 manylinux wheel (abi3audit --strict)" \
      ls "$dist"/*-${m%%=*}-abi3-manylinux*.whl
  done
  check "make wheel: the sdist" ls "$dist"/*.tar.gz
  tap_done' sh "$dist" $makers
while read -r v python; do
  want "$v" || continue
  abi=$(abi3 "$v")
  wheel=$(ls "$dist"/*-$abi-abi3-*.whl 2>/dev/null | head -n 1)
  wheel=${wheel:-$dist/no-$abi-abi3-wheel-was-made.whl}  # then the run fails
  case $python in
  -) run "python-$v" echo "not ok 1 - python $v: not found on this machine" ;;
  /usr/bin/python3.11) ;;  # from source above
  forky:*) run "python-$v-wheel" env HS_CHROOT_IN="$wheel" sh scripts/forky.sh \
             sh tests/python/one.sh "build/venv-$v-wheel" "${python#forky:}" \
             "build/in/${wheel##*/}" ;;
  *) run "python-$v-wheel" sh tests/python/one.sh "$build/venv-$v-wheel" \
       "$python" "$wheel" ;;
  esac
done < "$build/pythons.txt"

# The extension under ASan + UBSan, the interpreter's allocator off so that
# ASan sees the extension's memory; on 3.12, where both of the metaclass's
# calls (vectorcall and tp_call) are reached.  The property test makes its
# full 100,000 calls here and on Debian's interpreter (10,000 on the
# others).
if want asan; then
  san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  sh scripts/venv.sh "$build/venv-asan" "$san -Wno-unused-parameter" \
    "$(awk '$1 == "3.12" { print $2 }' "$build/pythons.txt")" &&
    "$build/venv-asan/bin/pip" install -q --disable-pip-version-check \
      -r tests/python/requirements.txt > "$build/venv-asan.log" 2>&1 ||
    { cat "$build/venv-asan.log"; status=1; }
  (cd tests/python && HS_PROPERTY_CALLS=100000 PYTHONMALLOC=malloc LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
    ASAN_OPTIONS=detect_leaks=0 sh ../record.sh "../../$results" python-asan \
    "../../$build/venv-asan/bin/python" -m pytest -q -p no:cacheprovider \
    --junitxml="$PWD/../../$results/python-asan.xml" \
    -k "not sdist and not console_script and not stubtest and not mypy" .) || status=1
fi
exit $status
