#!/bin/sh
# summary.sh RESULTS  adds up every suite's counts into the closing line.
set -u
passed=0 failed=0
for f in "$1"/*; do
  case $f in *.log) continue ;; esac
  [ -f "$f" ] || continue
  read -r p q < "$f"
  printf '  %-28s %5d passed, %d failed\n' "$(basename "$f")" "$p" "$q"
  passed=$((passed + p)) failed=$((failed + q))
done
[ "$passed" -gt 0 ] || failed=$((failed + 1))   # no test ran: not a pass
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
