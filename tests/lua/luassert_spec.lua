-- luassert_spec.lua - httpstatus.luassert: its assertions pass silently on
-- a match and fail with "expected 200 OK, got 404 Not Found".
require "httpstatus.luassert"

-- The message of the error fn raises, without luassert's "file:line: ".
local function failure(fn, ...)
  local ok, err = pcall(fn, ...)
  assert.is_false(ok)
  return (tostring(err):gsub("^[^\n]-:%d+: ", ""))
end

describe("assert.status", function()
  it("passes silently on a match", function()
    assert.status(200, 200)
    assert.status(404, "404")
    assert.status("404", { status = 404 })
    assert.status(404, { status = "404" })
    assert.is_not.status(200, 404)
  end)

  it("says what was expected and what came, as Python's helper does", function()
    local hs = require "httpstatus"
    -- the second line: the class and meaning of what came
    local about404 = "\n  404 is a client error (4xx): " .. hs.describe(404)
    assert.are.equal("expected 200 OK, got 404 Not Found" .. about404,
                     failure(assert.status, 200, 404))
    assert.are.equal("expected 200 OK, got 404 Not Found" .. about404,
                     failure(assert.status, 200, { status = "404" }))
    assert.are.equal("expected 200 OK, got 597\n  597 is a server error (5xx)",
                     failure(assert.status, 200, 597))
    assert.are.equal("expected 200 OK, got 1000",
                     failure(assert.status, 200, 1000))
    assert.are.equal("expected 200 OK, got nil",
                     failure(assert.status, 200, nil))
    assert.are.equal('expected 200 OK, got "4\\000x"',
                     failure(assert.status, 200, "4\0x"))
    assert.are.equal("expected anything but 200 OK, got 200 OK\n  200 is " ..
                     "a success (2xx): " .. hs.describe(200),
                     failure(assert.is_not.status, 200, 200))
    assert.are.equal("GET /users\nexpected 201 Created, got 404 Not Found" ..
                     about404, failure(assert.status, 201, 404, "GET /users"))
    assert.are.equal("expected 2xx, got 100 Continue\n  100 is an " ..
                     "informational (1xx): " .. hs.describe(100),
                     failure(assert.is_success, 100))
  end)

  it("refuses an expected value that is no code, at the spec's line", function()
    for _, bad in ipairs { "x", {}, 4.5, true } do
      assert.matches("bad argument #1 to 'status'",
                     failure(assert.status, bad, 200), 1, true)
    end
    local line = debug.getinfo(1, "l").currentline + 1
    local ok, err = pcall(function() assert.status("OK", 200) end)
    assert.is_false(ok)
    assert.matches("luassert_spec.lua:" .. line .. ": bad argument #1 to " ..
                   "'status' (status code expected, got \"OK\")", err, 1, true)
  end)

  it("shows the start of a response's body", function()
    local function body_of(body)
      local got = failure(assert.status, 200, { status = 597, body = body })
      return (got:gsub("^[^\n]*\n[^\n]*", ""))  -- after the class line
    end
    -- lines indented, control characters escaped
    assert.are.equal("\n  body:\n    {\"detail\": \"no user\"}\n    \\027[2J",
                     body_of('{"detail": "no user"}\r\n\27[2J\n'))
    -- one line stays on the body line
    assert.are.equal("\n  body: oops", body_of("oops"))
    -- cut at 200 bytes
    assert.are.equal("\n  body: " .. string.rep("x", 200) .. "...",
                     body_of(string.rep("x", 300)))
    assert.are.equal("\n  body:\n    " .. string.rep("y", 150) .. "\n    " ..
                     string.rep("z", 50) .. "...",
                     body_of(string.rep("y", 150) .. "\n" .. string.rep("z", 80)))
    -- no body, or only blanks: no body line
    assert.are.equal("", body_of(""))
    assert.are.equal("", body_of(" \n "))
  end)
end)

describe("the assertions' names", function()
  -- Our names as the docs list them; luassert's own, from a fresh copy.
  local ours = {"status", "informational", "success", "redirection",
                "client_error", "server_error", "http_error"}
  local function pristine_luassert()
    local saved = {}
    for name, mod in pairs(package.loaded) do
      if name == "luassert" or name:find("^luassert%.") or name == "say" then
        saved[name], package.loaded[name] = mod, nil
      end
    end
    require "luassert"
    local fresh = package.loaded["luassert.namespaces"]
    for name in pairs(package.loaded) do
      if name == "luassert" or name:find("^luassert%.") or name == "say" then
        package.loaded[name] = saved[name]
      end
    end
    return fresh
  end
  it("are none of luassert's own", function()
    local theirs = pristine_luassert()
    for _, name in ipairs(ours) do
      assert.is_nil(theirs.assertion[name], name)
      assert.is_nil(theirs.modifier[name], name)
      assert.is_not_nil(require("luassert.namespaces").assertion[name], name)
    end
  end)
  it("leave luassert's is_error its own", function()
    assert.is_error(function() error("x") end)
    assert.has_error(function() assert.is_error(404) end)
    assert.is_http_error(404)
    assert.is_http_error({ status = "503" })
    assert.is_not_http_error(302)
    assert.are.equal("expected 4xx or 5xx, got 200 OK",
                     failure(assert.is_http_error, 200):match("^[^\n]*"))
  end)
end)

describe("assert.is_success and the other classes", function()
  it("passes silently on a match", function()
    assert.is_success(204)
    assert.is_informational("100")
    assert.is_redirection({ status = 308 })
    assert.is_client_error(404)
    assert.is_server_error(599)
    assert.is_not_success(404)
  end)

  it("says what came", function()
    local function first(...) return (failure(...):match("^[^\n]*")) end
    assert.are.equal("expected 2xx, got 404 Not Found",
                     first(assert.is_success, 404))
    assert.are.equal("expected 5xx, got 200 OK",
                     first(assert.is_server_error, { status = 200 }))
    assert.are.equal("expected anything but 4xx, got 404 Not Found",
                     first(assert.is_not_client_error, 404))
    assert.are.equal("expected 2xx, got nil", failure(assert.is_success))
  end)
end)
