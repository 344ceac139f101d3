/*
 * lhttpstatus.c - require "httpstatus": the C registry for Lua 5.1-5.4,
 * LuaJIT and OpenResty.
 *
 * luaopen_httpstatus reads the registry once into plain Lua tables and
 * hands them to the Lua half (hs_lua_api.h), whose functions only index
 * them: per-request calls never cross into C.  The few calls that need the
 * C core at call time (lookup by text, status_line, ws.range and
 * ws.is_sendable) are lua_CFunctions below.
 *
 * The core is compiled into this file with HS_API static, so the module
 * exports luaopen_httpstatus and nothing else.
 */
#if defined(__GNUC__)
#define HS_API static __attribute__((unused))
#define HS_EXPORT __attribute__((visibility("default")))
#else
#define HS_API static
#define HS_EXPORT
#endif
#include "httpstatus.c"

#include "hs_lua_api.h"
#include "lauxlib.h"
#include "lua.h"

/* ---- Lua 5.1 / LuaJIT / 5.2+ differences -------------------------------- */

/* Our own name: LuaJIT 2.1 declares luaL_setfuncs though it reports 501,
 * so a shim under the real name would clash with it. */
static void hs_setfuncs(lua_State *L, const luaL_Reg *l) {
  for (; l->name; l++) {
    lua_pushcfunction(L, l->func);
    lua_setfield(L, -2, l->name);
  }
}

#if LUA_VERSION_NUM >= 502
#define hs_rawlen(L, i) lua_rawlen(L, i)
#else
#define hs_rawlen(L, i) lua_objlen(L, i)
#endif

/* ---- arguments ---------------------------------------------------------- */

/* The standard "bad argument #i to 'f' (number expected, got string)"
 * error; unlike luaL_checknumber, a numeric string is not accepted. */
static void hs_check_type(lua_State *L, int i, int type) {
  if (lua_type(L, i) != type)
    luaL_argerror(L, i,
                  lua_pushfstring(L, "%s expected, got %s",
                                  lua_typename(L, type), luaL_typename(L, i)));
}

/* The int value of argument i: a number with no fraction within int range.
 * Returns 0 for any other number (NaN, inf, 404.5, 2^40); any other type
 * is an error.  The range test comes first: casting an out-of-range double
 * to int is undefined behaviour. */
static int hs_int_arg(lua_State *L, int i, int *out) {
  lua_Number n;
  hs_check_type(L, i, LUA_TNUMBER);
  n = lua_tonumber(L, i);
  if (!(n >= -2147483648.0 && n <= 2147483647.0)) return 0; /* NaN too */
  *out = (int)n;
  return (lua_Number)*out == n; /* no fraction */
}

/* ---- C-side functions --------------------------------------------------- */

static int hs_l_lookup_in(lua_State *L,
                          const hs_status *(*find)(const char *, size_t)) {
  size_t len;
  const char *text;
  hs_check_type(L, 1, LUA_TSTRING);
  text = lua_tolstring(L, 1, &len);
  const hs_status *s = find(text, len);
  if (!s) return 0;
  lua_pushinteger(L, s->code);
  return 1;
}

static int hs_l_lookup(lua_State *L) { return hs_l_lookup_in(L, hs_lookup); }
static int hs_l_ws_lookup(lua_State *L) {
  return hs_l_lookup_in(L, hs_ws_lookup);
}

/* status_line(code [, version]) -> "HTTP/1.1 404 Not Found", or nil for a
 * code outside 100..999 or a version that is not one visible ASCII word. */
