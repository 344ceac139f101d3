#!/bin/sh
# test_cli.sh CLI  - the httpstatus command: exit statuses, text, and JSON
# parsed with jq and held against the reference TSVs in tests/data.
set -u
cli=$1
data=tests/data
. tests/tap.sh
check() { # check DESCRIPTION COMMAND...
  desc=$1; shift
  if "$@"; then ok "$desc"; else fail "$desc"; fi
}
# expect STATUS ARGS...: runs the CLI, keeps stdout in $out, stderr in $err.
expect() {
  want=$1; shift
  out=$("$cli" "$@" 2>/tmp/hs_cli_err.$$); got=$?
  err=$(cat /tmp/hs_cli_err.$$)
  if [ "$got" -eq "$want" ]; then ok "httpstatus $* exits $want"
  else fail "httpstatus $* exited $got, want $want"; fi
}
has() { printf '%s\n' "$1" | grep -qF -- "$2"; }
jqt() { printf '%s\n' "$1" | jq -e "$2" > /dev/null 2>&1; }

keys='["aliases","cacheable","class","code","description","description_zh","empty","kind","name","phrase","phrase_zh","redirect","reference","retryable","sendable","source","state"]'

expect 0 404
check "404 text" has "$out" "404 Not Found"
check "404 class" has "$out" "4xx Client Error"
check "404 reference" has "$out" "RFC 9110, Section 15.5.5"
expect 0 --lang zh 429
check "429 in Chinese" has "$out" "429 请求过多"
expect 0 --lang=zh 503
check "--lang=zh" has "$out" "服务不可用"
expect 0 "request entity too large"
check "lookup by old name" has "$out" "413 Content Too Large"
expect 0 NORMAL_CLOSURE
check "ws by name" has "$out" "1000 Normal Closure"

expect 0 --json 404
check "404 keys" jqt "$out" "keys == $keys"
check "404 values" jqt "$out" '.code == 404 and .kind == "http" and .name == "NOT_FOUND" and .phrase == "Not Found" and .phrase_zh == "未找到" and .class == "client_error" and .state == "permanent" and .source == null and .cacheable == true and .empty == false and .redirect == false and .retryable == false and .sendable == null and .aliases == []'
expect 0 --json 413
check "413 aliases" jqt "$out" '.aliases | index("REQUEST_ENTITY_TOO_LARGE") != null and index("PAYLOAD_TOO_LARGE") != null'
expect 0 --json 444
check "444 unofficial" jqt "$out" '.state == "unofficial" and .source == "nginx" and .reference == null'
expect 0 --json 1000
check "1000" jqt "$out" '.kind == "websocket" and .class == "protocol" and .sendable == true and .cacheable == null'
expect 0 --json 1005
check "1005 not sendable" jqt "$out" '.sendable == false'
expect 0 --json 3008
check "3008 library range" jqt "$out" '.class == "library"'

expect 0 --json
all=$out
check "--json is an array of entries" jqt "$all" "type == \"array\" and all(.[]; keys == $keys)"
check "--json strings are non-empty" jqt "$all" 'all(.[]; (.phrase|length) > 0 and (.phrase_zh|length) > 0 and (.description|length) > 0 and (.description_zh|length) > 0)'
check "--json in code order" jqt "$all" '[.[].code] == ([.[].code] | sort)'
check "--json class keys" jqt "$all" 'all(.[]; .class | IN("informational","success","redirection","client_error","server_error","protocol","library"))'
tsv_codes() { grep -v '^#' "$1" | grep -v '^code' | cut -f1; }
want=$( (tsv_codes $data/iana-http-status.tsv; tsv_codes $data/unofficial-http-status.tsv; tsv_codes $data/iana-websocket-close.tsv) | sort -n | tr '\n' ' ')
got=$(printf '%s\n' "$all" | jq -r '.[].code' | sort -n | tr '\n' ' ')
check "--json holds exactly the reference codes" [ "$want" = "$got" ]
for code in $(tsv_codes $data/iana-http-status.tsv); do
  phrase=$(grep "^$code	" $data/iana-http-status.tsv | cut -f2)
  [ "$code" = 418 ] && phrase="I'm a Teapot"
  check "$code phrase" jqt "$all" ".[] | select(.code == $code) | .phrase == \"$phrase\""
