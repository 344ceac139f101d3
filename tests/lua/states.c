/*
 * states.c - opens and closes many Lua states that load the module and call
 * every function (bad input included), for valgrind to watch.
 *
 *   states MODULE_DIR COUNT
 */
#include <stdio.h>
#include <stdlib.h>

#include "open_state.h"

static const char script[] =
    "local hs = require 'httpstatus'\n"
    "local n = 0\n"
    "for _, code in ipairs(hs.codes()) do n = n + #hs.get(code).phrase end\n"
    "for _, code in ipairs(hs.ws.codes()) do n = n + #hs.ws.get(code).phrase end\n"
    "assert(hs.phrase(404) == 'Not Found' and hs.NOT_FOUND == 404)\n"
    "assert(hs.describe(429, 'zh') and hs.get(413).aliases[1])\n"
    "assert(#hs.get(413).aliases == 2 and hs.phrase('404') == 'Not Found')\n"
    "assert(hs.lookup('HTTP_NOT_ALLOWED') == 405)\n"
    "assert(hs.lookup('request entity too large') == 413)\n"
    "assert(hs.lookup(string.rep('x', 100000)) == nil)\n"
    "assert(hs.lookup('not\\0found') == nil)\n"
    "assert(hs.status_line(404) == 'HTTP/1.1 404 Not Found')\n"
    "assert(not pcall(hs.status_line, 200, string.rep('H', 100)))\n"
    "assert(hs.class(599) == 'server_error' and hs.is_error(404))\n"
    "assert(hs.ws.range(4001) == 'private' and hs.ws.is_sendable(1000))\n"
    "assert(hs.ws.lookup('normal closure') == 1000)\n"
    "for _, bad in ipairs({'x', {}, true, 0/0, math.huge, 2^63, -1}) do\n"
    "  for _, f in ipairs({hs.phrase, hs.get, hs.class, hs.status_line,\n"
    "                      hs.is_success, hs.ws.range, hs.ws.is_sendable,\n"
    "                      hs.ws.get, hs.lookup, hs.is_retryable}) do\n"
    "    pcall(f, bad)\n"
    "  end\n"
    "end\n"
    "assert(not pcall(function() hs.NOT_FOUND = 1 end))\n"
    "return n\n";

int main(int argc, char **argv) {
  int i, count = argc > 2 ? atoi(argv[2]) : 1000, passed = 0, failed = 0;
  const char *dir = argc > 1 ? argv[1] : ".";
  for (i = 0; i < count; i++) {
    lua_State *L = luaL_newstate();
    hs_open_state(L, dir);
    if (luaL_dostring(L, script) == 0) {
      passed++;
    } else if (++failed <= 20) {
      printf("# state %d: %s\n", i, lua_tostring(L, -1));
    }
    lua_close(L);
  }
  /* One test case; each state is one of its checks (tests/results.py). */
  if (failed)
    printf("not ok 1 - states that load and call the module (%d of %d "
           "checks failed)\n", failed, passed + failed);
  else
    printf("ok 1 - states that load and call the module (%d checks)\n",
           passed);
  printf("1..1\n");
  return failed != 0;
}
