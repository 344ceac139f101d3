# rock.mk: what `luarocks make` and `luarocks build` run (the rockspec's
# build type "make").  The module is compiled straight into the directory
# luarocks installs from, outside the source tree, so that a build leaves
# the checkout as it found it (no core.o, no httpstatus/core.so, which
# would shadow the Python package from the top of the tree).
#
# luarocks passes LUA_INCDIR, CFLAGS, LIBFLAG and the INST_* directories;
# `luarocks make LUA_INCDIR=...` overrides the headers (OpenResty's LuaJIT).
CC         ?= cc
CFLAGS     ?= -O2 -fPIC
LIBFLAG    ?= -shared
LUA_INCDIR ?= /usr/include

build:
	@:

install:
	mkdir -p "$(INST_LIBDIR)/httpstatus" "$(INST_LUADIR)/httpstatus"
	$(CC) $(CFLAGS) -std=c99 -fvisibility=hidden -I"$(LUA_INCDIR)" -Icsrc \
	  $(LIBFLAG) -o "$(INST_LIBDIR)/httpstatus/core.so" \
	  bindings/lua/httpstatus/core.c
	cp bindings/lua/httpstatus.lua "$(INST_LUADIR)/httpstatus.lua"
	cp bindings/lua/httpstatus/luassert.lua "$(INST_LUADIR)/httpstatus/luassert.lua"

.PHONY: build install
