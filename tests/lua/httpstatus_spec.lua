-- httpstatus_spec.lua - the Lua module against the reference tables in
-- tests/data/, and bad input.  Run by tests/lua/run.sh on every
-- interpreter with LUA_CPATH pointing at that interpreter's build, and by
-- `luarocks test` against the installed rock (needs busted only).
local hs = require "httpstatus"
local core = require "httpstatus.core"

local DATA = "tests/data/"

local function read_tsv(name)
  local rows = {}
  for line in io.lines(DATA .. name) do
    if not line:match("^#") and not line:match("^code\t") then
      local f = {}
      for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
      rows[tonumber(f[1])] = f
    end
  end
  return rows
end

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- The codes listed on the first line of section `heading` of
-- tests/data/rfc-facts.md that is a list of codes, as a set.
local function rfc_set(heading)
  local inside = false
  for line in io.lines(DATA .. "rfc-facts.md") do
    if line:sub(1, 3) == "## " then inside = line:find(heading, 1, true) end
    if inside and line:match("^%-? ?%d%d%d, %d%d%d") then
      local set = {}
      for code in line:gmatch("%d%d%d") do set[tonumber(code)] = true end
      return set
    end
  end
  error("no list of codes under " .. heading)
end

local iana = read_tsv("iana-http-status.tsv")
local unofficial = read_tsv("unofficial-http-status.tsv")
local ws_rows = read_tsv("iana-websocket-close.tsv")
local NAN, INF = 0 / 0, math.huge

describe("constants", function()
  it("are plain integers", function()
    assert.are.equal(404, hs.NOT_FOUND)
    assert.are.equal("number", type(hs.NOT_FOUND))
    assert.are.equal(200, hs.OK)
    assert.are.equal(1000, hs.ws.NORMAL_CLOSURE)
    assert.are.equal(1000, hs.ws.CLOSE_NORMAL)
  end)
  it("keep the old names", function()
    assert.are.equal(413, hs.REQUEST_ENTITY_TOO_LARGE)
    assert.are.equal(413, hs.PAYLOAD_TOO_LARGE)
    assert.are.equal(413, hs.CONTENT_TOO_LARGE)
    assert.are.equal(414, hs.REQUEST_URI_TOO_LONG)
    assert.are.equal(416, hs.REQUESTED_RANGE_NOT_SATISFIABLE)
    assert.are.equal(422, hs.UNPROCESSABLE_ENTITY)
    assert.are.equal(418, hs.IM_A_TEAPOT)
  end)
end)

describe("the IANA registry", function()
  it("has all 64 rows with their phrases", function()
    assert.are.equal(64, count(iana))
    for code, row in pairs(iana) do
      local want = code == 418 and "I'm a Teapot" or row[2]
      assert.are.equal(want, hs.phrase(code), code)
      local e = hs.get(code)
      assert.are.equal(code, e.code)
      assert.are.equal("http", e.kind)
      assert.truthy(row[4]:find(e.state, 1, true) == 1, code)
      assert.are.equal(code, hs[e.name])
    end
  end)
  it("has every unofficial code marked with its source", function()
    for code, row in pairs(unofficial) do
      local e = hs.get(code)
      assert.are.equal(row[2], e.phrase)
      assert.are.equal(row[3], e.source)
      assert.are.equal("unofficial", e.state)
      assert.is_nil(e.reference)
    end
  end)
  it("has the WebSocket close codes", function()
    assert.are.equal(19, count(ws_rows))
    for code, row in pairs(ws_rows) do
      assert.are.equal(row[2], hs.ws.phrase(code))
      local sendable = row[4]:find("yes", 1, true) == 1
      assert.are.equal(sendable, hs.ws.get(code).sendable, code)
      assert.are.equal(sendable, hs.ws.is_sendable(code), code)
      assert.are.equal("websocket", hs.ws.get(code).kind)
      assert.is_nil(hs.phrase(code))
    end
  end)
  it("has Chinese phrases and descriptions", function()
    assert.are.equal("未找到", hs.get(404).phrase_zh)
    assert.are.equal("服务器内部错误", hs.get(500).phrase_zh)
    assert.are.equal("服务不可用", hs.get(503).phrase_zh)
    for _, code in ipairs(hs.codes()) do
      local e = hs.get(code)
      assert.truthy(e.phrase_zh:find("[\128-\255]"), e.code)
      assert.truthy(e.description_zh:find("[\128-\255]"), e.code)
      assert.are.equal(e.description_zh, hs.describe(e.code, "zh"))
      assert.are.equal(e.description, hs.describe(e.code))
      assert.are.equal(e.description, hs.describe(e.code, "en"))
    end
  end)
end)

