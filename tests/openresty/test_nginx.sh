#!/bin/sh
# test_nginx.sh: requests against the running nginx (see serve.sh).
set -u
. tests/tap.sh
get() { # get PATH: sets $code and $body
  body=$(curl -s -w '\n%{http_code}' "$HS_URL$1")
  code=$(printf '%s\n' "$body" | tail -n 1)
  body=$(printf '%s\n' "$body" | sed '$d')
}
line() { printf '%s\n' "$body" | sed -n "$1p"; }

get /status/404
check "404 status" [ "$code" = 404 ]
check "404 phrase" [ "$(line 1)" = "Not Found" ]
check "404 zh" [ "$(line 2)" = "$("$HS_CLI" --json 404 | jq -r .description_zh)" ]
check "404 status line" [ "$(line 3)" = "HTTP/1.1 404 Not Found" ]
check "404 class" [ "$(line 4)" = "client_error" ]
for c in 200 201 301 418 429 451 503 599; do
  get /status/$c
  want=$("$HS_CLI" --json $c | jq -r .phrase)
  check "$c on the wire" [ "$code" = "$c" ]
  check "$c phrase" [ "$(line 1)" = "$want" ]
done
get /status/597
check "unregistered code refused" [ "$code" = 400 ]
for c in 404 418 503 597; do
  want=$("$HS_CLI" --json $c 2>/dev/null | jq -r .phrase 2>/dev/null)
  got=$(curl -s -D - -o /dev/null "$HS_URL/var/$c" | tr -d '\r' |
        sed -n 's/^X-Phrase: //p')
  check "phrase of ngx.var.status $c" [ "$got" = "${want:--}" ]
done
get /constant
check "status from a constant" [ "$code" = 418 ]
check "constants" [ "$body" = "413 1000" ]
get /tamper
check "module refuses writes" [ "$body" = "refused" ]
get /read
check "next request unharmed" [ "$body" = "404 Not Found Not Found" ]
get /reason
if [ "$body" = "set" ]; then
  reason=$(curl -s -i "$HS_URL/reason" | head -n 1 | tr -d '\r')
  check "reason phrase on the wire" [ "$reason" = "HTTP/1.1 425 Too Early" ]
else
  echo "# note: this lua-resty-core has no ngx.resp.set_status; reason phrase not settable"
  check "reason handler answered" [ "$body" = "no ngx.resp.set_status" ]
fi
get /bench/module
check "bench handler" [ "$code" = 404 ] && check "bench body" [ "$body" = "Not Found" ]
tap_done
