-- records_spec.lua - what get and codes hand out are plain Lua tables on
-- every interpreter (5.1-5.5, LuaJIT): lua-cjson and dkjson encode every
-- key, each key with one JSON type in every record, ipairs, #, unpack and
-- table.concat see every alias, and a caller who changes one changes
-- nothing for anyone else.  lua-cjson where this Lua has it (Debian has
-- no lua-cjson for 5.5): which one is loaded decides how an empty alias
-- list is written, and the specs check each case.
local hs = require "httpstatus"
local has_cjson, cjson = pcall(require, "cjson")
local json = require "dkjson"
local unpack = table.unpack or unpack

-- Every record and every problem the module hands out.
local function everything()
  local all = {}
  for _, code in ipairs(hs.codes()) do
    all[#all + 1] = hs.get(code)
    all[#all + 1] = hs.problem(code, {detail = "d", instance = "/i"})
  end
  for _, code in ipairs(hs.ws.codes()) do all[#all + 1] = hs.ws.get(code) end
  all[#all + 1] = hs.problem(597)
  return all
end

-- The JSON type of each key across records decoded from encode's text,
-- "array" and "object" told apart by the text itself (a decoder may give
-- both as tables).  Returns key -> type, or raises on a second type.
local function json_types(encode, decode)
  local seen = {}
  for _, r in ipairs(everything()) do
    local text = encode(r)
    for k, v in pairs(decode(text)) do
      local t = type(v)
      if t == "table" then
        -- the value's first character in the text says which it is
        local at = text:find('"' .. k .. '":', 1, true)
        t = text:sub(at + #k + 3, at + #k + 3) == "[" and "array" or "object"
      end
      if seen[k] and seen[k].type ~= t then
        error(("key %s is %s in %s and %s in %s"):format(k, seen[k].type,
              seen[k].text:sub(1, 60), t, text:sub(1, 60)))
      end
      seen[k] = seen[k] or {type = t, text = text}
    end
  end
  return seen
end

local function keys(t)
  local list = {}
  for k in pairs(t) do list[#list + 1] = k end
  table.sort(list)
  return table.concat(list, " ")
end

describe("a record", function()
  -- lua-cjson where this Lua has one, dkjson always
  local encoders = {dkjson = json}
  if has_cjson then encoders.cjson = cjson end
  it("encodes with lua-cjson and dkjson and decodes to the same keys", function()
    for name, enc in pairs(encoders) do
      local r = hs.get(404)
      local back = enc.decode(enc.encode(r))
      assert.are.equal(keys(r), keys(back), name)
      assert.are.equal(404, back.code)
      assert.are.equal("Not Found", back.phrase)
      assert.are.equal("client_error", back.class)
      -- the keys every front end shows (docs/lua.md "Records"); aliases
      -- with old names only, where this cjson cannot write [] (below)
      for _, k in ipairs({"code", "kind", "name", "phrase",
                          "phrase_zh", "description", "description_zh",
                          "class", "state", "reference", "cacheable",
                          "empty", "redirect", "retryable"}) do
        assert.is_not_nil(back[k], name .. " " .. k)
      end
      local ws = enc.decode(enc.encode(hs.ws.get(1000)))
      assert.are.equal(keys(hs.ws.get(1000)), keys(ws))
      assert.is_true(ws.sendable)
    end
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
    assert.are.equal(0, #(hs.get(200).aliases or {}))
  end)

  it("has one JSON type per key under dkjson and lua-cjson", function()
    local types = json_types(json.encode, json.decode)
    assert.are.equal("array", types.aliases.type)
    assert.are.equal("number", types.code.type)
    assert.are.equal("boolean", types.cacheable.type)
    if has_cjson then
      types = json_types(cjson.encode, cjson.decode)
      assert.are.equal("array", types.aliases.type)
    end
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
    local list = hs.codes()
    list[1], list[#list + 1] = 1, 1000
    assert.are.equal(100, hs.codes()[1])
    assert.are.equal(#list - 1, #hs.codes())
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

-- An empty alias list as each encoder can be told of it: a fresh load of
-- the module beside a stand-in cjson with OpenResty's empty_array_mt, one
-- without it (Debian's lua-cjson 2.1.0), and none.
describe("an empty alias list", function()
  local function load_with(stand_in)
    local saved_hs, saved_cjson = package.loaded.httpstatus, package.loaded.cjson
    local saved_preload = package.preload.cjson
    package.loaded.httpstatus, package.loaded.cjson = nil, nil
    package.preload.cjson = function()
      if stand_in == nil then error("no cjson here") end
      return stand_in
    end
    local ok, fresh = pcall(require, "httpstatus")
    package.loaded.httpstatus, package.loaded.cjson = saved_hs, saved_cjson
    package.preload.cjson = saved_preload
    assert(ok, fresh)
    return fresh
  end

  it("carries lua-cjson's empty_array_mt where cjson has one", function()
    local mt = {}
    local fresh = load_with({empty_array_mt = mt})
    assert.are.equal(mt, getmetatable(fresh.get(200).aliases))
    assert.are.equal(0, #fresh.get(200).aliases)
    assert.is_nil(getmetatable(fresh.get(413).aliases))
  end)
  it("is left out where cjson has no marker (it would write {})", function()
    local fresh = load_with({})
    assert.is_nil(fresh.get(200).aliases)
    assert.are.equal(2, #fresh.get(413).aliases)
  end)
  it("is marked for dkjson where there is no cjson", function()
    local fresh = load_with(nil)
    assert.are.equal("[]", json.encode(fresh.get(200).aliases))
    assert.are.equal("array", getmetatable(fresh.get(200).aliases).__jsontype)
  end)
  it("follows the cjson this Lua has", function()
    local aliases = hs.get(200).aliases
    if has_cjson and not cjson.empty_array_mt then
      assert.is_nil(aliases)
    else
      assert.are.equal(0, #aliases)
      if has_cjson then assert.are.equal("[]", cjson.encode(aliases)) end
    end
  end)
end)
