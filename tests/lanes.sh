#!/bin/sh
# lanes.sh BUILD "SUITE..." "SUITE..." ...: make test's runner.  Each
# argument is a lane: its suites run one after another (`make test-SUITE`),
# and the lanes run side by side, one per core.  A suite's output is kept
# in BUILD/results/logs/SUITE.log and shown whole when the suite ends, so
# two lanes never interleave their lines.  Then tests/results.py adds up
# every result and lists each suite's wall time.  Exits 1 when anything
# failed.
set -u
build=$1
shift
logs=$build/results/logs
mkdir -p "$logs"
: > "$logs/.lock"

lane() {  # lane "SUITE...": the suites in turn; 1 when one failed
  rc=0
  for s in $1; do
    echo "-- $s: started $(date -u +%H:%M:%S)"
    make --no-print-directory test-"$s" > "$logs/$s.log" 2>&1 || rc=1
    # One lane prints at a time.
    flock "$logs/.lock" sh -c 'echo "-- $1: finished $(date -u +%H:%M:%S)"; cat "$2"' \
      sh "$s" "$logs/$s.log"
  done
  return $rc
}

start=$(date +%s)
pids=""
for suites in "$@"; do
  lane "$suites" &
  pids="$pids $!"
done
status=0
for p in $pids; do wait "$p" || status=1; done
echo
echo "make test: the lanes took $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s"
python3 tests/results.py "$build/results" || status=1
exit $status
