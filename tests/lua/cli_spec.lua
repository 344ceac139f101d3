-- cli_spec.lua - the Lua module against the C command's --json and
-- --version (HS_CLI names the command; dkjson reads it).  Run by
-- tests/lua/run.sh on every interpreter.
local hs = require "httpstatus"
local json = require "dkjson"

-- Records leave an empty alias list out where lua-cjson cannot write it
-- as [] (docs/lua.md).
local has_cjson, cjson = pcall(require, "cjson")
local cjson_has_no_marker = has_cjson and not cjson.empty_array_mt

local CLI = assert(os.getenv("HS_CLI"), "HS_CLI must name the C CLI")

local function cli(args)
  local p = assert(io.popen(CLI .. " " .. args))
  local out = p:read("*a")
  p:close()
  return out
end

describe("the C command", function()
  it("has the module's version", function()
    assert.are.equal("httpstatus " .. hs._VERSION .. "\n", cli("--version"))
  end)
  it("gives in --json what get gives, for every code", function()
    local all = json.decode(cli("--json"), 1, json.null)
    assert.are.equal(#hs.codes() + #hs.ws.codes(), #all)
    for _, want in ipairs(all) do
      local got = want.kind == "http" and hs.get(want.code) or
                  hs.ws.get(want.code)
      for key, value in pairs(want) do
        if value == json.null or key == "aliases" and #value == 0 and
           got[key] == nil and cjson_has_no_marker then
          -- no value, or an empty list this Lua's cjson would write as {}
          assert.is_nil(got[key], want.code .. " " .. key)
        else
          assert.are.same(value, got[key], want.code .. " " .. key)
        end
      end
      for key in pairs(got) do
        assert.is_not_nil(want[key], want.code .. " extra key " .. key)
      end
    end
  end)
end)
