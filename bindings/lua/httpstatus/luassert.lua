-- httpstatus.luassert: status assertions for luassert, the assertion
-- library behind busted, whose failures say what happened:
--
--   require "httpstatus.luassert"
--   assert.status(200, res)    --> expected 200 OK, got 404 Not Found
--   assert.is_success(res)     --> expected 2xx, got 404 Not Found
--
-- A status is a number, a numeric string (ngx.var.status) or a table with
-- a `status` field (an OpenResty or lua-resty-http response); a failure on
-- a table with a string `body` shows the start of it.  Each assertion
-- takes an optional message last, as luassert's own do.  No name is one
-- luassert has: 4xx-or-5xx is http_error, since luassert's error is
-- has_error.
local assert = require "luassert"
local namespaces = require "luassert.namespaces"
local say = require "say"
local hs = require "httpstatus"

local BODY_LIMIT = 200  -- bytes of a body a failure shows

-- The integer code v carries, or nil.
local function code_of(v)
  if type(v) == "table" then v = v.status end
  -- Lua 5.1's tonumber stops at a NUL byte: "4\0x" would be 4
  if type(v) == "string" and v:find("\0", 1, true) then return nil end
  local n = tonumber(v)
  if n and n == n and n % 1 == 0 and n >= -2^31 and n < 2^31 then
    return n
  end
  return nil
end

-- A string quoted, cut to limit bytes, with quotes, backslashes and
-- control characters escaped (no terminal codes in a test log).
local ESCAPES = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n",
                  ["\r"] = "\\r", ["\t"] = "\\t" }
local function quoted(s, limit)
  local escaped = s:sub(1, limit):gsub("[%c\\\"]", function(c)
    return ESCAPES[c] or string.format("\\%03d", c:byte())
  end)
  return '"' .. escaped .. (#s > limit and '"...' or '"')
end

-- "404 Not Found"; the code alone where nothing is registered; what was
-- given, quoted, where it is no code at all.
local function shown_status(v)
  local code = code_of(v)
  if code then
    local phrase = hs.phrase(code)
    return phrase and ("%d %s"):format(code, phrase) or ("%d"):format(code)
  end
  if type(v) == "string" then return quoted(v, 40) end
  if type(v) == "table" then return "a table without a status" end
  return tostring(v)
end

-- The lines of a body a failure shows: each line with its control
-- characters escaped, indented, the whole cut at BODY_LIMIT bytes; a body
-- of one line stays on the "body:" line.
local function body_lines(body)
  local lines, left = {}, BODY_LIMIT
  local text = body:gsub("\r\n", "\n")
  if text:sub(-1) ~= "\n" then text = text .. "\n" end
  for line in text:gmatch("([^\n]*)\n") do
    if left <= 0 then
      lines[#lines] = lines[#lines] .. "..."
      break
    end
    local cut = line:sub(1, left)
    lines[#lines + 1] = cut:gsub("%c", function(c)
      return ESCAPES[c] or ("\\%03d"):format(c:byte())
    end) .. (#line > left and "..." or "")
    left = left - #line
  end
  if #lines == 1 then return "\n  body: " .. lines[1] end
  return "\n  body:\n    " .. table.concat(lines, "\n    ")
end

-- What a failure shows of what came: its status, the class and meaning of
-- a code of 100..599 ("  404 is a client error (4xx): ..."), then the
-- start of the body of a response table that has one: the same lines as
-- Python's httpstatus.testing.
local function show(v)
  local text, code = shown_status(v), code_of(v)
  local class = code and hs.class(code)
  if class then
    local kind = class:gsub("_", " ")
    local about = ("%d is %s %s (%dxx)"):format(
      code, kind:find("^[aeiou]") and "an" or "a", kind, math.floor(code / 100))
    local meaning = hs.describe(code)
    text = text .. "\n  " .. about .. (meaning and ": " .. meaning or "")
  end
  if type(v) == "table" and type(v.body) == "string" and v.body:find("%S") then
    text = text .. body_lines(v.body)
  end
  return text
end

-- Registers assertion `name`, refusing one luassert already has.
local function register(name, fn, positive, negative)
  if namespaces.assertion[name] or namespaces.modifier[name] then
    error("httpstatus.luassert: luassert already has '" .. name .. "'", 2)
  end
  local key = "assertion.httpstatus_" .. name
  say:set(key .. ".positive", positive)
  say:set(key .. ".negative", negative)
  assert:register("assertion", name, fn, key .. ".positive",
                  key .. ".negative")
end

-- assert.status(expected, actual [, message]); level is the spec's line
-- (luassert passes it).
local function status(state, arguments, level)
  local expected, actual = arguments[1], arguments[2]
  if not code_of(expected) then
    error("bad argument #1 to 'status' (status code expected, got " ..
          show(expected) .. ")", level + 1)
  end
  local ok = code_of(actual) == code_of(expected)
  arguments[1], arguments[2] = shown_status(expected), show(actual)
  arguments.nofmt = { true, true }
  if arguments.n >= 3 then state.failure_message = arguments[3] end
  return ok
end
register("status", status, "expected %s, got %s",
         "expected anything but %s, got %s")

-- assert.is_success(res) and the other classes of RFC 9110 Section 15,
-- then is_http_error for 4xx or 5xx.
local function class_assertion(name, classes, what)
  register(name, function(state, arguments)
    local code = code_of(arguments[1])
    arguments[1] = show(arguments[1])
    arguments.nofmt = { true }
    if arguments.n >= 2 then state.failure_message = arguments[2] end
    return code ~= nil and classes[hs.class(code)] == true
  end, "expected " .. what .. ", got %s",
       "expected anything but " .. what .. ", got %s")
end
-- The classes are the C core's (hs.class); only their names are here.
for digit, class in ipairs { "informational", "success", "redirection",
                             "client_error", "server_error" } do
  class_assertion(class, { [class] = true }, digit .. "xx")
end
class_assertion("http_error", { client_error = true, server_error = true },
                "4xx or 5xx")

return assert
