/* open_state.h - for the C test drivers: a fresh Lua state's standard
 * libraries, with package.path and cpath looking in one module dir only
 * (dir/?.lua, dir/?.so, as make lays out build/lua/V/). */
#ifndef HS_OPEN_STATE_H
#define HS_OPEN_STATE_H

#include <stdio.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

static void hs_open_state(lua_State *L, const char *dir) {
  luaL_openlibs(L);
  lua_getglobal(L, "package");
  lua_pushfstring(L, "%s/?.so", dir);
  lua_setfield(L, -2, "cpath");
  lua_pushfstring(L, "%s/?.lua", dir);
  lua_setfield(L, -2, "path");
  lua_pop(L, 1);
}

#endif
