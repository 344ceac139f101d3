#!/bin/sh
# The OpenResty suite: a real nginx with the Lua module serving requests.
set -u
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null || exit 1
export HS_CLI="$PWD/$build/httpstatus"
status=0
sh tests/record.sh "$build/results" openresty \
  sh tests/openresty/serve.sh "$build" sh tests/openresty/test_nginx.sh || status=1
# 100,000 requests or more over two workers and a reload.
HS_WORKERS=2 sh tests/record.sh "$build/results" openresty-soak \
  sh tests/openresty/serve.sh "$build" sh tests/openresty/soak.sh || status=1
exit $status
