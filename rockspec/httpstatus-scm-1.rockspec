rockspec_format = "3.0"
package = "httpstatus"
version = "scm-1"
source = {
   url = "git+https://github.com/httpstatus/httpstatus.git"
}
description = {
   summary = "HTTP status codes and WebSocket close codes, from one C registry",
   detailed = [[
Every IANA HTTP status code with its RFC 9110 phrase, old names as aliases,
well-known unofficial codes, WebSocket close codes, English and Chinese
phrases and descriptions, and the RFC facts a server needs.  A C module
whose per-call functions stay on LuaJIT's compiled path in OpenResty.
   ]],
   license = "MIT",
}
dependencies = {
   "lua >= 5.1, < 5.5",
}
build = {
   type = "builtin",
   modules = {
      httpstatus = "bindings/lua/httpstatus.lua",
      ["httpstatus.core"] = {
         sources = { "bindings/lua/httpstatus/core.c" },
         incdirs = { "csrc" },
      },
      ["httpstatus.luassert"] = "bindings/lua/httpstatus/luassert.lua",
   },
}
test = {
   type = "command",
   script = "tests/lua/luarocks_test.lua",
}
