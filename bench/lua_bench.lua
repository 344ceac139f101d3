-- lua_bench.lua: httpstatus against a plain Lua table, in one run.
--
--   LUA_CPATH="build/lua/5.4/?.so;;" LUA_PATH="build/lua/5.4/?.lua;;" \
--     lua5.4 bench/lua_bench.lua
--   (make bench-lua runs it on every interpreter)
--
-- Each row times a loop over the same codes: our call, then the anchor (a
-- raw index into a table of phrases built here), best of several repeats,
-- and prints ours / anchor.  Nothing here passes or fails.
local hs = require "httpstatus"

local REPEATS, N = 7, 2000000
local codes = {}
for _, code in ipairs(hs.codes()) do codes[#codes + 1] = code end
local input = {}
local seed = 12345
for i = 1, 1024 do  -- the same pseudo-random codes on every interpreter
  seed = (seed * 1103515245 + 12345) % 2147483648
  input[i] = codes[seed % #codes + 1]
end
local plain = {}
for _, code in ipairs(codes) do plain[code] = hs.phrase(code) end

local function time(f)
  local start = os.clock()
  f()
  return os.clock() - start
end

-- Best ns per iteration of ours and of the anchor, timed in turns so that
-- both see the same machine.
local function best_pair(ours, anchor, n)
  local o, a = math.huge, math.huge
  for _ = 1, REPEATS do
    a = math.min(a, time(anchor))
    o = math.min(o, time(ours))
  end
  return o / (n or N) * 1e9, a / (n or N) * 1e9
end

local sink
local rows = {
  {"phrase(code)", function()
     local phrase, s = hs.phrase, nil
     for i = 1, N do s = phrase(input[i % 1024 + 1]) end
     sink = s
   end,
   function()
     local t, s = plain, nil
     for i = 1, N do s = t[input[i % 1024 + 1]] end
     sink = s
   end, "plain table index"},
  {"constant hs.NOT_FOUND", function()
     local m, s = hs, 0
     for i = 1, N do s = s + m.NOT_FOUND end
     sink = s
   end,
   function()
     local m, s = {NOT_FOUND = 404}, 0
     for i = 1, N do s = s + m.NOT_FOUND end
     sink = s
   end, "plain table field"},
  {"is_error(code)", function()
     local f, s = hs.is_error, 0
     for i = 1, N do if f(input[i % 1024 + 1]) then s = s + 1 end end
     sink = s
   end,
   function()
     local t, s = plain, 0
     for i = 1, N do if t[input[i % 1024 + 1]] then s = s + 1 end end
     sink = s
   end, "plain table index"},
}

-- hs.lookup of each text form a user holds against hs.lookup("404"), the
-- same call with the cheapest text (the goal: every form at most 2x).
local LOOKUP_FORMS = {"not found", "NOT_FOUND", "Not-Found", "未找到",
  "404 Not Found", "HTTP/1.1 404 Not Found", "HTTP_404_NOT_FOUND",
  "HTTP_NOT_ALLOWED", "Service Temporarily Unavailable",
  "network authentication required", "zzz", "no such status at all"}
local LOOKUPS = N / 10  -- calls into C: fewer turns measure them as well
for _, text in ipairs(LOOKUP_FORMS) do
  rows[#rows + 1] = {("lookup(%q)"):format(text), function()
     local lookup, s = hs.lookup, nil
     for _ = 1, LOOKUPS do s = lookup(text) end
     sink = s
   end,
   function()
     local lookup, s = hs.lookup, nil
     for _ = 1, LOOKUPS do s = lookup("404") end
     sink = s
   end, 'lookup("404")', LOOKUPS}
end

print(("%s, %s"):format(jit and jit.version or _VERSION, "httpstatus " .. hs._VERSION))
print(("%-24s %9s %9s  %-20s %7s"):format("operation", "ours ns", "anchor ns", "anchor", "ratio"))
for _, r in ipairs(rows) do
  local ours, anchor = best_pair(r[2], r[3], r[5])
  print(("%-24s %9.2f %9.2f  %-20s %6.2fx"):format(r[1], ours, anchor, r[4], ours / anchor))
  local path = os.getenv("HS_BENCH_SUMMARY")  -- a row for make bench's table
  if path then
    local f = assert(io.open(path, "a"))
    f:write(("%s|%s|%.2fx|%s\n"):format(jit and "LuaJIT" or _VERSION, r[1],
                                         ours / anchor, r[4]))
    f:close()
  end
end

-- Bytes allocated per call: collectgarbage("count") around 1e6 calls of
-- each per-request function, the collector stopped (goal: 0 each; get
-- makes the caller a new table, so it is the one that allocates).  Under
-- LuaJIT, also the traces of each loop that jit.v reports aborted ("[TRACE
-- ---"; goal: 0, and a compiled loop after any: the
-- function stays on the compiled path).
local CALLS = 1000000
local per_call = {
  {"phrase", function(c) return hs.phrase(c) end},
  {"phrase(string)", function() return hs.phrase("404") end},
  {"describe", function(c) return hs.describe(c, "zh") end},
  {"class", function(c) return hs.class(c) end},
  {"status_line", function(c) return hs.status_line(c) end},
  {"status_line(string)", function() return hs.status_line("503") end},
  {"miss", function() return hs.phrase(597) end},
  {"constant", function() return hs.NOT_FOUND end},
  {"ws.phrase", function() return hs.ws.phrase(1000) end},
  {"ws.is_sendable", function() return hs.ws.is_sendable(1001) end},
  {"get", function(c) return hs.get(c) end},
  {"ws.get", function() return hs.ws.get(1001) end},
}
for _, name in ipairs({"is_informational", "is_success", "is_redirection",
                       "is_client_error", "is_server_error", "is_error",
                       "is_cacheable", "is_empty", "is_redirect",
                       "is_retryable"}) do
  local f = hs[name]
  table.insert(per_call, #per_call - 1, {name, function(c) return f(c) end})
end

-- The trace aborts of running f in a loop, from jit.v's log.
local function aborts(f)
  local v = require "jit.v"
  local file = os.tmpname()
  jit.flush()
  v.start(file)
  for i = 1, 100000 do sink = f(input[i % 1024 + 1]) end
  v.off()
  local n, log = 0, {}
  for line in io.lines(file) do
    log[#log + 1] = line
    if line:find("^%[TRACE %-%-%-") then n = n + 1 end  -- an abort
  end
  os.remove(file)
  return n, log
end

local trace_log = {}
print(("%-24s %12s%s"):format("allocation", "bytes/call",
                              jit and " trace aborts" or ""))
for _, r in ipairs(per_call) do
  local f = r[2]
  for i = 1, 1000 do sink = f(input[i % 1024 + 1]) end  -- warm, compile
  collectgarbage("collect")
  collectgarbage("stop")
  local before = collectgarbage("count")
  for i = 1, CALLS do sink = f(input[i % 1024 + 1]) end
  local bytes = (collectgarbage("count") - before) * 1024 / CALLS
  collectgarbage("restart")
  local extra = ""
  if jit then
    local n, log = aborts(f)
    extra = ("%13d"):format(n)
    for _, line in ipairs(log) do trace_log[#trace_log + 1] = line end
  end
  print(("%-24s %12.3f%s"):format(r[1], bytes, extra))
end

-- Under LuaJIT: the traces of the loops above, as jit.v reports them.
local file = os.getenv("HS_TRACE")
if jit and file then
  local f = assert(io.open(file, "w"))
  f:write(table.concat(trace_log, "\n"), "\n")
  f:close()
  print(("LuaJIT traces: %s"):format(file))
end