-- The RFC flag sets: tests/data/rfc-flags.tsv, "1xx" the whole class.
describe("RFC flags", function()
  it("match tests/data/rfc-flags.tsv on every HTTP entry", function()
    local sets, n = {}, 0
    for line in io.lines(DATA .. "rfc-flags.tsv") do
      local flag, codes = line:match("^([a-z]+)\t(.*)$")
      if flag and flag ~= "flag" then
        local set = {}
        for word in codes:gmatch("%S+") do
          local class = word:match("^(%d)xx$")
          if class then
            for c = class * 100, class * 100 + 99 do set[c] = true end
          else
            set[tonumber(word)] = true
          end
        end
        sets[flag], n = set, n + 1
      end
    end
    assert.are.equal(4, n)
    for _, code in ipairs(hs.codes()) do
      local r = hs.get(code)
      for flag, set in pairs(sets) do
        assert.are.equal(set[code] == true, r[flag], code .. " " .. flag)
      end
    end
  end)
end)

describe("the module tables", function()
  it("refuse writes", function()
    assert.has_error(function() hs.NOT_FOUND = 1 end)
    assert.has_error(function() hs.phrase = function() return "x" end end)
    assert.has_error(function() hs.ws.NORMAL_CLOSURE = 1 end)
    assert.has_error(function() hs.new_key = 1 end)
    assert.has_error(function() setmetatable(hs, nil) end)
    assert.are.equal("httpstatus", getmetatable(hs))
    assert.are.equal(404, hs.NOT_FOUND)
    assert.are.equal("Not Found", hs.phrase(404))
  end)
end)

describe("lookup", function()
  local cases = {
    ["not found"] = 404, NOT_FOUND = 404, ["Not Found"] = 404,
    ["Request Entity Too Large"] = 413, ["payload too large"] = 413,
    ["unprocessable entity"] = 422, ["I'm a teapot"] = 418,
    ["未找到"] = 404, ["no response"] = 444,
  }
  it("finds names, old names and phrases in any case", function()
    for text, code in pairs(cases) do
      assert.are.equal(code, hs.lookup(text), text)
    end
    assert.are.equal(1000, hs.ws.lookup("normal closure"))
    assert.are.equal(1006, hs.ws.lookup("CLOSE_ABNORMAL"))
  end)
  it("answers nil for text that names nothing", function()
    for _, text in ipairs({"", "nope", "not\0found", "not found\0",
                           string.rep("x", 1000000), "597",
                           "normal closure", "\255\254"}) do
      assert.is_nil(hs.lookup(text))
    end
    assert.is_nil(hs.ws.lookup("not found"))
  end)
  it("takes a code as a number, as every other function does", function()
    assert.are.equal(404, hs.lookup(404))
    assert.are.equal(404, hs.lookup(404.0))
    assert.are.equal(hs.lookup("404"), hs.lookup(404))
    assert.are.equal(1000, hs.ws.lookup(1000))
    assert.are.equal("404", tostring(hs.lookup(404.0)):gsub("%.0$", ""))
    for _, miss in ipairs({597, 404.5, -404, 0 / 0, math.huge, 2^63, 1000}) do
      assert.are.equal(1, select("#", hs.lookup(miss)))
      assert.is_nil(hs.lookup(miss), tostring(miss))
    end
    assert.is_nil(hs.ws.lookup(404))
  end)
  it("refuses what is neither a string nor a number", function()
    for _, bad in ipairs({true, {}, print}) do
      for name, fn in pairs({lookup = hs.lookup, ["ws.lookup"] = hs.ws.lookup}) do
        local ok, err = pcall(fn, bad)
        assert.is_false(ok)
        assert.truthy(err:find("bad argument #1 to '" .. name .. "' (string " ..
                               "expected, got " .. type(bad) .. ")", 1, true), err)
      end
    end
    assert.has_error(function() hs.lookup(nil) end)
  end)
end)

