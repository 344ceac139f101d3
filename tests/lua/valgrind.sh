#!/bin/sh
# valgrind.sh BUILD [V]: 1,000 Lua V (default 5.4) states load the module
# and call every function under memcheck; any leak or invalid access fails
# the run.
set -u
build=${1:-build}
v=${2:-5.4}
cc -std=c99 -O1 -g -Wall -Wextra -Werror -I"/usr/include/lua$v" \
  -o "$build/lua-states" tests/lua/states.c "-llua$v" -lm || exit 1
valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
  --errors-for-leak-kinds=definite,indirect,possible \
  "$build/lua-states" "$build/lua/$v" 1000
