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
  got=$(printf '%s\n' "$page" | sed '$d' | jq -c '.aliases //= [] | {code, phrase, name, aliases, retry}' 2>/dev/null |
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
# One JSON type per key: every record and every problem (100..599) as
# lua-cjson writes them in nginx.
types=$(curl -s "$HS_URL/all" | python3 tests/openresty/json_types.py)
check "each key of every record and problem has one JSON type: $(printf '%s\n' "$types" | awk 'NF > 3' | tr '\n' ';')" \
  [ "$?" = 0 ] && [ -n "$types" ]
check "a record's aliases are an array where present" \
  [ "$(printf '%s\n' "$types" | grep '^records aliases ')" = "records aliases array" ]
check "problems: status a number, title a string" \
  [ "$(printf '%s\n' "$types" | grep -E '^problems (status|title) ' | tr '\n' ' ')" = \
    "problems status number problems title string " ]

# docs/lua.md's error page: problem+json whatever the URI's extension, and
# for the malformed requests nginx answers before any location.
headers=$HS_PREFIX/headers
problem() { # problem WHAT STATUS INSTANCE: the last response ($body, $headers)
  ctype=$(tr -d '\r' < "$headers" | sed -n 's/^[Cc]ontent-[Tt]ype: //p')
  line=$(head -n 1 "$headers" | cut -d' ' -f2)
  want=$("$HS_CLI" --json "$2" | jq -r .phrase)
  check "$1: status $2 (got $line)" [ "$line" = "$2" ]
  check "$1: Content-Type application/problem+json (got $ctype)" \
    [ "$ctype" = application/problem+json ]
  check "$1: problem details of $2 ($body)" [ "$(printf '%s' "$body" |
    jq -c '[.type, .title, .status, .instance]' 2>/dev/null)" = \
    "$(jq -nc --arg t "$want" --argjson s "$2" --arg i "$3" \
         '["about:blank", $t, $s, (if $i == "" then null else $i end)]')" ]
}
for path in /nope /nope.html /x.gif /x.json /problem; do
  body=$(curl -s -D "$headers" "$HS_URL$path")
  problem "GET $path" 404 "$path"
done
body=$(curl -s -D "$headers" "$HS_URL/status/597")
problem "GET /status/597 (refused by its handler)" 400 /status/597
raw() { # raw HEAD: sends HEAD and a blank line as the whole request
  # (the shell would drop a trailing newline); sets $headers, prints the body
  python3 -c '
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(sys.argv[2].encode() + b"\r\n\r\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    data += chunk
head, _, body = data.partition(b"\r\n\r\n")
if b"transfer-encoding: chunked" in head.lower():
    parts = []
    while body:
        size, _, body = body.partition(b"\r\n")
        n = int(size, 16)
        if n == 0:
            break
        parts.append(body[:n])
        body = body[n + 2:]
    body = b"".join(parts)
open(sys.argv[3], "wb").write(head + b"\r\n")
sys.stdout.write(body.decode("utf-8", "replace"))
' "${HS_URL##*:}" "$1" "$headers"
}
body=$(raw GARBAGE)
problem "a request line nginx cannot parse" 400 ""
body=$(raw "$(printf 'GET /x.html HTTP/1.1\r\nConnection: close')")
problem "HTTP/1.1 without Host" 400 /x.html
body=$(raw "$(printf 'GET /%s HTTP/1.1\r\nHost: a' "$(head -c 9000 /dev/zero | tr '\0' a)")")
problem "a URI too long" 414 ""
body=$(raw "$(printf 'GET /x.gif HTTP/1.1\r\nHost: a\r\nX-Big: %s' "$(head -c 20000 /dev/zero | tr '\0' a)")")
problem "headers too large" 400 /x.gif

get /bench/module
check "bench handler" [ "$code" = 404 ] && check "bench body" [ "$body" = "Not Found" ]
tap_done
