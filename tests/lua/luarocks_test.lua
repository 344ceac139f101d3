-- luarocks_test.lua: what `luarocks test` runs (the rockspec's test
-- script), on the Lua that luarocks was asked for: busted over the specs,
-- against the rock as installed (found on the interpreter's own paths, or
-- LUA_PATH/LUA_CPATH).  HS_CLI names the C CLI the spec compares with.
arg = { "tests/lua/httpstatus_spec.lua", "tests/lua/luassert_spec.lua" }
require "busted.runner" ({ standalone = false })
