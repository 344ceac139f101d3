#!/bin/sh
# openresty_bench.sh BUILD: requests per second of the same nginx handler
# with the phrase from httpstatus and hard-coded, wrk against 127.0.0.1,
# alternating rounds, best of each.  Bounded: ROUNDS x 2 x SECONDS.
set -eu
build=${1:-build}
ROUNDS=${ROUNDS:-5} SECONDS_PER=${SECONDS_PER:-3}
make --no-print-directory BUILD="$build" all lua > /dev/null
exec sh tests/openresty/serve.sh "$build" sh -c '
  rps() { wrk -t1 -c16 -d'"$SECONDS_PER"'s "$HS_URL$1" | awk "/Requests\/sec/ {print \$2}"; }
  best_m=0 best_s=0
  for i in $(seq '"$ROUNDS"'); do
    m=$(rps /bench/module); s=$(rps /bench/static)
    best_m=$(echo "$m $best_m" | awk "{print (\$1 > \$2) ? \$1 : \$2}")
    best_s=$(echo "$s $best_s" | awk "{print (\$1 > \$2) ? \$1 : \$2}")
  done
  printf "%-36s %12s\n" "handler (wrk -t1 -c16, best of '"$ROUNDS"')" "requests/s"
  printf "%-36s %12.0f\n" "hard-coded \"Not Found\" (anchor)" "$best_s"
  printf "%-36s %12.0f\n" "hs.NOT_FOUND + hs.phrase()" "$best_m"
  echo "$best_m $best_s" | awk "{printf \"%-36s %11.3fx\n\", \"ratio (module / hard-coded)\", \$1 / \$2}"
  if [ -n "${HS_BENCH_SUMMARY:-}" ]; then
    echo "$best_m $best_s" | awk "{printf \"OpenResty|requests/s through the module|%.3fx|hard-coded handler\n\", \$1 / \$2}" >> "$HS_BENCH_SUMMARY"
  fi
'
