#!/bin/sh
# Every suite of make test runs alone (tests/README.md says so): in a
# fresh copy of the tree, with no build/ at all, each `make test-SUITE`
# of the Makefile's SUITES goes through tests/suite.sh (which makes
# build/results itself and times the suite); then one suite, consistency,
# really runs alone in a copy where only `make` ran, and leaves its
# result and its time.
. tests/tap.sh
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
git ls-files --cached --others --exclude-standard -z |
  tar --null -T - -cf - | tar -C "$d" -xf -
suites=$(make --no-print-directory -s print-suites)
check "make print-suites lists the suites ($suites)" [ -n "$suites" ]
for s in $suites; do
  plan=$(cd "$d" && make -n --no-print-directory "test-$s" 2>&1 | grep -c "tests/suite.sh build $s ")
  check "make test-$s: its own results directory and time (tests/suite.sh)" [ "$plan" = 1 ]
done
(cd "$d" && make --no-print-directory all > "$d/all.log" 2>&1 &&
  make --no-print-directory test-consistency > "$d/alone.log" 2>&1)
rc=$?
[ $rc = 0 ] || tail -n 20 "$d/alone.log" >&2
check "make test-consistency alone after make: passes" [ $rc = 0 ]
check "... and leaves its result" [ -f "$d/build/results/consistency.status" ]
check "... and its wall time" [ -f "$d/build/results/times/consistency" ]
tap_done