describe("classes", function()
  local names = {"informational", "success", "redirection", "client_error",
                 "server_error"}
  it("name every int in 100..599 and none outside", function()
    for code = -1, 1000 do
      local want = code >= 100 and code <= 599 and names[math.floor(code / 100)]
                   or nil
      assert.are.equal(want, hs.class(code), code)
      assert.are.equal(want == "success", hs.is_success(code))
      assert.are.equal(want == "informational", hs.is_informational(code))
      assert.are.equal(want == "redirection", hs.is_redirection(code))
      assert.are.equal(want == "client_error", hs.is_client_error(code))
      assert.are.equal(want == "server_error", hs.is_server_error(code))
      assert.are.equal(want == "client_error" or want == "server_error",
                       hs.is_error(code))
    end
  end)
  it("give WebSocket ranges", function()
    assert.are.equal("unused", hs.ws.range(999))
    assert.are.equal("protocol", hs.ws.range(1000))
    assert.are.equal("library", hs.ws.range(3008))
    assert.are.equal("private", hs.ws.range(4999))
    assert.is_nil(hs.ws.range(5000))
    assert.is_nil(hs.ws.range(-1))
    for code = -1, 5001 do
      local wire = (code >= 1000 and code <= 1003) or
                   (code >= 1007 and code <= 1014) or
                   (code >= 3000 and code <= 4999)
      assert.are.equal(wire, hs.ws.is_sendable(code), code)
    end
  end)
end)

describe("status_line", function()
  it("formats HTTP/1.x status lines", function()
    assert.are.equal("HTTP/1.1 404 Not Found", hs.status_line(404))
    assert.are.equal("HTTP/1.0 200 OK", hs.status_line(200, "HTTP/1.0"))
    assert.are.equal("HTTP/1.1 597 ", hs.status_line(597))
    assert.are.equal("HTTP/1.1 418 I'm a Teapot", hs.status_line(418))
  end)
  it("answers nil for what has no status line", function()
    for _, code in ipairs({99, 1000, -1, 404.5, NAN, INF, -INF, 2^31, 2^63}) do
      assert.is_nil(hs.status_line(code))
    end
    for _, code in ipairs({99, 1000, "x", "1000"}) do
      assert.are.equal(1, select("#", hs.status_line(code)))
    end
    for _, v in ipairs({"", "HTTP/1.1\r\n", "HTTP 1.1", "HTTP/1.1\0x",
                        string.rep("H", 33), 1.1, {}, true}) do
      assert.has_error(function() hs.status_line(200, v) end)
    end
    assert.are.equal("HTTP/1.1 404 Not Found", hs.status_line("404"))
  end)
end)

