/*
 * core.c - require "httpstatus.core": the C registry read into plain Lua
 * tables, for httpstatus.lua (the API, in Lua) to serve from.  Lua 5.1-5.5,
 * LuaJIT, OpenResty.
 *
 * luaopen_httpstatus_core returns a table of data read once from the
 * registry (records, names, phrases, classes) and the few functions that
 * need the C core at call time: lookup by text, status_line, the WebSocket
 * range and sendable rule.  httpstatus.lua is the interface and the one
 * layer that reads what a caller passed (numeric strings, the messages);
 * these functions take a code as a number only and raise on anything
 * else, the same on every interpreter, so that calling them directly is
 * safe but never a second reading of the rules.
 *
 * The core is compiled into this file with HS_API static, so the module
 * exports luaopen_httpstatus_core and nothing else.
 */
#if defined(__GNUC__)
#define HS_API static __attribute__((unused))
#define HS_EXPORT __attribute__((visibility("default")))
#else
#define HS_API static
#define HS_EXPORT
#endif
#include "httpstatus.c"
#include "hs_search.c"

#include "lauxlib.h"
#include "lua.h"

/* ---- arguments ---------------------------------------------------------- */

/* The int value of argument i, which must be a number (a string, even a
 * numeric one, raises: lua_tonumber would read one differently on 5.1,
 * which stops at a NUL).  Returns 0 for a number that is no int (NaN,
 * inf, 404.5, 2^40); the range test comes first: casting an out-of-range
 * double to int is undefined behaviour. */
static int hs_int_arg(lua_State *L, int i, int *out) {
  lua_Number n;
  *out = 0; /* set on every path: gcc -O3 cannot see that callers test first */
  if (lua_type(L, i) != LUA_TNUMBER)
    return luaL_argerror(L, i,
                         lua_pushfstring(L, "number expected, got %s",
                                         luaL_typename(L, i)));
  n = lua_tonumber(L, i);
  if (!(n >= -2147483648.0 && n <= 2147483647.0)) return 0; /* NaN too */
  *out = (int)n;
  return (lua_Number)*out == n; /* no fraction */
}

/* ---- C-side functions --------------------------------------------------- */

/* lookup(text) -> code, or nil (exactly one value) */
static int hs_l_lookup_in(lua_State *L,
                          const hs_status *(*find)(const char *, size_t)) {
  size_t len = 0;
  const char *text =
      lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &len) : NULL;
  const hs_status *s = text ? find(text, len) : NULL;
  if (s)
    lua_pushinteger(L, s->code);
  else
    lua_pushnil(L);
  return 1;
}

static int hs_l_lookup(lua_State *L) { return hs_l_lookup_in(L, hs_lookup); }
static int hs_l_ws_lookup(lua_State *L) {
  return hs_l_lookup_in(L, hs_ws_lookup);
}

/* search(text) -> { code, ... }: what hs_search ranks for text, best
 * first; an empty table when nothing matches (codes of both kinds: HTTP
 * codes and close codes never overlap). */
static int hs_l_search(lua_State *L) {
  hs_match found[256]; /* room for every entry */
  size_t len = 0, n, i;
  const char *text = luaL_checklstring(L, 1, &len);
  n = hs_search(text, len, found, sizeof found / sizeof *found);
  lua_createtable(L, (int)n, 0);
  for (i = 0; i < n; i++) {
    lua_pushinteger(L, found[i].status->code);
    lua_rawseti(L, -2, (int)i + 1);
  }
  return 1;
}

/* status_line(code, version) -> "HTTP/1.1 404 Not Found"; nil for a code
 * outside 100..999; nil, "version" for a version the core refuses (not one
 * visible ASCII word of at most HS_VERSION_MAX bytes), or one that is no
 * string or holds a NUL, whatever the code: the core decides, and says
 * which of the two is wrong. */
