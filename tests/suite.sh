#!/bin/sh
# suite.sh BUILD NAME COMMAND...: runs one suite of make test (what
# `make test-NAME` runs), alone or beside others: makes BUILD/results if
# it is missing, so that a suite needs no earlier target, and keeps the
# suite's wall time in BUILD/results/times/NAME for the closing table
# (tests/results.py).  Exits with the command's status.
set -u
build=$1 name=$2
shift 2
mkdir -p "$build/results/times"
start=$(date +%s)
"$@"
status=$?
end=$(date +%s)
echo $((end - start)) > "$build/results/times/$name"
echo "== suite $name: $((end - start)) s, exit status $status"
exit $status
