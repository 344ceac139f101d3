/*
 * oom.c - the module when memory runs out: for every allocation budget
 * from small to enough, a fresh state loads httpstatus and calls each
 * function; each run must end in success or in a memory error (LUA_ERRMEM,
 * "not enough memory"), never a runtime error, a crash or a leak (built
 * with AddressSanitizer, whose leak check runs at exit).  One exception is
 * Lua's own: when memory runs out while require reads a module file,
 * require raises "error loading module ...: not enough memory" as a
 * runtime error (loadlib.c, every version); that is counted apart.
 * Lua 5.1-5.5 (LuaJIT on x86_64 takes no custom allocator).
 *
 *   oom MODULE_DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "open_state.h"

typedef struct {
  size_t used, budget; /* budget 0: no limit yet */
} hs_mem;

static void *hs_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  hs_mem *m = (hs_mem *)ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    m->used -= old;
    return NULL;
  }
  if (m->budget && nsize > old && m->used + (nsize - old) > m->budget)
    return NULL;
  ptr = realloc(ptr, nsize);
  if (ptr) m->used = m->used - old + nsize;
  return ptr;
}

static const char script[] =
    "local hs = require 'httpstatus'\n"
    "local t = {hs.phrase(404), hs.get(413), hs.is_cacheable('404'), hs.lookup('not "
    "found'),\n"
    "  hs.status_line(404, 'HTTP/1.0'), hs.describe(429, 'zh'), hs.class(599),\n"
    "  hs.ws.get(1000), hs.ws.lookup('going away'), hs.ws.range(4001),\n"
    "  hs.NOT_FOUND, hs.ws.NORMAL_CLOSURE, hs.lookup(string.rep('x', 300))}\n"
    "for _, code in ipairs(hs.codes()) do t[#t + 1] = hs.get(code).phrase end\n"
    "pcall(hs.phrase, {})\n"
    "return #t\n";

/* Lua 5.5 takes the string hash's seed too: a fixed one, for runs that
 * repeat. */
#if LUA_VERSION_NUM >= 505
#define hs_newstate(f, ud) lua_newstate((f), (ud), 0)
#else
#define hs_newstate(f, ud) lua_newstate((f), (ud))
#endif

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : ".";
  size_t budget, base = 0;
  int ok = 0, mem = 0, wrapped = 0, failed = 0;
  for (budget = 1024;; budget += budget < 65536 ? 512 : 4096) {
    hs_mem m = {0, 0};
    lua_State *L = hs_newstate(hs_alloc, &m);
    int status;
    if (!L) {
      printf("not ok 1 - lua_newstate refused a custom allocator\n1..1\n");
      return 1;
    }
    hs_open_state(L, dir);
    lua_gc(L, LUA_GCCOLLECT, 0);
    if (!base) base = m.used;
    m.budget = m.used + budget; /* from here on, memory runs out */
    status = luaL_loadstring(L, script);
    if (status == 0) status = lua_pcall(L, 0, 1, 0);
    if (status == LUA_ERRMEM || status == 0) {
      if (status) mem++;
    } else if (status == LUA_ERRRUN && lua_isstring(L, -1) &&
               strncmp(lua_tostring(L, -1), "error loading module", 20) == 0 &&
               strstr(lua_tostring(L, -1), "not enough memory") != NULL) {
      wrapped++;
    } else if (++failed <= 20) {
      printf("# budget %lu: status %d, %s\n", (unsigned long)budget, status,
             lua_tostring(L, -1));
    }
    m.budget = 0;
    lua_close(L);
    if (status == 0 && ++ok >= 3) break; /* enough memory, three times */
    if (budget > (size_t)64 << 20) {
      printf("# never had enough memory\n");
      failed++;
      break;
    }
  }
  printf("# %d budgets ran out of memory cleanly (%d of them in require's "
         "loader), %d had enough\n", mem + wrapped, wrapped, ok);
  /* One test case; each budget is one of its checks (tests/results.py). */
  if (failed)
    printf("not ok 1 - memory running out at every step (%d of %d checks "
           "failed)\n", failed, mem + wrapped + ok + failed);
  else
    printf("ok 1 - memory running out at every step (%d checks)\n",
           mem + wrapped + ok);
  printf("1..1\n");
  return failed != 0;
}
