#!/bin/sh
# luas.sh: the Lua interpreters the project builds for, one "BUILD-DIR
# INTERPRETER" pair a line (the Makefile's LUA_VERSIONS, build/lua/DIR/).
for v in $(make --no-print-directory -s -f "$(dirname "$0")/../Makefile" print-lua-versions); do
  case $v in jit) echo "$v luajit" ;; *) echo "$v lua$v" ;; esac
done
