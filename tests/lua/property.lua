-- property.lua [CALLS [SEED]]: every function of the httpstatus module,
-- of httpstatus.ws and of httpstatus.core, called with generated arguments
-- of every type (numbers of any size, NaN, inf, fractions, numeric and
-- other strings with NUL bytes, invalid UTF-8 and a megabyte, booleans,
-- nil, tables, functions, coroutines, userdata), on one seeded random
-- stream.  Each call must return, or raise an ordinary error whose message
-- is a string of bounded length without control characters; a function
-- that answers "not found" answers with exactly one nil.  Any other
-- outcome is printed with the seed that reproduces it.
local hs = require "httpstatus"
local core = require "httpstatus.core"

local calls = tonumber(arg and arg[1]) or 100000
local seed = tonumber(arg and arg[2]) or os.time()
math.randomseed(seed)
local random = math.random

local MB = string.rep("x", 1024 * 1024)
local samples = {
  0, -1, 1, 99, 100, 200, 404, 404.5, 599, 600, 999, 1000, 1005, 2999, 3000,
  4999, 5000, 2^31 - 1, 2^31, -2^31, -2^31 - 1, 2^53, 2^63, -2^63, 2^64,
  1e308, -1e308, 1/0, -1/0, 0/0, -0.0, 1e-300,
  "404", " 404 ", "0x194", "404.0", "4e2", "1e999", "nan", "-1", "",
  "not found", "NOT_FOUND", "HTTP_NOT_ALLOWED", "未找到", "going away",
  "not\0found", "404\0", "404\0x", "1000\0junk", "\0", "\255\254", "\194\155", "\27[2J", MB,
  "HTTP/1.0", "HTTP/1.1" .. string.rep("1", 40), "en", "zh",
  true, false, {}, {404}, setmetatable({}, {__tostring = error}),
  setmetatable({}, {__tostring = function() error({}) end}),
  print, coroutine.create(function() end), io.stdout,
}

local function random_string()
  local n = random(0, 24)
  local bytes = {}
  for i = 1, n do bytes[i] = random(0, 255) end
  return string.char((unpack or table.unpack)(bytes))
end