static int hs_l_status_line(lua_State *L) {
  char buf[HS_VERSION_MAX + 64];
  int code = 0, n;
  size_t vlen = 0;
  const char *version = "HTTP/1.1";
  if (!hs_int_arg(L, 1, &code)) code = 0; /* no code: hs_status_line says so */
  if (!lua_isnoneornil(L, 2)) {
    version = lua_type(L, 2) == LUA_TSTRING ? lua_tolstring(L, 2, &vlen) : NULL;
    if (version && strlen(version) != vlen) version = NULL;
  }
  n = version ? hs_status_line(buf, sizeof buf, code, version)
              : HS_LINE_BAD_VERSION;
  if (n == HS_LINE_BAD_VERSION) {
    lua_pushnil(L);
    lua_pushliteral(L, "version");
    return 2;
  }
  if (n < 0)
    lua_pushnil(L);
  else
    lua_pushlstring(L, buf,
                    (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
  return 1;
}

/* ws_range(code) -> "unused" | "protocol" | "library" | "private" | nil */
static int hs_l_ws_range(lua_State *L) {
  int code;
  const hs_group *g = hs_int_arg(L, 1, &code) ? hs_ws_range(code) : NULL;
  if (g)
    lua_pushstring(L, g->key);
  else
    lua_pushnil(L);
  return 1;
}

/* ws_sendable(code) -> whether a Close frame may carry it */
static int hs_l_ws_sendable(lua_State *L) {
  int code;
  lua_pushboolean(L, hs_int_arg(L, 1, &code) && hs_ws_sendable(code));
  return 1;
}

/* ---- the data ----------------------------------------------------------- */

/* Pushes the record of s: the fields of hs_field_at, aliases an array. */
static void hs_push_record(lua_State *L, const hs_status *s) {
  hs_field f;
  const char *alias;
  size_t i, k;
  lua_newtable(L);
  for (i = 0; hs_field_at(s, i, &f); i++) {
    switch (f.type) {
    case HS_FIELD_NULL: continue;
    case HS_FIELD_INT: lua_pushinteger(L, f.number); break;
    case HS_FIELD_BOOL: lua_pushboolean(L, f.number); break;
    case HS_FIELD_STRING: lua_pushstring(L, f.string); break;
    case HS_FIELD_ALIASES:
      lua_newtable(L);
      for (k = 0; (alias = hs_alias(s, k)) != NULL; k++) {
        lua_pushstring(L, alias);
        lua_rawseti(L, -2, (int)k + 1);
      }
      break;
    }
    lua_setfield(L, -2, f.key);
  }
}

/* Sets t[NAME] = code for every name and old name of s (t at -1). */
static void hs_set_names(lua_State *L, const hs_status *s) {
  const char *alias;
  size_t k;
  lua_pushinteger(L, s->code);
  lua_setfield(L, -2, s->name);
  for (k = 0; (alias = hs_alias(s, k)) != NULL; k++) {
    lua_pushinteger(L, s->code);
    lua_setfield(L, -2, alias);
  }
}

static const struct {
  const char *name;
  lua_CFunction fn;
} hs_funcs[] = {{"lookup", hs_l_lookup},
                {"ws_lookup", hs_l_ws_lookup},
                {"search", hs_l_search},
                {"status_line", hs_l_status_line},
                {"ws_range", hs_l_ws_range},
                {"ws_sendable", hs_l_ws_sendable},
                {NULL, NULL}};

/* flags = {{key = "cacheable", kind = "http"}, ...}: HS_FLAG_MAP in its
 * order, so that a flag added to the core reaches Lua's is_* functions. */
static void hs_push_flags(lua_State *L) {
  static const struct {
    const char *key;
    hs_kind kind;
  } flags[] = {
#define HS__FLAG_ROW(NAME, bit, key, kind) {key, kind},
      HS_FLAG_MAP(HS__FLAG_ROW)
#undef HS__FLAG_ROW
  };
  size_t i;
  lua_createtable(L, (int)HS__COUNT(flags), 0);
  for (i = 0; i < HS__COUNT(flags); i++) {
    lua_createtable(L, 0, 2);
    lua_pushstring(L, flags[i].key);
    lua_setfield(L, -2, "key");
    lua_pushstring(L, hs_kind_name(flags[i].kind));
    lua_setfield(L, -2, "kind");
    lua_rawseti(L, -2, (int)i + 1);
  }
}

/* {version, http = {code = record}, ws = ..., names = {NAME = code},
 *  ws_names = ..., classes = {code = key} for 100..599, flags, lookup,
 *  ...} */
HS_EXPORT int luaopen_httpstatus_core(lua_State *L) {
  enum { CORE = 1, HTTP, WS, NAMES, WS_NAMES, CLASSES };
  static const char *const keys[] = {NULL,    NULL,       "http",   "ws",
                                     "names", "ws_names", "classes"};
  const hs_status *s;
  size_t i;
  int code, slot;
  lua_settop(L, 0);
  for (slot = CORE; slot <= CLASSES; slot++) lua_newtable(L);
  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    int http = s->kind == HS_KIND_HTTP;
    hs_push_record(L, s);
    lua_rawseti(L, http ? HTTP : WS, s->code);
    lua_pushvalue(L, http ? NAMES : WS_NAMES);
    hs_set_names(L, s);
    lua_pop(L, 1);
  }
  for (code = HS_HTTP_MIN; code <= HS_HTTP_MAX; code++) {
    lua_pushstring(L, hs_class_info(code)->key);
    lua_rawseti(L, CLASSES, code);
  }
  for (slot = HTTP; slot <= CLASSES; slot++) {
    lua_pushvalue(L, slot);
    lua_setfield(L, CORE, keys[slot]);
  }
  for (i = 0; hs_funcs[i].name; i++) {
    lua_pushcfunction(L, hs_funcs[i].fn);
    lua_setfield(L, CORE, hs_funcs[i].name);
  }
  /* understood_as = {code = the code a client treats it as (RFC 9110
   * Section 15)}, for every code hs_understood_as answers */
  lua_newtable(L);
  for (code = HS_HTTP_MIN; code <= HS_HTTP_MAX; code++) {
    lua_pushinteger(L, hs_understood_as(code)->code);
    lua_rawseti(L, -2, code);
  }
  lua_setfield(L, CORE, "understood_as");
  /* problem_titles = {code = the title of its RFC 9457 problem details}
   * for the codes hs_problem_title gives one */
  lua_newtable(L);
  for (code = HS_HTTP_MIN; code <= HS_HTTP_MAX; code++)
    if (hs_problem_title(code)) {
      lua_pushstring(L, hs_problem_title(code));
      lua_rawseti(L, -2, code);
    }
  lua_setfield(L, CORE, "problem_titles");
  hs_push_flags(L);
  lua_setfield(L, CORE, "flags");
  lua_pushstring(L, hs_version());
  lua_setfield(L, CORE, "version");
  lua_settop(L, CORE);
  return 1;
}