describe("the module table", function()
  it("is read-only, with typos as errors", function()
    assert.has_error(function() hs.NOT_FOUND = 500 end,
                     'httpstatus is read-only (tried to set "NOT_FOUND")')
    assert.has_error(function() hs.ws.NORMAL_CLOSURE = 1 end)
    assert.has_error(function() hs.phrase = print end)
    local ok, err = pcall(function() return hs.NOT_FOUDN end)
    assert.is_false(ok)
    assert.truthy(err:find("no status named \"NOT_FOUDN\"", 1, true), err)
    ok, err = pcall(function() return hs.ws.NORMAL_CLOSUER end)
    assert.is_false(ok)
    assert.truthy(err:find("no close code named \"NORMAL_CLOSUER\"", 1, true))
    assert.is_nil(hs.not_a_function)
    assert.are.equal(404, hs.NOT_FOUND)
  end)
  it("iterates with pairs where the interpreter honours __pairs", function()
    local n, names = 0, 0
    for k, v in pairs(hs) do
      n = n + 1
      if type(v) == "number" then
        names = names + 1
        assert.are.equal(v, hs.lookup(k), k)
      end
    end
    local honours = _VERSION ~= "Lua 5.1"  -- LuaJIT reports 5.1 too
    if honours then
      local want = 0
      for _, code in ipairs(hs.codes()) do
        want = want + 1 + #(hs.get(code).aliases or {})
      end
      assert.are.equal(want, names)
    else
      assert.are.equal(0, n)
    end
  end)
  it("refuses a write without running the key's __tostring", function()
    local key = setmetatable({}, {__tostring = function() error("mine") end})
    local ok, err = pcall(function() hs[key] = 1 end)
    assert.is_false(ok)
    assert.truthy(err:find("httpstatus is read-only (tried to set table)", 1,
                           true), err)
    ok, err = pcall(function() hs.ws["\27[2J"] = 1 end)
    assert.is_false(ok)
    assert.truthy(err:find('(tried to set "\\027[2J")', 1, true), err)
  end)
  it("says what to write for an ngx.HTTP_* name", function()
    for name, want in pairs({HTTP_OK = "hs.OK", HTTP_NOT_ALLOWED =
                             "hs.METHOD_NOT_ALLOWED", HTTP_CLOSE = "hs.NO_RESPONSE"}) do
      local ok, err = pcall(function() return hs[name] end)
      assert.is_false(ok)
      assert.truthy(err:find(("no status named %q (write %s, or " ..
                              "hs.lookup(%q))"):format(name, want, name), 1,
                             true), err)
    end
    local ok, err = pcall(function() return hs.ws.NORMAL_CLOSUER end)
    assert.is_false(ok)
    assert.is_nil(err:find("write", 1, true), err)
  end)
  it("finds OpenResty's ngx.HTTP_* names", function()
    local cases = {HTTP_NOT_FOUND = 404, HTTP_NOT_ALLOWED = 405,
                   NOT_ALLOWED = 405, HTTP_CLOSE = 444, HTTP_ILLEGAL = 451,
                   HTTP_METHOD_NOT_IMPLEMENTED = 501,
                   HTTP_SPECIAL_RESPONSE = 300, HTTP_MOVED_TEMPORARILY = 302,
                   HTTP_VERSION_NOT_SUPPORTED = 505}
    for text, code in pairs(cases) do
      assert.are.equal(code, hs.lookup(text), text)
    end
  end)
end)

