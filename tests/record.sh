#!/bin/sh
# record.sh RESULTS NAME COMMAND...  runs one test command and keeps its
# machine-readable result for tests/results.py:
#   RESULTS/NAME.xml  JUnit XML, when the command wrote one to $HS_JUNIT
#                     (pytest --junitxml);
#   RESULTS/NAME.tap  otherwise its stdout, read as TAP.
# RESULTS/NAME.expected says the suite ran (no result then is a failure),
# RESULTS/NAME.status keeps its exit status.  Shows what the command said
# but its "ok" lines, then "== NAME: N passed, N failed".
set -u
results=$1 name=$2
shift 2
mkdir -p "$results"
rm -f "$results/$name".*
: > "$results/$name.expected"
HS_JUNIT=$(cd "$results" && pwd)/$name.xml
export HS_JUNIT
"$@" > "$results/$name.tap" 2> "$results/$name.err"
echo $? > "$results/$name.status"
grep -av '^ok ' "$results/$name.tap"
cat "$results/$name.err"
python3 "$(dirname "$0")/results.py" "$results" "$name"
