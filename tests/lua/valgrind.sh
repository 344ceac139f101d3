#!/bin/sh
# valgrind.sh BUILD: 1,000 Lua 5.4 states load the module and call every
# function under memcheck; any leak or invalid access fails the run.
set -u
build=${1:-build}
cc -std=c99 -O1 -g -Wall -Wextra -Werror -I/usr/include/lua5.4 \
  -o "$build/lua-states" tests/lua/states.c -llua5.4 -lm || exit 1
valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
  --errors-for-leak-kinds=definite,indirect,possible \
  "$build/lua-states" "$build/lua/5.4" 1000
