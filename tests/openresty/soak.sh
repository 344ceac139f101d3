#!/bin/sh
# soak.sh: under serve.sh with two workers, wrk asks /var/CODE for codes
# registered and not, whose handler answers hs.phrase(ngx.var.status) in a
# header; every answer is checked against the C CLI (soak.lua), and nginx
# is reloaded (HUP) halfway.  Passes with at least 100,000 requests, no
# wrong phrase and no status nobody asked for.  Bounded: 8 seconds.
set -u
expect=$(mktemp)
trap 'rm -f "$expect"' EXIT
for c in 200 201 299 301 404 418 429 451 503 597 599 999; do
  phrase=$("$HS_CLI" --json "$c" 2>/dev/null | jq -r .phrase)
  echo "$c ${phrase:--}" >> "$expect"
done
HS_EXPECT=$expect wrk -t2 -c16 -d8s -s tests/openresty/soak.lua "$HS_URL" \
  > "$expect.out" 2>&1 &
wrk=$!
sleep 3
before=$(pgrep -P "$HS_NGINX_PID" | sort | tr '\n' ' ')
kill -HUP "$HS_NGINX_PID"
wait $wrk
for _ in 1 2 3 4 5 6; do  # old workers finish their last requests
  after=$(pgrep -P "$HS_NGINX_PID" | sort | tr '\n' ' ')
  [ "$(echo $after | wc -w)" -le 2 ] && break
  sleep 0.5
done
cat "$expect.out"
set -- $(grep '^requests ' "$expect.out")
requests=${2:-0} wrong=${4:-1} unasked=${6:-1}
rm -f "$expect.out"
. tests/tap.sh
check_eval() { if eval "$2"; then ok "$1"; else fail "$1"; fi; }
check_eval "100,000 requests or more" '[ "$requests" -ge 100000 ]'
check_eval "no wrong phrase" '[ "$wrong" -eq 0 ]'
check_eval "no status nobody asked for" '[ "$unasked" -eq 0 ]'
check_eval "nginx reloaded: new workers" '[ -n "$after" ] && [ "$before" != "$after" ]'
check_eval "two workers" '[ "$(echo $after | wc -w)" -eq 2 ]'
tap_done
