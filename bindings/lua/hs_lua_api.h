/*
 * hs_lua_api.h - the per-call half of the Lua module, in Lua.
 *
 * luaopen_httpstatus builds plain tables from the C registry once, then runs
 * this chunk over them.  Its functions only index those tables, so under
 * LuaJIT they stay on the compiled trace (a lua_CFunction call would end
 * it), and on PUC Lua they skip the C call boundary.  The chunk receives:
 *   M, WS      the (private) module tables it fills in
 *   HTTP, WSE  code -> master entry (never handed out)
 *   PH, WSPH   code -> phrase (one index: phrase() is the hottest call)
 *   CLASS      code -> class key for every int in 100..599
 *   COPY       entry -> a fresh table with the same keys (generated in C)
 */
#ifndef HS_LUA_API_H
#define HS_LUA_API_H

static const char hs_lua_api[] =
    "local M, WS, HTTP, WSE, PH, WSPH, CLASS, COPY = ...\n"
    "local type, error = type, error\n"
    "\n"
    "-- Only reached when a table lookup missed: a wrong type is an error,\n"
    "-- a number that names nothing is nil.\n"
    "local function check(name, code)\n"
    "  local t = type(code)\n"
    "  if t ~= 'number' then\n"
    "    error(\"bad argument #1 to '\" .. name ..\n"
    "          \"' (number expected, got \" .. t .. ')', 3)\n"
    "  end\n"
    "end\n"
    "\n"
    "local function lang_of(name, lang)\n"
    "  if lang == nil or lang == 'en' then return 'description' end\n"
    "  if lang == 'zh' then return 'description_zh' end\n"
    "  error(\"bad argument #2 to '\" .. name ..\n"
    "        \"' (\\\"en\\\" or \\\"zh\\\" expected, got \" ..\n"
    "        (type(lang) == 'string' and '\"' .. lang .. '\"' or type(lang))\n"
    "        .. ')', 3)\n"
    "end\n"
    "\n"
    "-- The same five functions for both kinds of code.\n"
    "local function family(T, P, fn, prefix)\n"
    "  fn.phrase = function(code)\n"
    "    local p = P[code]\n"
    "    if p then return p end\n"
    "    check(prefix .. 'phrase', code)\n"
    "  end\n"
    "  fn.describe = function(code, lang)\n"
    "    local key = lang_of(prefix .. 'describe', lang)\n"
    "    local e = T[code]\n"
    "    if e then return e[key] end\n"
    "    check(prefix .. 'describe', code)\n"
    "  end\n"
    "  fn.get = function(code)\n"
    "    local e = T[code]\n"
    "    if e then return COPY(e) end\n"
    "    check(prefix .. 'get', code)\n"
    "  end\n"
    "  -- for code, entry in hs.codes() do ... end, in code order\n"
    "  local order = {}\n"
    "  for code in pairs(T) do order[#order + 1] = code end\n"
    "  table.sort(order)\n"
    "  fn.codes = function()\n"
    "    local i = 0\n"
    "    return function()\n"
    "      i = i + 1\n"
    "      local code = order[i]\n"
    "      if code then return code, COPY(T[code]) end\n"
    "    end\n"
    "  end\n"
    "end\n"
    "family(HTTP, PH, M, '')\n"
    "family(WSE, WSPH, WS, 'ws.')\n"
    "\n"
    "M.class = function(code)\n"
    "  local c = CLASS[code]\n"
    "  if c then return c end\n"
    "  check('class', code)\n"
    "end\n"
    "\n"
    "local function is(name, want, want2)\n"
    "  M[name] = function(code)\n"
    "    local c = CLASS[code]\n"
    "    if c then return c == want or c == want2 end\n"
    "    check(name, code)\n"
    "    return false\n"
    "  end\n"
    "end\n"
    "is('is_informational', 'informational')\n"
    "is('is_success', 'success')\n"
    "is('is_redirection', 'redirection')\n"
    "is('is_client_error', 'client_error')\n"
    "is('is_server_error', 'server_error')\n"
    "is('is_error', 'client_error', 'server_error')\n";

#endif /* HS_LUA_API_H */
