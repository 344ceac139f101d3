#!/bin/sh
# run.sh BUILD SECONDS [RUNS]: builds the libFuzzer targets with ASan +
# UBSan and runs each for SECONDS (or for RUNS executions when given):
#   lookup  the lookups by text and code, hs_status_line (fuzz_lookup.c),
#           seeded with tests/fuzz/corpus plus every name and phrase;
#   cli     the command's argument handling and hs_status_line
#           (fuzz_cli.c), seeded with tests/fuzz/corpus_cli.
# Any crash, leak or undefined behaviour fails; one TAP line per target.
set -u
build=${1:-build}
seconds=${2:-30}
runs=${3:-}
out=$build/fuzz
. tests/tap.sh
san="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
mkdir -p "$out/corpus" "$out/corpus_cli"
clang -std=c99 -g -O1 -Icsrc $san -o "$out/fuzz_lookup" \
  tests/fuzz/fuzz_lookup.c csrc/httpstatus.c csrc/hs_search.c || exit 1
# The core is fuzzed by the lookup target: here it is sanitized but not
# traced for coverage, so that the executions go to the command's code.
clang -std=c99 -g -O1 -Icsrc -fsanitize=address,undefined \
  -fno-sanitize-recover=all -c -o "$out/core-nocov.o" csrc/httpstatus.c &&
clang -std=c99 -g -O1 -Icsrc -fsanitize=address,undefined \
  -fno-sanitize-recover=all -c -o "$out/search-nocov.o" csrc/hs_search.c &&
clang -std=c99 -g -O1 -Icsrc -Icli $san -o "$out/fuzz_cli" \
  tests/fuzz/fuzz_cli.c cli/hs_cli.c "$out/core-nocov.o" "$out/search-nocov.o" || exit 1
cp tests/fuzz/corpus/* "$out/corpus/"
cp tests/fuzz/corpus_cli/* "$out/corpus_cli/"
"$build/httpstatus" --json | jq -r '.[] | .name, .phrase, .phrase_zh, .aliases[]' |
  awk -v dir="$out/corpus" '{ f = dir "/registry_" NR; printf "%s", $0 > f; close(f) }'

# Inputs up to twice the core's lookup bound, so that text just past it is
# tried as often as text within it.
max_len=$(( 2 * $(sed -n 's/^#define HS_LOOKUP_MAX \([0-9]*\).*/\1/p' csrc/httpstatus.h) ))

for target in lookup cli; do
  corpus=$out/corpus
  [ $target = cli ] && corpus=$out/corpus_cli
  limit="-max_total_time=$seconds"
  [ -n "$runs" ] && limit="-runs=$runs"
  start=$(date +%s)
  "$out/fuzz_$target" $limit -max_len=$max_len -close_fd_mask=2 \
    -print_final_stats=1 "$corpus" > "$out/$target.log" 2>&1
  status=$?
  took=$(( $(date +%s) - start ))
  grep -E 'ERROR|SUMMARY' "$out/$target.log" >&2
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$target.log")
  echo "# fuzz $target: ${execs:-?} executions in ${took}s"
  [ "$status" -eq 0 ] || tail -n 40 "$out/$target.log" >&2
  check "fuzz $target: ${execs:-?} executions in ${took}s, no crash" \
    [ "$status" -eq 0 ]
done
tap_done