describe("the flags", function()
  local cacheable = rfc_set("cacheable")
  local retryable = rfc_set("Retrying")
  it("answer as tests/data/rfc-facts.md says", function()
    for code = 0, 1100 do
      assert.are.equal(cacheable[code] == true, hs.is_cacheable(code), code)
      assert.are.equal(retryable[code] == true, hs.is_retryable(code), code)
    end
    assert.is_true(hs.is_cacheable("404"))
    assert.is_true(hs.is_empty(204) and hs.is_empty(304) and hs.is_empty(100))
    assert.is_false(hs.is_empty(200))
    assert.is_true(hs.is_redirect(301) and hs.is_redirect("308"))
    assert.is_false(hs.is_redirect(304))
  end)
  -- The flags are the boolean keys of the records, which the C core
  -- writes (hs_field_at): each has its is_ function, in hs for an HTTP
  -- flag and hs.ws for a close code's, agreeing with every record and
  -- false for an entry of the other kind.  No flag is named here.
  it("are every boolean key of the records, each with its is_ function", function()
    local flags = {}  -- key -> "http" or "websocket"
    for _, kind in ipairs({"http", "websocket"}) do
      local fn = kind == "http" and hs or hs.ws
      for _, code in ipairs(fn.codes()) do
        for k, v in pairs(fn.get(code)) do
          if type(v) == "boolean" then flags[k] = kind end
        end
      end
    end
    assert.is_not_nil(next(flags))
    for flag, kind in pairs(flags) do
      local own, other = hs, hs.ws
      if kind == "websocket" then own, other = hs.ws, hs end
      local is = own["is_" .. flag]
      assert.are.equal("function", type(is), flag)
      for _, code in ipairs(own.codes()) do
        assert.are.equal(own.get(code)[flag], is(code), code .. " " .. flag)
      end
      for _, code in ipairs(other.codes()) do
        assert.is_false(is(code), code .. " " .. flag)
      end
    end
  end)
end)

