#!/bin/sh
# busted.sh LUA SPEC...: runs busted specs on one interpreter and ends with
# the "N passed, N failed" line the suite summary reads (from busted's TAP).
set -u
lua=$1
shift
out=$(busted --lua="$lua" -o TAP "$@" 2>&1)
status=$?
printf '%s\n' "$out"
passed=$(printf '%s\n' "$out" | grep -c '^ok ')
failed=$(printf '%s\n' "$out" | grep -c '^not ok ')
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$lua: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
