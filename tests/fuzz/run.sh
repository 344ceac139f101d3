#!/bin/sh
# run.sh BUILD SECONDS: builds the libFuzzer target with ASan + UBSan and
# runs it for SECONDS on the seed corpus plus every name, old name and
# phrase from the registry.  Any crash fails; ends with "N passed, N failed".
set -u
build=${1:-build}
seconds=${2:-30}
out=$build/fuzz
mkdir -p "$out/corpus"
clang -std=c99 -g -O1 -Icsrc -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=all -o "$out/fuzz_lookup" \
  tests/fuzz/fuzz_lookup.c csrc/httpstatus.c || exit 1
cp tests/fuzz/corpus/* "$out/corpus/"
"$build/httpstatus" --json | jq -r '.[] | .name, .phrase, .phrase_zh, .aliases[]' |
  awk -v dir="$out/corpus" '{ f = dir "/registry_" NR; printf "%s", $0 > f; close(f) }'
"$out/fuzz_lookup" -max_total_time="$seconds" -max_len=512 -print_final_stats=1 \
  "$out/corpus" > "$out/fuzz.log" 2>&1
status=$?
grep -E 'stat::number_of_executed_units|Done [0-9]+ runs|ERROR|SUMMARY' "$out/fuzz.log"
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz.log")
if [ "$status" -eq 0 ]; then
  echo "fuzz: ${runs:-?} executions in ${seconds}s, no crash"
  echo "1 passed, 0 failed"
else
  tail -n 40 "$out/fuzz.log"
  echo "0 passed, 1 failed"
fi
[ "$status" -eq 0 ]
