#!/bin/sh
# record.sh RESULTS NAME COMMAND...  runs one test command, shows its output
# and leaves "PASSED FAILED" in RESULTS/NAME for tests/summary.sh.  The
# counts come from the command's closing line ("N passed, N failed", or
# pytest's); a command that fails without printing one counts as 1 failed.
set -u
results=$1 name=$2
shift 2
mkdir -p "$results"
log="$results/$name.log"
"$@" > "$log" 2>&1
status=$?
cat "$log"
last=$(grep -E '[0-9]+ (passed|failed)' "$log" | tail -n 1)
count() { printf '%s\n' "$last" | grep -oE "[0-9]+ $1" | grep -oE '[0-9]+'; }
passed=$(count passed) failed=$(count failed)
passed=${passed:-0} failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "$name: exited with status $status" >&2
fi
echo "$passed $failed" > "$results/$name"
echo "== $name: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
