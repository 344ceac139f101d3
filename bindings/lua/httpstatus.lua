--- httpstatus: HTTP status codes and WebSocket close codes, from one C
-- registry (httpstatus.core).  Lua 5.1-5.5, LuaJIT, OpenResty.
--
--   local hs = require "httpstatus"
--   hs.NOT_FOUND            --> 404
--   hs.phrase(404)          --> "Not Found"
--   hs.phrase("404")        --> "Not Found" (ngx.var.status is a string)
--   hs.get(404)             --> a new plain table, the caller's own
--   hs.codes()              --> {100, 101, ...}: a new list
--   hs.ws.NORMAL_CLOSURE    --> 1000
--
-- Every function follows one convention: a code that names nothing gives
-- exactly one nil (false for the is_* checks); a wrong type raises
-- "bad argument #1 to 'phrase' (number expected, got table)"; a numeric
-- string is a code.  This file is the one place that checks what a caller
-- passed: httpstatus.core takes numbers only.
--
-- The per-request functions (phrase, describe, class, status_line, the
-- is_* checks) only index tables made once at load, so they allocate
-- nothing and stay on LuaJIT's compiled trace.  get and codes hand out
-- new plain tables (cjson, pairs and # see all of them), so nothing a
-- caller does to one can change a later answer.  The module table and ws
-- are read-only.
local core = require "httpstatus.core"

local error, ipairs, pairs, pcall, require, setmetatable, tonumber, type =
  error, ipairs, pairs, pcall, require, setmetatable, tonumber, type
local format = string.format

-- ---- messages ---------------------------------------------------------------

-- A string as an error message shows it: quoted, at most 40 bytes, and
-- control characters, quotes and bytes past ASCII written as \ddd, so that
-- no argument can drive a terminal or flood a log.
local function shown(s)
  local escaped = s:sub(1, 40):gsub("[%c\\\"\128-\255]", function(c)
    return format("\\%03d", c:byte())
  end)
  return '"' .. escaped .. (#s > 40 and '"...' or '"')
end

-- Any value as a message shows it, without running a __tostring of the
-- caller's: strings as above, numbers and booleans as Lua writes them,
-- anything else by its type.
local function shown_any(v)
  local t = type(v)
  if t == "string" then return shown(v) end
  if t == "number" then return format("%.17g", v) end
  if t == "boolean" then return v and "true" or "false" end
  return t
end

-- ---- read-only views ----------------------------------------------------------

local function refuse(_, key)
  error(format("httpstatus is read-only (tried to set %s)", shown_any(key)), 2)
end

-- A proxy reading through to t and refusing writes; pairs() sees t where
-- the interpreter asks (__pairs: 5.2 and later).
local function readonly(t, miss)
  local index = t
  if miss then index = setmetatable(t, { __index = miss }) end
  return setmetatable({}, {
    __index = index,
    __newindex = refuse,
    __pairs = function() return pairs(t) end,
    __metatable = "httpstatus",
  })
end

-- ---- arguments: the one layer that checks them ---------------------------------

-- The code a slow path gets: a number, or a numeric string as tonumber
-- reads it; nil for a string that is no number; an error for any other
-- type, reported at the given level (that of the user's call).
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

-- lookup(text) over find (the core's, strings only) and records: a number
-- or a numeric string is a code, as everywhere else; a registered one gives
-- itself (an integer where Lua has them: records hold the core's).
local function lookup_in(name, find, records)
  return function(text)
    local t = type(text)
    if t == "number" then
      local r = records[text]
      return r and r.code or nil
    end
    if t ~= "string" then
      error(format("bad argument #1 to '%s' (string expected, got %s)", name,
                   t), 2)
    end
    return find(text)
  end
end

-- by_code(t, name)(code) -> t[code], or a numeric string's t[tonumber(code)];
-- nil or false (whatever t holds for a miss: default) for anything else.
-- The hot path is one table index; only a miss pays for the checks.
local function by_code(t, name, default)
  return function(code)
    local v = t[code]
    if v ~= nil then return v end
    local c = code_arg(name, code, 2)
    if c ~= nil then v = t[c] end
    if v ~= nil then return v end
    return default
  end
end

-- ---- records: the caller's own plain tables ----------------------------------

-- An empty aliases list as JSON: a Lua table cannot say whether {} is an
-- array or an object, so each encoder has its own marker.  lua-cjson's
-- empty_array_mt (OpenResty's lua-cjson has it) or, with no cjson here,
-- dkjson's __jsontype; both write []. The lua-cjson 2.1.0 that Debian
-- ships has no marker and writes {}: with it, an entry without old names
-- gets no aliases key at all (false below), so that no key is an array for
-- one code and an object for another.
local EMPTY_ARRAY_MT = { __jsontype = "array" }
do
  local ok, cjson = pcall(require, "cjson")
  if ok and type(cjson) == "table" then
    EMPTY_ARRAY_MT = cjson.empty_array_mt or false
  end
end

-- Every key any record has, in one list: fresh copies by a numeric loop,
-- which LuaJIT compiles (a pairs() loop it may not).
local KEYS = {}
do
  local seen = {}
  for _, records in pairs({ core.http, core.ws }) do
    for _, r in pairs(records) do
      for k in pairs(r) do
        if not seen[k] and k ~= "aliases" then
          seen[k] = true
          KEYS[#KEYS + 1] = k
        end
      end
    end
  end
end

local function fresh(r)
  local t, from = {}, r.aliases
  for i = 1, #KEYS do
    local k = KEYS[i]
    t[k] = r[k]
  end
  if #from > 0 then
    local a = {}
    for i = 1, #from do a[i] = from[i] end
    t.aliases = a
  elseif EMPTY_ARRAY_MT then
    t.aliases = setmetatable({}, EMPTY_ARRAY_MT)
  end
  return t
end

-- phrase, describe, get and codes over records (code -> record), into fn.
local function family(records, fn, prefix)
  local phrases, order = {}, {}
  local texts = { en = {}, zh = {} }  -- describe's language -> code -> text
  for code, r in pairs(records) do
    phrases[code] = r.phrase
    texts.en[code] = r.description
    texts.zh[code] = r.description_zh
    order[#order + 1] = code
  end
  table.sort(order)

  fn.phrase = by_code(phrases, prefix .. "phrase")

  function fn.describe(code, lang)
    local t = texts[lang or "en"]
    if not t then
      error(format("bad argument #2 to '%sdescribe' (\"en\" or \"zh\" " ..
                   "expected, got %s)", prefix, type(lang) == "string" and
                   shown(lang) or type(lang)), 2)
    end
    local v = t[code]
    if v ~= nil then return v end
    local c = code_arg(prefix .. "describe", code, 2)
    return c ~= nil and t[c] or nil
  end

  --- A new plain table with the record's keys, or nil.
  function fn.get(code)
    local r = records[code]
    if r == nil then
      local c = code_arg(prefix .. "get", code, 2)
      r = c ~= nil and records[c] or nil
    end
    if r then return fresh(r) end
    return nil
  end

  --- A new list of the registered codes in order: # and ipairs count and
  -- walk it, cjson writes it as an array, and fn.get(code) is a record.
  function fn.codes()
    local list = {}
    for i = 1, #order do list[i] = order[i] end
    return list
  end
end

-- Reading an upper-case name that is no status is a typo, not a miss; a
-- name that lookup knows (ngx.HTTP_OK's "HTTP_OK") says what to write.
local function typo(what, where, lookup, records)
  return function(_, key)
    if type(key) == "string" and key:match("^[A-Z][A-Z0-9_]*$") then
      local code, hint = lookup(key), ""
      if code then
        hint = format(" (write %s.%s, or %s.lookup(%s))", where,
                      records[code].name, where, shown(key))
      end
      error(format("no %s named %s%s", what, shown(key), hint), 2)
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
M.class = by_code(classes, "class")

-- is_NAME(code): whether the class of code is one of want, want2.
local function is(name, want, want2)
  local yes = {}
  for code, class in pairs(classes) do
    yes[code] = class == want or class == want2
  end
  M[name] = by_code(yes, name, false)
end
is("is_informational", "informational")
is("is_success", "success")
is("is_redirection", "redirection")
is("is_client_error", "client_error")
is("is_server_error", "server_error")
is("is_error", "client_error", "server_error")

--- The code a name, old name or phrase gives ("not found", "NOT_FOUND",
-- "HTTP_NOT_ALLOWED", "未找到"), or a numeric string, "404 Not Found", a
-- status line or "HTTP_404_NOT_FOUND" (the C core decides every form), or
-- nil; a code given as a number is itself when registered.
M.lookup = lookup_in("lookup", core.lookup, core.http)

-- What a text may mean, best first, as the C core's search ranks it (the
-- command's search and Python's search() give the same order): a list of
-- codes, HTTP status codes and close codes alike (hs.get or hs.ws.get
-- reads one), empty when nothing matches.  Exact names and phrases come
-- first, then those that start with the text, then the entries whose
-- titles hold every word (or a typo of it: "not fond" finds 404), then
-- those whose descriptions do.
function M.search(text)
  if type(text) ~= "string" then
    error(format("bad argument #1 to 'search' (string expected, got %s)",
                 type(text)), 2)
  end
  return core.search(text)
end

-- The status line of every registered code, made once by the C core.
local lines = {}
for code in pairs(core.http) do lines[code] = core.status_line(code) end

--- "HTTP/1.1 404 Not Found"; an unregistered code in 100..999 gets an
-- empty phrase (RFC 9112).  nil for a code outside 100..999; an error for
-- a version the C core refuses (not one visible ASCII word of at most 32
-- bytes).
function M.status_line(code, version)
  if version == nil then
    local line = lines[code]
    if line then return line end
  end
  local c = code_arg("status_line", code, 2)
  if version ~= nil then
    if type(version) ~= "string" then
      error(format("bad argument #2 to 'status_line' (string expected, " ..
                   "got %s)", type(version)), 2)
    end
    -- the core decides what a version may be, and says when it refuses one
    local _, bad = core.status_line(200, version)
    if bad then
      error(format("bad argument #2 to 'status_line' (a version such as " ..
                   "\"HTTP/1.1\" expected, got %s)", shown(version)), 2)
    end
  elseif c ~= nil and lines[c] then
    return lines[c]
  end
  if c == nil then return nil end
  return (core.status_line(c, version))
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

WS.lookup = lookup_in("ws.lookup", core.ws_lookup, core.ws)

function WS.range(code)
  local c = code_arg("ws.range", code, 2)
  if c == nil then return nil end
  return core.ws_range(c)
end

function WS.is_sendable(code)
  local c = code_arg("ws.is_sendable", code, 2)
  return c ~= nil and core.ws_sendable(c)
end

-- is_FLAG(code): the record's flag (false for an unregistered code), for
-- every flag of the core's list, into M or WS by the flag's kind.  A
-- function already there is the core's own rule (ws.is_sendable).
for _, flag in ipairs(core.flags) do
  local http = flag.kind == "http"
  local fn, records = http and M or WS, http and core.http or core.ws
  local name = "is_" .. flag.key
  if fn[name] == nil then
    local yes = {}
    for code, r in pairs(records) do yes[code] = r[flag.key] == true end
    fn[name] = by_code(yes, (http and "" or "ws.") .. name, false)
  end
end

M.ws = readonly(WS, typo("close code", "hs.ws", core.ws_lookup, core.ws))
M._VERSION = core.version

return readonly(M, typo("status", "hs", core.lookup, core.http))