done

expect 0 --list ws
check "--list ws has 19 lines" [ "$(printf '%s\n' "$out" | wc -l)" -eq 19 ]
expect 0 --json --list 4xx
check "--list 4xx" jqt "$out" 'length > 20 and all(.[]; .class == "client_error")'
expect 0 search teapot
check "search teapot" has "$out" "418"
expect 0 search rate limited
check "search two words" has "$out" "429"
expect 1 search zzzzqqq
# a word matches at the start of a word: "rate" is not in "separate" (207)
expect 0 search rate
check "search matches whole words: rate" sh -c '[ "$(printf "%s\n" "$1" | cut -d" " -f1 | sort | tr "\n" " ")" = "420 429 " ]' _ "$out"
expect 0 search redirect
check "search matches word starts: redirect" has "$out" "308 Permanent Redirect"
expect 0 search 找到
check "search: Chinese matches inside a phrase" has "$out" "404 Not Found"
expect 0 --version
check "--version" has "$out" "httpstatus "
expect 0 --help
check "--help" has "$out" "usage:"

# Not registered: exit 1 and a message.
for arg in 597 99 0 1016 5000 99999999999999999999 abc "not found please" "" ; do
  expect 1 "$arg"
  check "message for '$arg'" [ -n "$err" ]
done
expect 1 -- -5
msg=$("$cli" 597 2>&1)
check "597 is understood as 500" has "$msg" "597 is not registered; a client treats it as 500 Internal Server Error"
msg=$("$cli" 477 2>&1)
check "477 is understood as 400" has "$msg" "a client treats it as 400 Bad Request"
msg=$("$cli" 4001 2>&1)
check "4001: the private range, sendable" has "$msg" "4001 is not a registered close code; it is in the WebSocket Private range (4000-4999), which a Close frame may carry"
msg=$("$cli" 1016 2>&1)
check "1016: the protocol range, not sendable" sh -c 'printf "%s" "$1" | grep -q "Protocol range (1000-2999)$"' - "$msg"
msg=$("$cli" --lang zh 3001 2>&1)
check "3001 in Chinese names the range in Chinese" has "$msg" "库和框架"
msg=$("$cli" 600 2>&1)
check "600 is no code a client understands" sh -c "! printf '%s' \"\$1\" | grep -q 'treats'" - "$msg"
# Usage errors: exit 2 with usage.
expect 1 -5
check "a negative number is a code, not an option" has "$err" "'-5' is not a registered code"
for args in "--bogus" "--lang" "--lang fr 404" "--list 6xx" "--list 4xx 5xx" "search" "" "404 --bogus"; do
  # shellcheck disable=SC2086
  expect 2 $args
  check "usage for '$args'" has "$err" "usage:"
done

# Like a Unix tool: options anywhere (GNU permutation), -- ends them.
expect 0 404 --json
check "404 --json is JSON" jqt "$out" '.code == 404'
expect 0 503 --lang zh
check "503 --lang zh" has "$out" "服务不可用"
expect 0 --json 404 --lang=zh 500
check "options between queries" jqt "$out" '.code == 404 or .code == 500'
expect 1 -- --json
check "-- ends options" has "$err" "'--json' is not a registered name"
expect 0 --json -- 404
check "-- then a code" jqt "$out" '.code == 404'
# Several words are one phrase; codes between them stand alone.
expect 0 not found
check "'not found' is 404, not 302" [ "$(printf '%s\n' "$out" | head -1)" = "404 Not Found (未找到)" ]
expect 0 --json request entity too large
check "four words, one phrase" jqt "$out" '.code == 413'
expect 0 --json not found 200 1000 4xx
check "phrase, code, code, class" [ "$(printf '%s\n' "$out" | jq -r '.. | .code? // empty' | head -4 | tr '\n' ' ')" = "404 200 1000 400 " ]
# A code followed by words is one query ("404 Not Found", what a status
# line holds), code and phrase agreeing; so is a whole status line.
expect 0 --json 404 Not Found
check "404 Not Found unquoted: one answer" [ "$(printf '%s\n' "$out" | jq -r .code)" = 404 ]
expect 0 --json HTTP/1.1 503 Service Temporarily Unavailable
check "an nginx status line, unquoted" [ "$(printf '%s\n' "$out" | jq -r .code)" = 503 ]
for pair in "404:404 Not Found" "404:HTTP/1.1 404 Not Found" \
  "404:HTTP_404_NOT_FOUND" "414:Request-URI Too Large" "501:Method Not Implemented"; do
  expect 0 --json "${pair#*:}"
  check "'${pair#*:}' quoted is ${pair%%:*}" [ "$(printf '%s\n' "$out" | jq -r .code)" = "${pair%%:*}" ]
