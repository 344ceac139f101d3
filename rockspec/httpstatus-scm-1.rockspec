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
   "lua >= 5.1, < 5.6",
}
-- rockspec/rock.mk compiles the C module straight into the rock's own
-- directory: nothing is built in, or left in, the source tree.
build = {
   type = "make",
   makefile = "rockspec/rock.mk",
   build_variables = {
      CFLAGS = "$(CFLAGS)",
      LIBFLAG = "$(LIBFLAG)",
      LUA_INCDIR = "$(LUA_INCDIR)",
   },
   install_variables = {
      CFLAGS = "$(CFLAGS)",
      LIBFLAG = "$(LIBFLAG)",
      LUA_INCDIR = "$(LUA_INCDIR)",
      INST_LIBDIR = "$(LIBDIR)",
      INST_LUADIR = "$(LUADIR)",
   },
}
test = {
   type = "command",
   script = "tests/lua/luarocks_test.lua",
}
