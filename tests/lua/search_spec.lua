-- search_spec.lua - hs.search as a user meets it: the ranking table
-- (tests/data/search-ranking.tsv, what each query means), its two
-- properties over the whole registry, and bad input.
local hs = require "httpstatus"

local function rows()
  local list = {}
  for line in io.lines("tests/data/search-ranking.tsv") do
    local query, first, absent = line:match("^([^\t#][^\t]*)\t(%d+)\t([^\t]*)\t")
    if query then
      list[#list + 1] = {query = query, first = tonumber(first), absent = absent}
    end
  end
  return list
end

-- Every entry, HTTP then WebSocket, as records (hs.get over every code).
local function entries()
  local list = {}
  for code = 100, 599 do list[#list + 1] = hs.get(code) end
  for code = 1000, 4999 do list[#list + 1] = hs.ws.get(code) end
  return list
end

local function in_top3(text, code)
  local found = hs.search(text)
  for i = 1, 3 do
    if found[i] == code then return true end
  end
  return false
end

describe("hs.search", function()
  it("puts first what each query of the ranking table means", function()
    local table_rows = rows()
    assert.is_true(#table_rows >= 60)
    for _, row in ipairs(table_rows) do
      local found = hs.search(row.query)
      assert.are.equal(row.first, found[1], row.query)
      for code in row.absent:gmatch("%d+") do
        for i = 1, 5 do
          assert.are_not.equal(tonumber(code), found[i], row.query)
        end
      end
    end
  end)

  it("finds a phrase by any prefix of four letters or more", function()
    for _, r in ipairs(entries()) do
      for stop = 1, #r.phrase do
        local head = r.phrase:sub(1, stop)
        if select(2, head:gsub("%a", "")) >= 4 then
          assert.is_true(in_top3(head, r.code), head)
        end
      end
    end
  end)

  it("finds a phrase with any one-letter typo in a long word", function()
    for _, r in ipairs(entries()) do
      local p = r.phrase
      for s, e in p:gmatch("()%a%a%a%a%a+()") do
        for at = s, e - 1 do
          local typos = {
            p:sub(1, at - 1) .. p:sub(at + 1),                    -- dropped
            p:sub(1, at) .. p:sub(at),                            -- doubled
            p:sub(1, at - 1) .. (p:sub(at, at) == "x" and "q" or "x")
              .. p:sub(at + 1),                                   -- changed
          }
          if at + 1 < e and p:sub(at, at) ~= p:sub(at + 1, at + 1) then
            typos[#typos + 1] = p:sub(1, at - 1) .. p:sub(at + 1, at + 1)
              .. p:sub(at, at) .. p:sub(at + 2)                   -- swapped
          end
          for _, typo in ipairs(typos) do
            assert.is_true(in_top3(typo, r.code), typo)
          end
        end
      end
    end
  end)

  it("gives a plain list, empty for what names nothing", function()
    local found = hs.search("not fond")
    assert.are.same({404}, found)
    assert.are.equal(1, #found)
    for _, text in ipairs({"", " _-./", "zzzqqq", "not\0found", "\255",
                           string.rep("a", 300), string.rep("x", 2^20)}) do
      assert.are.same({}, hs.search(text))
    end
  end)

  it("refuses what is not a string", function()
    for _, bad in ipairs({{}, true, print}) do
      local ok, err = pcall(hs.search, bad)
      assert.is_false(ok)
      assert.matches("bad argument #1 to 'search' %(string expected", err)
    end
    assert.has_error(function() hs.search() end)
  end)
end)
