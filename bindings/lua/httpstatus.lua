--- httpstatus: HTTP status codes and WebSocket close codes, from one C
-- registry (httpstatus.core).  Lua 5.1-5.4, LuaJIT, OpenResty.
--
--   local hs = require "httpstatus"
--   hs.NOT_FOUND            --> 404
--   hs.phrase(404)          --> "Not Found"
--   hs.phrase("404")        --> "Not Found" (ngx.var.status is a string)
--   hs.status_line(404)     --> "HTTP/1.1 404 Not Found"
--   hs.ws.NORMAL_CLOSURE    --> 1000
--
-- Every function follows one convention: a code that names nothing gives
-- exactly one nil (false for the is_* checks); a wrong type raises
-- "bad argument #1 to 'phrase' (number expected, got table)"; a numeric
-- string is a code.  The functions only index tables made once at load,
-- so they allocate nothing and stay on LuaJIT's compiled trace.  The
-- module, its records and ws are read-only.
local core = require "httpstatus.core"

local error, next, pairs, setmetatable, tonumber, tostring, type =
  error, next, pairs, setmetatable, tonumber, tostring, type
local format = string.format

-- ---- read-only views ------------------------------------------------------

local function refuse(_, key)
  error(format("httpstatus is read-only (tried to set %s)", tostring(key)), 2)
end

-- A proxy reading through to t and refusing writes; pairs() and # see t
-- where the interpreter asks (__pairs, __len: 5.2 and later).
local function readonly(t, miss)
  local index = t
  if miss then index = setmetatable(t, { __index = miss }) end
  return setmetatable({}, {
    __index = index,
    __newindex = refuse,
    __pairs = function() return next, t, nil end,
    __len = function() return #t end,
    __metatable = "httpstatus",
  })
end

-- ---- arguments ------------------------------------------------------------

