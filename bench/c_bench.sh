#!/bin/sh
# c_bench.sh BUILD: the C timings, then instruction counts per call under
# callgrind (repeatable where timings are noisy), both against the switch.
set -eu
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null
cc -std=c99 -O2 -g -Icsrc -o "$build/c_bench" bench/c_bench.c "$build/libhttpstatus.a"
"$build/c_bench" | tee "$build/c_bench.txt"
n=1000000
ir() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$build/c_bench" "$1" $n 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=$(ir none) sw=$(ir switch)
printf '%-28s %9s %7s\n' "callgrind" "Ir/call" "ratio"
for mode in switch hs_get hs_phrase; do
  echo "$mode $(ir $mode) $base $sw $n" |
    awk '{ per = ($2 - $3) / $5; anchor = ($4 - $3) / $5;
           printf "%-28s %9.2f %6.2fx\n", $1, per, per / anchor }'
done | tee "$build/c_callgrind.txt"
# hs_lookup of each text form against hs_lookup("404"), time and
# instructions (the goal: every form, hit or miss, at most 3x).
cc -std=c99 -O2 -g -Icsrc -o "$build/c_lookup_bench" bench/c_lookup_bench.c "$build/libhttpstatus.a"
echo
"$build/c_lookup_bench" | tee "$build/c_lookup_bench.txt"
lir() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$build/c_lookup_bench" "$1" 200000 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo
printf '%-40s %9s %7s\n' "callgrind hs_lookup(text)" "Ir/call" "ratio"
lbase=$(lir -1) l404=$(lir 0)
sed -n '2,/^$/p' "$build/c_lookup_bench.txt" | sed '$d' | awk '{ sub(/ +[0-9.]+ +[0-9.]+x.*$/, ""); print }' |
  while IFS= read -r form; do
    i=$((${i:--1} + 1))
    echo "$i $(lir $i) $lbase $l404" | awk -v form="$form" '{ per = ($2 - $3) / 200000;
      anchor = ($4 - $3) / 200000; printf "%-40s %9.1f %6.2fx\n", form, per, per / anchor }'
  done | tee "$build/c_lookup_callgrind.txt"
if [ -n "${HS_BENCH_SUMMARY:-}" ]; then   # rows for make bench's table
  awk '$1 ~ /^hs_/ { print "C time|" $1 "|" $3 "|switch" }' "$build/c_bench.txt" >> "$HS_BENCH_SUMMARY"
  awk '$1 ~ /^hs_/ { print "C instructions|" $1 "|" $3 "|switch" }' "$build/c_callgrind.txt" >> "$HS_BENCH_SUMMARY"
  sed -n '3,/^$/p' "$build/c_lookup_bench.txt" | sed '$d' |
    awk '{ r = $NF; sub(/ +[0-9.]+ +[0-9.]+x$/, ""); print "C time|hs_lookup(\"" $0 "\")|" r "|hs_lookup(\"404\")" }' >> "$HS_BENCH_SUMMARY"
fi
