#!/bin/sh
# serve.sh BUILD COMMAND...: starts nginx (non-daemon, 127.0.0.1, a free
# port, HS_WORKERS worker processes, default 1) with the LuaJIT build of the
# module, runs COMMAND with HS_URL set to the server's address, HS_PREFIX
# to its directory and HS_NGINX_PID to its master process, and stops nginx
# however COMMAND ends.
set -u
build=$1
shift
prefix=$PWD/$build/openresty
rm -rf "$prefix"
mkdir -p "$prefix/tmp"
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -e "s|@PREFIX@|$prefix|g" -e "s|@PORT@|$port|g" \
    -e "s|@CPATH@|$PWD/$build/lua/jit|g" -e "s|@TESTS@|$PWD/tests/openresty|g" \
    -e "s|@WORKERS@|${HS_WORKERS:-1}|g" \
    tests/openresty/nginx.conf.in > "$prefix/nginx.conf"

nginx -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT INT TERM
for _ in $(seq 50); do   # up to 5 s for the port to answer
  curl -s -o /dev/null "http://127.0.0.1:$port/read" && break
  kill -0 $pid 2>/dev/null || { cat "$prefix/error.log"; exit 1; }
  sleep 0.1
done
HS_URL="http://127.0.0.1:$port" HS_PREFIX=$prefix HS_NGINX_PID=$pid "$@"
status=$?
if grep -q '\[\(error\|alert\|emerg\)\]' "$prefix/error.log"; then
  echo "nginx error log:" >&2
  cat "$prefix/error.log" >&2
  [ "$status" -eq 0 ] && status=1
fi
exit $status
