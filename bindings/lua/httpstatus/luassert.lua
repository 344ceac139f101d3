-- httpstatus.luassert: status assertions for luassert, the assertion
-- library behind busted, whose failures say what happened:
--
--   require "httpstatus.luassert"
--   assert.status(200, res)    --> expected 200 OK, got 404 Not Found
--   assert.is_success(res)     --> expected 2xx, got 404 Not Found
--
-- A status is a number, a numeric string (ngx.var.status) or a table with
-- a `status` field (an OpenResty or lua-resty-http response).  Each
-- assertion takes an optional message last, as luassert's own do.
local assert = require "luassert"
local say = require "say"
local hs = require "httpstatus"

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

-- "404 Not Found"; the code alone where nothing is registered; what was
-- given, quoted, where it is no code at all.
local function show(v)
  local code = code_of(v)
  if not code then
    return type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  local text = string.format("%d", code)
  local phrase = hs.phrase(code)
  return phrase and text .. " " .. phrase or text
end

local function status(state, arguments)
  local expected, actual = arguments[1], arguments[2]
  if not code_of(expected) then
    error("bad argument #1 to 'status' (status code expected, got " ..
          show(expected) .. ")", 4)
  end
  local ok = code_of(actual) == code_of(expected)
  arguments[1], arguments[2] = show(expected), show(actual)
  arguments.nofmt = { true, true }
  if arguments.n >= 3 then state.failure_message = arguments[3] end
  return ok
end

say:set("assertion.status.positive", "expected %s, got %s")
say:set("assertion.status.negative", "expected anything but %s, got %s")
assert:register("assertion", "status", status, "assertion.status.positive",
                "assertion.status.negative")

-- assert.is_success(res) and the other classes of RFC 9110 Section 15.
for digit, class in ipairs { "informational", "success", "redirection",
                             "client_error", "server_error" } do
  local function in_class(state, arguments)
    local code = code_of(arguments[1])
    arguments[1] = show(arguments[1])
    arguments.nofmt = { true }
    if arguments.n >= 2 then state.failure_message = arguments[2] end
    return code ~= nil and code >= digit * 100 and code <= digit * 100 + 99
  end
  local key = "assertion.httpstatus_" .. class
  say:set(key .. ".positive", "expected " .. digit .. "xx, got %s")
  say:set(key .. ".negative", "expected anything but " .. digit ..
          "xx, got %s")
  assert:register("assertion", class, in_class, key .. ".positive",
                  key .. ".negative")
end

return assert