static int hs_l_status_line(lua_State *L) {
  char buf[128];
  int code, n = 0;
  size_t vlen = 0;
  const char *version = "HTTP/1.1";
  int ok = hs_int_arg(L, 1, &code);
  if (!lua_isnoneornil(L, 2)) {
    hs_check_type(L, 2, LUA_TSTRING);
    version = lua_tolstring(L, 2, &vlen);
    ok = ok && strlen(version) == vlen; /* no NUL inside */
  }
  if (ok)
    n = hs_status_line(buf, sizeof buf, code, version);
  if (n <= 0) return 0;
  lua_pushlstring(L, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
  return 1;
}

/* ws.range(code) -> "unused" | "protocol" | "library" | "private" | nil */
static int hs_l_ws_range(lua_State *L) {
  int code;
  const hs_group *g = hs_int_arg(L, 1, &code) ? hs_ws_range(code) : NULL;
  if (!g) return 0;
  lua_pushstring(L, g->key);
  return 1;
}

/* ws.is_sendable(code) -> whether a Close frame may carry it */
static int hs_l_ws_sendable(lua_State *L) {
  int code;
  lua_pushboolean(L, hs_int_arg(L, 1, &code) && hs_ws_sendable(code));
  return 1;
}

/* ---- building the tables ------------------------------------------------ */

/* Pushes the master entry of s: the fields of hs_field_at. */
static void hs_push_entry(lua_State *L, const hs_status *s) {
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

/* Pushes COPY(e), a function returning a fresh copy of a master entry:
 * "return {code = e.code, ..., aliases = A(e.aliases)}" generated from the
 * field list, so the copy is one table constructor LuaJIT compiles and no
 * key is written here. */
static void hs_push_copier(lua_State *L) {
  luaL_Buffer b;
  hs_field f;
  size_t i;
  luaL_buffinit(L, &b);
  luaL_addstring(&b,
                 "local function A(a) local c = {} for i = 1, #a do c[i] = "
                 "a[i] end return c end\nreturn function(e) return {");
  for (i = 0; hs_field_at(hs_at(0), i, &f); i++) {
    luaL_addstring(&b, f.key);
    luaL_addstring(&b, f.type == HS_FIELD_ALIASES ? " = A(e." : " = e.");
    luaL_addstring(&b, f.key);
    luaL_addstring(&b, f.type == HS_FIELD_ALIASES ? "), " : ", ");
  }
  luaL_addstring(&b, "} end\n");
  luaL_pushresult(&b);
  if (luaL_loadbuffer(L, lua_tostring(L, -1), hs_rawlen(L, -1), "=copy"))
    lua_error(L);
  lua_remove(L, -2);
  lua_call(L, 0, 1);
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

static int hs_readonly(lua_State *L) {
  return luaL_error(L, "httpstatus: the module's tables are read-only "
                       "(tried to set %s)",
                    lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2)
                                                  : luaL_typename(L, 2));
}

/* Replaces the table at -1 by an empty proxy that reads through to it and
 * refuses writes: one OpenResty request cannot change what another reads. */
static void hs_protect(lua_State *L) {
  lua_newtable(L);          /* proxy */
  lua_newtable(L);          /* its metatable */
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, hs_readonly);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "httpstatus");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_remove(L, -2);
}

static const luaL_Reg hs_http_funcs[] = {{"lookup", hs_l_lookup},
                                         {"status_line", hs_l_status_line},
                                         {NULL, NULL}};

static const luaL_Reg hs_ws_funcs[] = {{"lookup", hs_l_ws_lookup},
                                       {"range", hs_l_ws_range},
                                       {"is_sendable", hs_l_ws_sendable},
                                       {NULL, NULL}};

HS_EXPORT int luaopen_httpstatus(lua_State *L) {
  enum { M = 1, WS, HTTP, WSE, PH, WSPH, CLASS, NSLOTS = CLASS };
  size_t i;
  int code, slot;
  const hs_status *s;

  lua_settop(L, 0);
  for (slot = M; slot <= NSLOTS; slot++) lua_newtable(L);

  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    int http = s->kind == HS_KIND_HTTP;
    lua_pushvalue(L, http ? M : WS);
    hs_set_names(L, s);
    lua_pop(L, 1);
    hs_push_entry(L, s);
    lua_rawseti(L, http ? HTTP : WSE, s->code);
    lua_pushstring(L, s->phrase);
    lua_rawseti(L, http ? PH : WSPH, s->code);
  }
  for (code = 100; code <= 599; code++) {
    lua_pushstring(L, hs_class_info(code)->key);
    lua_rawseti(L, CLASS, code);
  }
  lua_pushvalue(L, M);
  hs_setfuncs(L, hs_http_funcs);
  lua_pushstring(L, hs_version());
  lua_setfield(L, -2, "_VERSION");
  lua_pop(L, 1);
  lua_pushvalue(L, WS);
  hs_setfuncs(L, hs_ws_funcs);
  lua_pop(L, 1);

  /* The Lua half: hs_lua_api(M, WS, HTTP, WSE, PH, WSPH, CLASS, COPY). */
  if (luaL_loadbuffer(L, hs_lua_api, sizeof hs_lua_api - 1, "=httpstatus"))
    return lua_error(L);
  for (slot = M; slot <= NSLOTS; slot++) lua_pushvalue(L, slot);
  hs_push_copier(L);
  lua_call(L, NSLOTS + 1, 0);

  lua_pushvalue(L, WS);
  hs_protect(L);
  lua_setfield(L, M, "ws");
  lua_pushvalue(L, M);
  hs_protect(L);
  return 1;
}
