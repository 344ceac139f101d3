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
# A JSON error page from the record, for every registered 4xx and 5xx.
n=0 wrong=
for c in $("$HS_CLI" --json | jq -r '.[] | select(.kind == "http" and .code >= 400 and .code <= 599) | .code'); do
  want=$("$HS_CLI" --json "$c" | jq -c '{code, phrase, name, aliases, retryable}')
  page=$(curl -s -w '\n%{http_code}' "$HS_URL/error/$c")
  got=$(printf '%s\n' "$page" | sed '$d' | jq -c '.aliases |= (if . == {} then [] else . end) | {code, phrase, name, aliases, retry}' 2>/dev/null |
        sed 's/"retry":/"retryable":/')
  n=$((n + 1))
  [ "$(printf '%s\n' "$page" | tail -n 1)" = "$c" ] && [ "$got" = "$want" ] ||
    wrong="$wrong $c"
done
check "JSON error pages for all $n registered 4xx/5xx codes:${wrong:- none} wrong" \
  [ "$n" -ge 40 ] && check "no error page wrong:$wrong" [ -z "$wrong" ]
get /error/597
check "no error page for an unregistered code" [ "$code" = 400 ]
get /ngx-names
set -- $body
check "every ngx.HTTP_* status name ($1) known to lookup, and hs[name] is it or says what to write: ${2:-}" \
  [ "${1:-0}" -ge 30 ] && check "no ngx name wrong: ${2:-}" [ -z "${2:-}" ]
get /constant
check "status from a constant" [ "$code" = 418 ]
check "constants" [ "$body" = "413 1000" ]
get /tamper
check "module refuses writes" [ "$body" = "refused" ]
get /read
check "next request unharmed" [ "$body" = "404 Not Found Not Found REQUEST_ENTITY_TOO_LARGE" ]
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
