#!/bin/sh
# demo.sh BUILD: real lookups from C, Python and Lua, from one registry.
set -eu
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null
cli=$build/httpstatus
if [ -t 1 ]; then b='\033[1m' e='\033[0m'; else b= e=; fi
say() { printf "\n${b}== %s${e}\n" "$*"; }

say "C: $cli 404"
"$cli" 404
say "C: $cli --lang zh 429"
"$cli" --lang zh 429
say "C: $cli \"request entity too large\"   (old names and phrases, any case)"
"$cli" "request entity too large" | head -n 2
say "C: $cli --json 1000   (a WebSocket close code)"
"$cli" --json 1000
say "C: $cli search rate limit"
"$cli" search rate limit
say "C: $cli not found --json   (words make one phrase; options go anywhere)"
"$cli" not found --json
say "C: $cli not fond   (a miss: exit 1, what it may mean on stderr, typos forgiven)"
"$cli" not fond 2>&1 || true
say "C: $cli search unauthorised   (ranked: British spellings, typos)"
"$cli" search unauthorised
say "C: $cli 597   (unregistered: what a client treats it as, RFC 9110)"
"$cli" 597 2>&1 || true
say "C: $cli \"HTTP/1.1 404 Not Found\"   (a status line, as a peer sent it)"
"$cli" "HTTP/1.1 404 Not Found" | head -n 1
say "C: $cli --problem 404 --detail \"no user 7\"   (RFC 9457 problem details)"
"$cli" --problem 404 --detail "no user 7"

say "Python: pip install . into $build/venv, then import httpstatus"
sh scripts/venv.sh "$build/venv"
(cd /tmp && "$OLDPWD/$build/venv/bin/python" - <<'PY'
import http
import json
import httpstatus
from httpstatus import HTTPStatus, WSCloseCode
print("HTTPStatus.NOT_FOUND == 404:", HTTPStatus.NOT_FOUND == 404)
print("HTTPStatus(404).phrase:", HTTPStatus(404).phrase, "/", HTTPStatus(404).phrase_zh)
print("HTTPStatus(404).is_client_error, .is_cacheable:",
      HTTPStatus(404).is_client_error, HTTPStatus(404).is_cacheable)
print("HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE:",
      HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE)
print("every http.HTTPStatus name resolves:",
      all(HTTPStatus[n] == m for n, m in http.HTTPStatus.__members__.items()))
print("httpstatus.describe(429, lang='zh'):", httpstatus.describe(429, lang="zh"))
print("httpstatus.lookup('not found'):", repr(httpstatus.lookup("not found")))
print("httpstatus.search('bad gatway')[:2]:", httpstatus.search("bad gatway")[:2])
print("httpstatus.get(444):", repr(httpstatus.get(444)), httpstatus.get(444).source)
print("httpstatus.status_line(503):", httpstatus.status_line(503))
print("WSCloseCode(1006).is_sendable:", WSCloseCode(1006).is_sendable,
      "| ws_close_range(4001):", httpstatus.ws_close_range(4001))
print("httpstatus.understood_as(597):", repr(httpstatus.understood_as(597)))
print("httpstatus.lookup('HTTP_404_NOT_FOUND'):",
      repr(httpstatus.lookup("HTTP_404_NOT_FOUND")))
print("HTTPStatus.is_retryable(503):", HTTPStatus.is_retryable(503))
print("json.dumps(httpstatus.problem(404, 'no user 7')):",
      json.dumps(httpstatus.problem(404, "no user 7")))
PY
)
say "Python: python -m httpstatus --lang zh 503"
"$build/venv/bin/python" -m httpstatus --lang zh 503

lua_demo='
local hs = require "httpstatus"
print("hs.NOT_FOUND", hs.NOT_FOUND, "hs.phrase(404)", hs.phrase(404))
print("hs.describe(429, \"zh\")", hs.describe(429, "zh"))
print("hs.status_line(404)", hs.status_line(404))
print("hs.lookup(\"Payload Too Large\")", hs.lookup("Payload Too Large"))
print("hs.search(\"forbiden\")[1]", hs.search("forbiden")[1])
print("hs.class(599)", hs.class(599), "hs.ws.NORMAL_CLOSURE", hs.ws.NORMAL_CLOSURE)
print("hs.NOT_FOUND = 1 ->", select(2, pcall(function() hs.NOT_FOUND = 1 end)))
print("hs.is_retryable(503)", hs.is_retryable(503), "hs.understood_as(597)", hs.understood_as(597))
local ok, cjson = pcall(require, "cjson")
if ok then print("cjson.encode(hs.problem(404))", cjson.encode(hs.problem(404))) end'
sh scripts/luas.sh | while read -r v lua; do
  say "Lua: $lua"
  LUA_CPATH="$build/lua/$v/?.so;;" LUA_PATH="$build/lua/$v/?.lua;;" \
    "$lua" -e "$lua_demo"
done
