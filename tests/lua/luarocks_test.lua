-- luarocks_test.lua: what `luarocks test` runs (the rockspec's test
-- script), on the Lua that luarocks was asked for: busted over the specs
-- that need nothing but busted and dkjson (and lua-cjson where that Lua
-- has it), against the rock as
-- installed (found on the interpreter's own paths, or LUA_PATH/LUA_CPATH,
-- as `eval "$(luarocks path)"` sets them).  tests/lua/run.sh runs these
-- and the specs that compare with the C command.
arg = { "tests/lua/httpstatus_spec.lua", "tests/lua/records_spec.lua",
        "tests/lua/luassert_spec.lua", "tests/lua/search_spec.lua" }
require "busted.runner" ({ standalone = false })