done
expect 0 --json WS_1000_NORMAL_CLOSURE
check "WS_1000_NORMAL_CLOSURE" jqt "$out" '.code == 1000'
expect 1 404 Not Modified
check "404 Not Modified: code and phrase disagree" [ -z "$out" ]
check "... the code's own entry suggested first" [ "$(printf '%s\n' "$err" | sed -n 3p)" = "  404 Not Found" ]
check "... then the phrase's" has "$err" "304 Not Modified"
expect 1 HTTP_403_NOT_FOUN
check "an HTTP-looking miss suggests no WebSocket code" sh -c "! printf '%s' \"\$1\" | grep -q '^  [0-9]\{4\} '" - "$err"
check "... and its code first" [ "$(printf '%s\n' "$err" | sed -n 3p)" = "  403 Forbidden" ]
# A miss offers what search finds.
expect 1 teapot
check "teapot suggests 418" has "$err" "418 I'm a Teapot"
check "nothing on stdout for a miss" [ -z "$out" ]
expect 1 "$(printf '\270')" w a
check "a stray byte or short words suggest nothing" sh -c "! printf '%s' \"\$1\" | grep -q 'did you mean'" - "$err"
expect 1 search "$(printf '\270')"
check "search: a stray byte matches inside no character" [ -z "$out" ]
expect 1 gateway timeot
check "a misspelt word still suggests" has "$err" "504 Gateway Timeout"
# "did you mean" names the right code first for common typos (the ranking
# table tests/data/search-ranking.tsv holds the rest, in every front end).
for pair in "404:not fond" "403:forbiden" "401:unauthorised" "502:bad gatway" \
  "500:intenal server error" "503:service unavailible" "1000:normal closre"; do
  expect 1 ${pair#*:}
  check "'${pair#*:}' suggests ${pair%%:*} first" \
    [ "$(printf '%s\n' "$err" | sed -n 3p | awk '{print $1}')" = "${pair%%:*}" ]
done
expect 1 not fond
check "... and nothing weaker: 'not' alone is in half the registry" \
  [ "$(printf '%s\n' "$err" | grep -c '^  ')" -eq 1 ]
expect 0 search not fond
check "search ranks: a typo of the whole phrase first" [ "$(printf '%s\n' "$out" | head -1)" = "404 Not Found" ]
expect 0 --json search bad gatway
check "search --json: an array, best first" jqt "$out" '.[0].code == 502'
expect 1 search -- "_ - ."
check "search of separators only finds nothing" [ -z "$out" ]
# A class is listed.
expect 0 4xx
check "4xx lists the class" [ "$(printf '%s\n' "$out" | grep -c '^4[0-9][0-9] ')" -eq "$(printf '%s\n' "$out" | wc -l)" ]
check "4xx has 404" has "$out" "404 Not Found"
expect 0 --json 5XX
check "5XX as JSON" jqt "$out" 'length > 10 and all(.[]; .class == "server_error")'
# Echoed input is escaped and bounded.
esc=$(printf '\033[2J')
expect 1 "$esc"
check "escape sequence not echoed raw" [ "$(printf '%s' "$err" | tr -d -c '\033' | wc -c)" -eq 0 ]
check "escape sequence shown as \\x1B" has "$err" '\x1B[2J'
expect 1 "$(printf 'bad\377utf8\302\233')"
check "invalid UTF-8 and C1 escaped" has "$err" '\xFFutf8\xC2\x9B'
long=$(head -c 100000 /dev/zero | tr '\0' a)
expect 1 "$long"
check "a 100 kB query is echoed cut (${#err} bytes)" [ "${#err}" -lt 200 ]
expect 1 "$(head -c 100000 /dev/zero | tr '\0' 9)"
check "a 100 kB number is echoed cut" [ "${#err}" -lt 200 ]
expect 0 --help
check "--help says options go anywhere" has "$out" "anywhere"

# Output that cannot be written: a full disk, a closed stdout.  Exit 3 and
# one line on stderr, whatever was asked.
for args in "404" "--json" "--list 4xx" "--help"; do
  # shellcheck disable=SC2086
  "$cli" $args > /dev/full 2> /tmp/hs_cli_err.$$; got=$?
  check "'$args' to a full disk exits 3 (got $got)" [ "$got" -eq 3 ]
  check "'$args' to a full disk says so" \
    [ "$(grep -c 'write error' /tmp/hs_cli_err.$$)" -eq 1 ]
done
"$cli" 404 >&- 2> /tmp/hs_cli_err.$$; got=$?
check "closed stdout exits 3 (got $got)" [ "$got" -eq 3 ]
# A reader that goes away: exit 3 and one line, as for a full disk.
{ "$cli" --json 1xx 2xx 3xx 4xx 5xx 1xx 2xx 3xx 4xx 5xx 1xx 2xx 3xx 4xx 5xx 1xx 2xx 3xx 4xx 5xx; echo $? > /tmp/hs_cli_rc.$$; } 2> /tmp/hs_cli_err.$$ | head -c 1 > /dev/null
check "broken pipe exits 3 (got $(cat /tmp/hs_cli_rc.$$))" [ "$(cat /tmp/hs_cli_rc.$$)" -eq 3 ]
check "broken pipe says so once" [ "$(grep -c 'write error' /tmp/hs_cli_err.$$)" -eq 1 ]
rm -f /tmp/hs_cli_rc.$$

# --problem: RFC 9457 problem details, checked with jq (a JSON parser of
# its own): "about:blank", the phrase as title, members left out when
# they have no value, anything in --detail escaped.
expect 0 --problem 404
check "problem 404" jqt "$out" '. == {"type": "about:blank", "title": "Not Found", "status": 404}'
check "problem members in RFC order" [ "$out" = '{"type":"about:blank","title":"Not Found","status":404}' ]
expect 0 --problem 503 --detail "down for \"maintenance\" \\ $(printf '\t\001')" --instance=/jobs/7
check "problem detail escaped" jqt "$out" '.status == 503 and .title == "Service Unavailable" and .detail == "down for \"maintenance\" \\ \t\u0001" and .instance == "/jobs/7"'
expect 0 --detail="$(printf 'bad \377 byte')" --problem 400
check "invalid UTF-8 replaced by U+FFFD" jqt "$out" '.detail == "bad \ufffd byte"'
expect 0 --problem 597
check "an unregistered code gets no title" jqt "$out" '. == {"type": "about:blank", "status": 597}'
big=$(head -c 100000 /dev/zero | tr '\0' '"')
expect 0 --problem 500 --detail "$big"
check "a 100 kB detail of quotes, whole" jqt "$out" '.detail | length == 100000'
for arg in 600 99 1000 -1 99999999999999999999; do
  expect 1 --problem -- "$arg"
  check "problem $arg: said on stderr" has "$err" "is not an HTTP status code"
done
for args in "--problem" "--problem abc" "--problem 404 500" "--detail x 404" "--problem 404 --detail" "--problem --list 404"; do
  # shellcheck disable=SC2086
  expect 2 $args
  check "usage for '$args'" has "$err" "usage:"
done
rm -f /tmp/hs_cli_err.$$

tap_done
