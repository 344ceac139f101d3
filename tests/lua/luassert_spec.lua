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

  it("says what was expected and what came", function()
    assert.are.equal("expected 200 OK, got 404 Not Found",
                     failure(assert.status, 200, 404))
    assert.are.equal("expected 200 OK, got 404 Not Found",
                     failure(assert.status, 200, { status = "404" }))
    assert.are.equal("expected 200 OK, got 597",
                     failure(assert.status, 200, 597))
    assert.are.equal("expected 200 OK, got nil",
                     failure(assert.status, 200, nil))
    assert.are.equal(string.format("expected 200 OK, got %q", "4\0x"),
                     failure(assert.status, 200, "4\0x"))
    assert.are.equal("expected anything but 200 OK, got 200 OK",
                     failure(assert.is_not.status, 200, 200))
    assert.are.equal("GET /users\nexpected 201 Created, got 404 Not Found",
                     failure(assert.status, 201, 404, "GET /users"))
  end)

  it("refuses an expected value that is no code", function()
    for _, bad in ipairs { "x", {}, 4.5, true } do
      assert.matches("bad argument #1 to 'status'",
                     failure(assert.status, bad, 200), 1, true)
    end
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
    assert.are.equal("expected 2xx, got 404 Not Found",
                     failure(assert.is_success, 404))
    assert.are.equal("expected 5xx, got 200 OK",
                     failure(assert.is_server_error, { status = 200 }))
    assert.are.equal("expected anything but 4xx, got 404 Not Found",
                     failure(assert.is_not_client_error, 404))
    assert.are.equal("expected 2xx, got nil", failure(assert.is_success))
  end)
end)
