#!/bin/sh
# lua_md_nginx.sh: the nginx.conf of docs/lua.md ($HS_NGINX_CONF, written
# there as the doc shows it) with ONLY its port changed, from 8080 to a
# free one, started as the doc says, asked what the doc shows, stopped.
# Twice: from the reader's shell (the doc's `luarocks path` in LUA_PATH and
# LUA_CPATH), and without those, as a service manager starts nginx, so that
# the conf's own paths to ~/.luarocks are what finds the module.
set -u
dir=$(dirname "$HS_NGINX_CONF")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -i "s/127\.0\.0\.1:8080;/127.0.0.1:$port;/" "$HS_NGINX_CONF"
grep -q "127.0.0.1:$port;" "$HS_NGINX_CONF" || { echo "no listen 127.0.0.1:8080 to change"; exit 1; }
url=http://127.0.0.1:$port
status=0
want() { # want WHAT EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "# nginx ($how): $1: $3"
  else echo "nginx ($how): $1: expected '$2', got '$3'"; status=1; fi
}
serve() { # serve COMMAND...: nginx started by COMMAND, asked, stopped
  (cd "$dir" && exec "$@" nginx -p "$PWD" -c nginx.conf) 2> "$dir/stderr" &
  pid=$!
  for _ in $(seq 50); do
    curl -s -o /dev/null "$url/" && break
    kill -0 $pid 2>/dev/null || { cat "$dir/stderr"; status=1; return; }
    sleep 0.1
  done
  want "/ status" 404 "$(curl -s -o /dev/null -w '%{http_code}' "$url/")"
  want "/ body" "Not Found" "$(curl -s "$url/")"
  want "/ X-Reason" "Not Found" "$(curl -s -D - -o /dev/null "$url/" | tr -d '\r' | sed -n 's/^X-Reason: //p')"
  want "/status/503 status" 503 "$(curl -s -o /dev/null -w '%{http_code}' "$url/status/503")"
  want "/status/503 JSON" "503 Service Unavailable" \
    "$(curl -s "$url/status/503" | jq -r '"\(.status) \(.title)"')"
  want "/status/597 status" 404 "$(curl -s -o /dev/null -w '%{http_code}' "$url/status/597")"
  # the error page: problem details whatever the URI, malformed requests too
  for path in /status/597 /nope /nope.html /x.gif /x.json; do
    got=$(curl -s -o "$dir/body" -w '%{http_code} %{content_type}' "$url$path")
    want "$path problem" "404 application/problem+json about:blank Not Found 404 $path" \
      "$got $(jq -r '"\(.type) \(.title) \(.status) \(.instance)"' "$dir/body")"
  done
  want "a request line nginx cannot parse" "400 application/problem+json Bad Request" \
    "$(printf 'GARBAGE\r\n\r\n' | curl -s -i "telnet://127.0.0.1:$port" --max-time 5 |
       tr -d '\r' | sed -n -e 's/^HTTP\/1.1 \([0-9]*\) .*/\1/p' \
         -e 's/^Content-Type: //p' -e 's/.*"title":"\([^"]*\)".*/\1/p' | paste -sd' ')"
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  if grep -q '\[\(error\|alert\|emerg\)\]' "$dir/stderr"; then
    cat "$dir/stderr"; status=1
  fi
}
trap 'kill $pid 2>/dev/null' EXIT
how="the reader's shell"; serve env
how="no LUA_PATH, LUA_CPATH"; serve env -u LUA_PATH -u LUA_CPATH
exit $status
