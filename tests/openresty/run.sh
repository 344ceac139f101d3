#!/bin/sh
# The OpenResty suite: a real nginx with the Lua module serving requests.
set -u
build=${1:-build}
make --no-print-directory BUILD="$build" all lua > /dev/null || exit 1
export HS_CLI="$PWD/$build/httpstatus"
sh tests/record.sh "$build/results" openresty \
  sh tests/openresty/serve.sh "$build" sh tests/openresty/test_nginx.sh
