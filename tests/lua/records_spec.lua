-- records_spec.lua - what get and codes hand out are plain Lua tables on
-- every interpreter (5.1-5.4, LuaJIT): lua-cjson encodes every key,
-- ipairs, #, unpack and table.concat see every alias, and a caller who
-- changes one changes nothing for anyone else.
local hs = require "httpstatus"
local cjson = require "cjson"
local unpack = table.unpack or unpack

local function keys(t)
  local list = {}
  for k in pairs(t) do list[#list + 1] = k end
  table.sort(list)
  return table.concat(list, " ")
end

describe("a record", function()
  it("encodes with lua-cjson and decodes to the same keys", function()
    local r = hs.get(404)
    local back = cjson.decode(cjson.encode(r))
    assert.are.equal(keys(r), keys(back))
    assert.are.equal(404, back.code)
    assert.are.equal("Not Found", back.phrase)
    assert.are.equal("client_error", back.class)
    -- the keys every front end shows (docs/lua.md "Records")
    for _, k in ipairs({"code", "kind", "name", "aliases", "phrase",
                        "phrase_zh", "description", "description_zh",
                        "class", "state", "reference", "cacheable",
                        "empty", "redirect", "retryable"}) do
      assert.is_not_nil(back[k], k)
    end
    local ws = cjson.decode(cjson.encode(hs.ws.get(1000)))
    assert.are.equal(keys(hs.ws.get(1000)), keys(ws))
    assert.is_true(ws.sendable)
  end)

  it("has aliases that ipairs, #, unpack and table.concat see", function()
    local aliases = hs.get(413).aliases
    local want = {"REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE"}
    local seen = {}
    for i, a in ipairs(aliases) do seen[i] = a end
    assert.are.same(want, seen)
    assert.are.equal(2, #aliases)
    assert.are.same(want, {unpack(aliases)})
    assert.are.equal("REQUEST_ENTITY_TOO_LARGE,PAYLOAD_TOO_LARGE",
                     table.concat(aliases, ","))
    assert.are.equal(0, #hs.get(200).aliases)
  end)

  it("is the caller's own: changing it changes no later answer", function()
    local r = hs.get(413)
    r.phrase, r.aliases[1], r.code, r.extra = "Changed", "X", 1, true
    table.insert(r.aliases, "Y")
    r.aliases = nil
    local again = hs.get(413)
    assert.are_not.equal(r, again)
    assert.are.equal("Content Too Large", again.phrase)
    assert.are.equal(413, again.code)
    assert.is_nil(again.extra)
    assert.are.same({"REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE"},
                    again.aliases)
    assert.are.equal("Content Too Large", hs.phrase(413))
    for code, e in hs.codes() do
      if code == 404 then e.phrase = "Changed" end
    end
    assert.are.equal("Not Found", hs.get(404).phrase)
    local w = hs.ws.get(1000)
    w.sendable = false
    assert.is_true(hs.ws.get(1000).sendable)
    assert.is_nil(getmetatable(again))
  end)

  it("iterates with pairs and next on every interpreter", function()
    local r, n = hs.get(404), 0
    for _ in pairs(r) do n = n + 1 end
    assert.is_true(n >= 14)
    assert.is_not_nil(next(r))
  end)
end)
