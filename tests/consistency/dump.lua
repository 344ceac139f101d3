-- dump.lua: the whole registry as the Lua module sees it, walking hs.get
-- and hs.ws.get (plain tables, which dkjson can walk) for every code, as JSON (dkjson, which every Lua here
-- has); then the answers to bad input.  Run by compare.py.
local hs = require "httpstatus"
local json = require "dkjson"

local entries = {}
-- An entry without old names has no aliases key in a Lua whose lua-cjson
-- cannot write an empty list as [] (docs/lua.md; records_spec.lua checks
-- when): the other front ends' [] is what that absence means.
local function entry(r)
  if r.aliases == nil then r.aliases = setmetatable({}, {__jsontype = "array"}) end
  return r
end
for _, code in ipairs(hs.codes()) do entries[#entries + 1] = entry(hs.get(code)) end
for _, code in ipairs(hs.ws.codes()) do entries[#entries + 1] = entry(hs.ws.get(code)) end

local function none(v) if v == nil then return json.null end return v end
local bad = {}
for _, code in ipairs({597, -1, 2^31, 2^63}) do
  bad[#bad + 1] = {code = code, get = none(hs.get(code)),
                   phrase = none(hs.phrase(code)),
                   ws_get = none(hs.ws.get(code))}
end
local lookups = {}
for _, text in ipairs({"no such status", "", "not\0found"}) do
  lookups[#lookups + 1] = none(hs.lookup(text))
end
-- understood_as for every code from 90 to 610, in order
local understood = {}
for code = 90, 610 do understood[#understood + 1] = none(hs.understood_as(code)) end
-- problem details for every code from 90 to 610, with a detail to escape
local problems = {}
for code = 90, 610 do
  problems[#problems + 1] = none(hs.problem(code, {detail = 'say "hi"\n\1'}))
end
-- status lines: the line, "code" or "version" (which one the core refused)
local lines = {}
for _, case in ipairs({{404, "HTTP/1.1"}, {597, "HTTP/1.0"}, {99, "HTTP/1.1"},
                       {1000, "HTTP/2"}, {404, ""}, {404, "HTTP 1.1"},
                       {99, "HTTP 1.1"}, {404, ("H"):rep(33)},
                       {999, ("H"):rep(32)}, {404, "HTTP/1.1\0x"}}) do
  local ok, line = pcall(hs.status_line, case[1], case[2])
  lines[#lines + 1] = not ok and "version" or line or "code"
end
-- every text of tests/data/lookup-forms.tsv, in order: {kind, text, code}
local forms = {}
for line in io.lines("tests/data/lookup-forms.tsv") do
  local kind, text = line:match("^(%a+)\t(.*)\t%d+$")
  if kind and kind ~= "kind" then
    local find = kind == "http" and hs.lookup or hs.ws.lookup
    forms[#forms + 1] = {kind = kind, text = text, code = none(find(text))}
  end
end
-- what hs.search ranks for every query of tests/data/search-ranking.tsv
local searches = {}
for line in io.lines("tests/data/search-ranking.tsv") do
  local query = line:match("^([^\t#][^\t]*)\t%d+\t")
  if query then
    searches[#searches + 1] = {query = query, codes = hs.search(query)}
  end
end
io.write(json.encode({entries = entries, bad = bad, lookups = lookups,
                      understood = understood, forms = forms, problems = problems,
                      searches = searches,
                      lines = lines,
                      version = hs._VERSION}))