local function value()
  local pick = random(1, 10)
  if pick <= 4 then return samples[random(1, #samples)] end
  if pick == 5 then return random(-1000, 6000) end
  if pick == 6 then return (random() - 0.5) * 2 ^ random(0, 1100) end
  if pick == 7 then return random_string() end
  if pick == 8 then return tostring(random(-1000, 6000)) end
  if pick == 9 then return nil end
  return random(-2^31, 2^31 - 1)
end

-- Every function reachable from the module: its own, ws's, core's.
local functions = {}
local function collect(prefix, t)
  local names = {}
  for name, v in pairs(t) do
    if type(v) == "function" then names[#names + 1] = name end
  end
  table.sort(names)
  for _, name in ipairs(names) do
    functions[#functions + 1] = {prefix .. name, t[name]}
  end
end
-- Lua 5.1 and LuaJIT ignore __pairs: walk what the proxies read through.
local function plain(proxy, keys)
  local t = {}
  for _, k in ipairs(keys) do t[k] = proxy[k] end
  return t
end
local api = {"phrase", "get", "describe", "codes", "class",
             "is_informational", "is_success", "is_redirection",
             "is_client_error", "is_server_error", "is_error", "is_cacheable",
             "is_empty", "is_redirect", "is_retryable", "lookup",
             "status_line", "understood_as", "problem"}
local ws_api = {"phrase", "get", "describe", "codes", "lookup",
                "range", "is_sendable"}
-- Where pairs() sees through the proxies (5.2+), the lists must name every
-- function, so that one added later is driven on 5.1 and LuaJIT too.
local function complete(proxy, keys, what)
  local listed = {}
  for _, k in ipairs(keys) do listed[k] = true end
  for k, v in pairs(proxy) do
    if type(v) == "function" and not listed[k] then
      io.stderr:write(("FAIL: %s.%s is not in property.lua's list\n"):format(
        what, k))
      os.exit(1)
    end
  end
end
if _VERSION ~= "Lua 5.1" then
  complete(hs, api, "hs")
  complete(hs.ws, ws_api, "hs.ws")
end
collect("hs.", plain(hs, api))
collect("hs.ws.", plain(hs.ws, ws_api))
collect("core.", core)

-- The functions that answer a miss with nil: exactly one value then.
local returns_one = {}
for _, name in ipairs({"phrase", "get", "describe", "class",
                       "lookup", "status_line", "range", "understood_as",
                       "problem"}) do
  returns_one["hs." .. name], returns_one["hs.ws." .. name] = true, true
end

local made = 0
local failed = {crash = 0, nils = 0, intact = 0, nul = 0, write = 0}
local function fail(kind, what)
  failed[kind] = failed[kind] + 1
  if failed[kind] <= 20 then
    io.stderr:write(("FAIL (seed %d): %s\n"):format(seed, what))
  end
end

local function pack(...) return select("#", ...), {...} end

local function show(v)
  if type(v) == "string" then return ("%q"):format(v:sub(1, 30)) end
  return type(v) == "number" and ("%.17g"):format(v) or type(v)
end

for _ = 1, calls do
  local f = functions[random(1, #functions)]
  local n = random(0, 3)
  local a, b, c = value(), value(), value()
  made = made + 1
  local count, result = pack(pcall(f[2], (n >= 1 and a or nil),
                                    (n >= 2 and b or nil),
                                    (n >= 3 and c or nil)))
  local ok, first = result[1], result[2]
  local where = ("%s(%s, %s, %s)"):format(f[1], show(a), show(b), show(c))
  if not ok then
    if type(first) ~= "string" then
      fail("crash", where .. " raised a " .. type(first))
    elseif #first > 300 or first:find("[%z\1-\9\11-\31\127]") then
      fail("crash", where .. " raised an unbounded or raw message: " ..
                    show(first))
    end
  elseif returns_one[f[1]] and first == nil and count ~= 2 then
    fail("nils", where .. (" answered nil with %d values"):format(count - 1))
  elseif n >= 1 and type(a) == "string" and a:find("%d%z") and
         f[1] ~= "hs.lookup" and f[1] ~= "hs.ws.lookup" and
         f[1] ~= "hs.codes" and f[1] ~= "hs.ws.codes" and  -- no argument
         f[1]:sub(1, 3) == "hs." and first ~= nil and first ~= false and
         type(first) ~= "function" then
    -- a NUL after digits must not read as a code (Lua 5.1 stops there)
    fail("nul", where .. " read a string with a NUL as a code")
  end
  -- A write to the module or ws, with any key, raises the read-only error
  -- (a key's own __tostring never runs).
  local target = random(1, 2) == 1 and hs or hs.ws
  if a ~= nil and a == a then
    local wok, err = pcall(function() target[a] = b end)
    if wok or type(err) ~= "string" or
       not err:find("httpstatus is read-only (tried to set ", 1, true) then
      fail("write", ("writing %s raised %s"):format(show(a), show(err)))
    end
  end
end

-- The module is intact after all of that.
if hs.phrase(404) ~= "Not Found" or hs.get(413).name ~= "CONTENT_TOO_LARGE"
   or hs.lookup("not found") ~= 404 then
  fail("intact", "the module changed under the calls")
end
-- TAP: one line per property.
local function tap(n, kind, what)
  print(("%sok %d - %s (%d failures)"):format(failed[kind] == 0 and "" or "not ",
                                             n, what, failed[kind]))
end
print(("# %d calls over %d functions (seed %d)"):format(made, #functions,
                                                        seed))
tap(1, "crash", "every call returns or raises a bounded string error")
tap(2, "nils", "a miss is exactly one nil")
tap(3, "intact", "the module answers as before")
tap(4, "nul", "a string with a NUL after digits is no code")
tap(5, "write", "every write raises the read-only error")
print("1..5")
os.exit((failed.crash + failed.nils + failed.intact + failed.nul +
         failed.write) == 0 and 0 or 1)
