#!/bin/sh
# suite.sh BUILD FILE... (make test-docs): the blocks of the FILEs
# (run.sh), then docs/lua.md (lua_md.sh), each recorded as its own result.
set -u
build=$1
shift
status=0
sh tests/record.sh "$build/results" docs sh tests/docs/run.sh "$build" "$@" || status=1
sh tests/record.sh "$build/results" docs-lua sh tests/docs/lua_md.sh "$build" || status=1
exit $status