-- A string as an error message shows it: quoted, at most 40 bytes, and
-- control characters, quotes and bytes past ASCII written as \ddd, so that
-- no argument can drive a terminal or flood a log.
local function shown(s)
  local escaped = s:sub(1, 40):gsub("[%c\\\"\128-\255]", function(c)
    return format("\\%03d", c:byte())
  end)
  return '"' .. escaped .. (#s > 40 and '"...' or '"')
end

-- The code a slow path gets: a number, or a numeric string, as
-- luaL_checkinteger takes; nil for one that names no code; an error for
-- any other type, reported at the given level (that of the user's call).
local function code_arg(name, code, level)
  local t = type(code)
  if t == "number" then return code end
  if t == "string" then
    if code:find("\0", 1, true) then return nil end  -- 5.1's tonumber stops
    return tonumber(code)
  end
  error(format("bad argument #1 to '%s' (number expected, got %s)", name, t),
        level + 1)
end

local function lang_key(name, lang)
  if lang == nil or lang == "en" then return "description" end
  if lang == "zh" then return "description_zh" end
  error(format("bad argument #2 to '%s' (\"en\" or \"zh\" expected, got %s)",
               name, type(lang) == "string" and shown(lang) or type(lang)), 3)
end

-- ---- one family of functions per kind of code -------------------------------

-- phrase, describe, get, copy and codes over records (code -> record).
local function family(records, fn, prefix)
  local views, phrases, order = {}, {}, {}
  for code, r in pairs(records) do
    local aliases = readonly(r.aliases)
    local plain = {}
    for k, v in pairs(r) do plain[k] = v end
    plain.aliases = aliases
    views[code] = readonly(plain)
    phrases[code] = r.phrase
    order[#order + 1] = code
  end
  table.sort(order)

  -- The hot path is one table index; only a miss pays for the checks.
  local function slow(t, name, code)
    local c = code_arg(prefix .. name, code, 3)
    return c and t[c]
  end

  -- name(code) -> t[code], a numeric string's t[tonumber(code)], or nil.
  local function by_code(t, name)
    return function(code)
      local v = t[code]
      if v then return v end
      return slow(t, name, code) or nil
    end
  end

  fn.phrase = by_code(phrases, "phrase")
  fn.get = by_code(views, "get")  -- one shared read-only record per code

  function fn.describe(code, lang)
    local key = lang_key(prefix .. "describe", lang)
    local v = views[code] or slow(views, "describe", code)
    if v then return v[key] end
    return nil
  end

  -- A fresh plain table with the record's keys: for serialising, or for
  -- pairs() and # on Lua 5.1 and LuaJIT, which ignore __pairs and __len.
  function fn.copy(code)
    local r = records[code] or slow(records, "copy", code)
    if not r then return nil end
    local c = {}
    for k, val in pairs(r) do c[k] = val end
    local a = {}
    for i = 1, #r.aliases do a[i] = r.aliases[i] end
    c.aliases = a
    return c
  end

  --- for code, record in hs.codes() do ... end, in code order.
  function fn.codes()
    local i = 0
    return function()
      i = i + 1
      local code = order[i]
      if code then return code, views[code] end
    end
  end
end

-- Reading an upper-case name that is no status is a typo, not a miss.
local function typo(what)
  return function(_, key)
    if type(key) == "string" and key:match("^[A-Z][A-Z0-9_]*$") then
      error(format("no %s named %s", what, shown(key)), 2)
    end
  end
end

-- ---- HTTP ---------------------------------------------------------------------

local M, WS = {}, {}
family(core.http, M, "")
family(core.ws, WS, "ws.")
for name, code in pairs(core.names) do M[name] = code end
for name, code in pairs(core.ws_names) do WS[name] = code end

local classes = core.classes

function M.class(code)
  local c = classes[code]
  if c then return c end
  c = code_arg("class", code, 2)
  return c and classes[c] or nil
end

local function is(name, want, want2)
  M[name] = function(code)
    local c = classes[code]
    if not c then
      c = code_arg(name, code, 2)
      c = c and classes[c]
      if not c then return false end
    end
    return c == want or c == want2
  end
end
is("is_informational", "informational")
is("is_success", "success")
is("is_redirection", "redirection")
is("is_client_error", "client_error")
is("is_server_error", "server_error")
is("is_error", "client_error", "server_error")

local function text_arg(name, text)
  if type(text) ~= "string" then
    error(format("bad argument #1 to '%s' (string expected, got %s)", name,
                 type(text)), 3)
  end
  return text
end

--- The code a name, old name or phrase gives ("not found", "NOT_FOUND",
-- "HTTP_NOT_ALLOWED", "未找到"), or a numeric string, "404 Not Found", a
-- status line or "HTTP_404_NOT_FOUND" (the C core decides every form), or
-- nil.
function M.lookup(text)
  return core.lookup(text_arg("lookup", text))
end

--- "HTTP/1.1 404 Not Found"; an unregistered code in 100..999 gets an
-- empty phrase (RFC 9112).  nil for a code outside 100..999; an error for
-- a version that is not one visible ASCII word of at most 32 bytes.
function M.status_line(code, version)
  local c = code_arg("status_line", code, 2)
  if version ~= nil and type(version) ~= "string" then
    error(format("bad argument #2 to 'status_line' (string expected, got %s)",
                 type(version)), 2)
  end
  -- the core decides what a version may be, and says when it refuses one
  local line, bad = core.status_line(c, version)
  if bad then
    error(format("bad argument #2 to 'status_line' (a version such as " ..
                 "\"HTTP/1.1\" expected, got %s)", shown(version)), 2)
  end
  return line
end

-- ---- RFC helpers decided in the C core (issue 21) ------------------------

local understood = core.understood_as

--- The code a client treats code as (RFC 9110 Section 15): the code itself
-- when registered, else the x00 code of its class (597 gives 500); nil
-- outside 100..599.
function M.understood_as(code)
  local c = understood[code]
  if c then return c end
  c = code_arg("understood_as", code, 2)
  return c and understood[c] or nil
end

local problem_titles = core.problem_titles
local tointeger = math.tointeger

--- RFC 9457 problem details for an HTTP status, as a new plain table that
-- cjson.encode writes as an application/problem+json body:
-- {type = "about:blank", title = "Not Found", status = 404}.  fields, a
-- table, may give detail, instance, type, title and extension members;
-- with type "about:blank" the title is the status phrase (none for an
-- unregistered code), as the C core decides.  nil outside 100..599.
function M.problem(status, fields)
  local c = code_arg("problem", status, 2)
  if fields ~= nil and type(fields) ~= "table" then
    error(format("bad argument #2 to 'problem' (table expected, got %s)",
                 type(fields)), 2)
  end
  if not (c and classes[c]) then return nil end
  -- 404.0 is the integer 404 where Lua has integers (5.3 and later)
  local p = {type = "about:blank", status = tointeger and tointeger(c) or c}
  if fields then
    for k, v in pairs(fields) do
      if k ~= "status" then p[k] = v end
    end
  end
  if p.title == nil and p.type == "about:blank" then
    p.title = problem_titles[c]
  end
  return p
end

-- ---- WebSocket -----------------------------------------------------------------

function WS.lookup(text)
  return core.ws_lookup(text_arg("ws.lookup", text))
end

function WS.range(code)
  local c = code_arg("ws.range", code, 2)
  return c and core.ws_range(c) or nil
end

function WS.is_sendable(code)
  local c = code_arg("ws.is_sendable", code, 2)
  return c ~= nil and core.ws_sendable(c)
end

M.ws = readonly(WS, typo("close code"))
M._VERSION = core.version

return readonly(M, typo("status"))