describe("httpstatus.core", function()
  -- It takes numbers only: no interpreter reads "404\0x" as 404 there
  -- (Lua 5.1's lua_tonumber stops at the NUL).
  it("refuses every string, a numeric one too, on every interpreter", function()
    for _, name in ipairs({"status_line", "ws_range", "ws_sendable"}) do
      for _, bad in ipairs({"404\0x", "1000\0junk", "404", {}}) do
        local ok, err = pcall(core[name], bad)
        assert.is_false(ok, name)
        assert.truthy(err:find("number expected, got " .. type(bad), 1, true),
                      err)
      end
    end
    assert.is_nil(hs.status_line("404\0x"))
    assert.is_nil(hs.ws.range("1000\0junk"))
    assert.is_false(hs.ws.is_sendable("1000\0junk"))
  end)
end)

describe("codes", function()
  it("is a new list of every registered code in order", function()
    local list, last = hs.codes(), 0
    assert.are.equal(count(iana) + count(unofficial), #list)
    for i, code in ipairs(list) do
      assert.is_true(code > last)
      assert.are.equal(code, hs.get(code).code)
      assert.are.equal(code, list[i])
      last = code
    end
    assert.is_nil(getmetatable(list))
    assert.are_not.equal(list, hs.codes())
    assert.are.equal(count(ws_rows), #hs.ws.codes())
    assert.are.equal(1000, hs.ws.codes()[1])
    local n = 0
    for _ in pairs(list) do n = n + 1 end
    assert.are.equal(#list, n)
  end)
end)

describe("bad input", function()
  local by_code = {
    phrase = hs.phrase, describe = hs.describe, get = hs.get,
    class = hs.class, is_informational = hs.is_informational,
    is_success = hs.is_success, is_redirection = hs.is_redirection,
    is_client_error = hs.is_client_error, is_server_error = hs.is_server_error,
    is_error = hs.is_error, status_line = hs.status_line,
    is_cacheable = hs.is_cacheable, is_empty = hs.is_empty,
    is_redirect = hs.is_redirect, is_retryable = hs.is_retryable,
    ["ws.phrase"] = hs.ws.phrase, ["ws.describe"] = hs.ws.describe,
    ["ws.get"] = hs.ws.get, ["ws.range"] = hs.ws.range,
    ["ws.is_sendable"] = hs.ws.is_sendable,
  }
  -- Called as users call them (hs.ws.range(x)), so that Lua can name the
  -- function in the message.
  local load = loadstring or load
  local function caller(name)
    -- (not a tail call: LuaJIT names no function in a tail call)
    return assert(load("local hs = ... return function(x) local r = hs." ..
                       name .. "(x) return r end"))(hs)
  end
  it("wrong types raise the standard error", function()
    for name in pairs(by_code) do
      local short, fn = name:match("[%w_]+$"), caller(name)
      for _, bad in ipairs({{}, true, print}) do
        local ok, err = pcall(fn, bad)
        assert.is_false(ok, name)
        assert.truthy(err:find("bad argument #1 to '[%w_.]*" .. short ..
                               "' %(number expected, got " .. type(bad) ..
                               "%)"), err)
      end
      local ok, err = pcall(fn, nil)
      assert.is_false(ok, name)
      assert.truthy(err:find("number expected, got nil", 1, true), err)
    end
  end)
  it("odd numbers answer nil or false, never an error", function()
    for name, fn in pairs(by_code) do
      for _, n in ipairs({NAN, INF, -INF, 404.5, -0.5, 2^31, 2^53, 2^63,
                          -2^63, 1e308, -1, -404}) do
        local ok, v = pcall(fn, n)
        assert.is_true(ok, name .. " raised on " .. tostring(n))
        assert.truthy(v == nil or v == false, name .. " " .. tostring(n))
      end
    end
  end)
  it("a miss is exactly one nil, as is a string naming no number", function()
    for name, fn in pairs(by_code) do
      for _, miss in ipairs({597, 9999, -1, 404.5, "x", "", "4\0", "597"}) do
        local n = select("#", fn(miss))
        assert.are.equal(1, n, name .. " " .. tostring(miss))
      end
    end
    for _, fn in ipairs({hs.lookup, hs.ws.lookup}) do
      assert.are.equal(1, select("#", fn("no such status")))
    end
    assert.are.equal("nil", tostring(hs.phrase(597)))
    local t = {}
    table.insert(t, hs.get(597))
    assert.are.equal(0, #t)
  end)
  it("numeric strings are codes, as luaL_checkinteger takes them", function()
    assert.are.equal("Not Found", hs.phrase("404"))
    assert.are.equal("Not Found", hs.phrase(" 404 "))
    assert.are.equal("Not Found", hs.phrase("0x194"))
    assert.are.equal("Not Found", hs.phrase("404.0"))
    assert.are.equal("client_error", hs.class("404"))
    assert.is_true(hs.is_error("503"))
    assert.are.equal(hs.describe(429, "zh"), hs.describe("429", "zh"))
    assert.are.equal("private", hs.ws.range("4001"))
    assert.is_true(hs.ws.is_sendable("1000"))
    assert.are.equal("Normal Closure", hs.ws.phrase("1000"))
  end)
  it("integral floats are their integer", function()
    assert.are.equal("Not Found", hs.phrase(404.0))
    assert.are.equal("client_error", hs.class(404.0))
  end)
  it("describe refuses an unknown language", function()
    assert.has_error(function() hs.describe(404, "fr") end)
    assert.has_error(function() hs.describe(404, 1) end)
    assert.has_error(function() hs.ws.describe(1000, "EN") end)
  end)
end)

-- RFC semantics decided in the C core (issue 21); expected values from the
-- reference tables and RFC 9110 Section 15.
describe("understood_as", function()
  it("is the code itself when registered, else the x00 of its class", function()
    for code = -5, 1100 do
      local want
      if code >= 100 and code <= 599 then
        want = (iana[code] or unofficial[code]) and code or code - code % 100
      end
      assert.are.equal(want, hs.understood_as(code), code)
      assert.are.equal(want, hs.understood_as(tostring(code)), code)
    end
    assert.are.equal(500, hs.understood_as(597))
  end)
  it("gives exactly one nil for what names no code", function()
    for _, v in ipairs({600, 99, NAN, INF, -INF, 404.5, 2^31, 2^63, "x",
                        "404\0x", "", " 404x"}) do
      assert.are.equal(1, select("#", hs.understood_as(v)))
      assert.is_nil(hs.understood_as(v))
    end
  end)
  it("refuses other types", function()
    for _, v in ipairs({{}, true, print}) do
      local ok, err = pcall(hs.understood_as, v)
      assert.is_false(ok)
      assert.truthy(err:find("bad argument #1 to 'understood_as' (number " ..
                             "expected, got " .. type(v) .. ")", 1, true))
    end
    assert.is_false(pcall(hs.understood_as))
  end)
end)

describe("lookup forms (tests/data/lookup-forms.tsv)", function()
  it("find what users hold; code and name must agree", function()
    local n = 0
    for line in io.lines(DATA .. "lookup-forms.tsv") do
      local kind, text, code = line:match("^(%a+)\t(.*)\t(%d+)$")
      if kind and kind ~= "kind" then
        n = n + 1
        local find = kind == "http" and hs.lookup or hs.ws.lookup
        local want = tonumber(code)
        if want == 0 then want = nil end
        assert.are.equal(want, find(text), text)
        assert.are.equal(1, select("#", find(text)))
      end
    end
    assert.is_true(n > 30)
  end)
  it("find every status line nginx writes", function()
    local n = 0
    for code, f in pairs(read_tsv("nginx-status-lines.tsv")) do
      n = n + 1
      local phrase = f[2]
      assert.are.equal(code, hs.lookup(phrase), phrase)
      assert.are.equal(code, hs.lookup(code .. " " .. phrase))
      assert.are.equal(code, hs.lookup("HTTP/1.1 " .. code .. " " .. phrase))
    end
    assert.are.equal(36, n)
  end)
  it("give one nil for bad text", function()
    for _, text in ipairs({"404\0", "\0" .. "404", "HTTP/1.1 404 Not\0Found",
                           ("4"):rep(300), "404 " .. ("x"):rep(1e6),
                           "\255404", "404 \255"}) do
      assert.are.equal(1, select("#", hs.lookup(text)))
      assert.is_nil(hs.lookup(text))
      assert.is_nil(hs.ws.lookup(text))
    end
  end)
end)

describe("problem (RFC 9457)", function()
  it("has about:blank, the phrase as title, the status", function()
    for code = 100, 599 do
      local p = hs.problem(code)
      local row = iana[code] or unofficial[code]
      assert.are.equal("about:blank", p.type)
      assert.are.equal(code, p.status)
      assert.are.equal(row and hs.phrase(code) or nil, p.title, code)
      local n = 0
      for _ in pairs(p) do n = n + 1 end
      assert.are.equal(row and 3 or 2, n)
    end
    assert.are.same({type = "about:blank", title = "Not Found", status = 404},
                    hs.problem("404"))
  end)
  it("adds detail, instance and extension members", function()
    local p = hs.problem(403, {detail = "no credit", instance = "/a/1",
                               balance = 30, status = 999})
    assert.are.same({type = "about:blank", title = "Forbidden", status = 403,
                     detail = "no credit", instance = "/a/1", balance = 30}, p)
    assert.are_not.equal(p, hs.problem(403))  -- a new table each time
    local typed = hs.problem(403, {type = "https://example.com/credit"})
    assert.is_nil(typed.title)
    assert.are.equal(403, hs.problem(403.0).status)
    if math.type then  -- 5.3 and later: an integer, as cjson writes 403
      assert.are.equal("integer", math.type(hs.problem(403.0).status))
    end
  end)
  it("gives one nil outside 100..599 and refuses other types", function()
    for _, v in ipairs({99, 600, 1000, NAN, INF, 404.5, 2^63, "x", "404\0"}) do
      assert.are.equal(1, select("#", hs.problem(v)))
      assert.is_nil(hs.problem(v))
    end
    for _, v in ipairs({{}, true, print}) do
      assert.is_false(pcall(hs.problem, v))
    end
    local ok, err = pcall(hs.problem, 404, "detail")
    assert.is_false(ok)
    assert.truthy(err:find("bad argument #2 to 'problem' (table expected, " ..
                           "got string)", 1, true))
  end)
end)
