# httpstatus - build, install, test, demo.  `make help` lists the targets.

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
CFLAGS  ?= -O2 -g
PYTHON  ?= /usr/bin/python3

# Warnings are errors in every build of ours; CFLAGS stays the user's.
HS_CFLAGS = -std=c99 -Wall -Wextra -Wshadow -Wstrict-prototypes -pedantic \
            -Werror -Icsrc $(SANITIZE)
SANITIZE  =
SUITES    = c pythons lua openresty consistency

VERSION := $(shell sed -n 's/^\#define HS_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)/\2/p' csrc/httpstatus.h | paste -sd.)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))

LIB_SRC = csrc/httpstatus.c csrc/hs_cli.c
HEADERS = csrc/httpstatus.h csrc/hs_registry.h csrc/hs_cli.h
OBJ     = $(LIB_SRC:csrc/%.c=$(BUILD)/obj/%.o)
PIC_OBJ = $(LIB_SRC:csrc/%.c=$(BUILD)/pic/%.o)

STATIC = $(BUILD)/libhttpstatus.a
SHARED = $(BUILD)/libhttpstatus.so
CLI    = $(BUILD)/httpstatus

.PHONY: all help install uninstall clean demo test test-c test-python test-pythons \
        test-lua test-openresty test-consistency bootstrap
all: $(STATIC) $(SHARED) $(CLI)

help:
	@echo "make            static and shared library and the CLI, in $(BUILD)/"
	@echo "make demo       set up, build everything, show lookups from C, Python and Lua"
	@echo "make test       set up, build, run every suite (C, Python, Lua, OpenResty)"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR= : header, libraries, CLI, httpstatus.pc"
	@echo "make fuzz       the libFuzzer target for FUZZ_SECONDS (default 600)"
	@echo "make bench      every benchmark, ratios against anchors in the same run"
	@echo "make test-pythons   the Python package on CPython 3.10-3.15, SWIG 4.1 and 4.5, ASan"
	@echo "make wheel      sdist and manylinux wheel in dist/ (python -m build, auditwheel)"
	@echo "make test-c | test-lua | test-openresty | test-consistency   one suite"

$(BUILD)/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(HS_CFLAGS) -c $< -o $@

$(BUILD)/pic/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(HS_CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

$(STATIC): $(OBJ)
	$(AR) rcs $@ $^

$(SHARED): $(PIC_OBJ)
	$(CC) $(CFLAGS) $(SANITIZE) -shared -Wl,-soname,libhttpstatus.so.$(SOMAJOR) -o $@ $^

$(CLI): cli/main.c $(STATIC) $(HEADERS)
	$(CC) $(CFLAGS) $(HS_CFLAGS) -o $@ cli/main.c $(STATIC)

$(BUILD)/httpstatus.pc: Makefile
	@mkdir -p $(@D)
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' \
	  'includedir=$${prefix}/include' '' 'Name: httpstatus' \
	  'Description: HTTP status codes and WebSocket close codes' \
	  'Version: $(VERSION)' 'Libs: -L$${libdir} -lhttpstatus' \
	  'Cflags: -I$${includedir}' > $@

install: all $(BUILD)/httpstatus.pc
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(HEADERS) $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(STATIC) $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(SHARED) $(DESTDIR)$(PREFIX)/lib/libhttpstatus.so.$(VERSION)
	ln -sf libhttpstatus.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libhttpstatus.so.$(SOMAJOR)
	ln -sf libhttpstatus.so.$(SOMAJOR) $(DESTDIR)$(PREFIX)/lib/libhttpstatus.so
	install -m 644 $(BUILD)/httpstatus.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/
	install -m 755 $(CLI) $(DESTDIR)$(PREFIX)/bin/
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null; then ldconfig; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/include/httpstatus.h $(DESTDIR)$(PREFIX)/include/hs_registry.h $(DESTDIR)$(PREFIX)/include/hs_cli.h \
	  $(DESTDIR)$(PREFIX)/lib/libhttpstatus.* $(DESTDIR)$(PREFIX)/lib/pkgconfig/httpstatus.pc \
	  $(DESTDIR)$(PREFIX)/bin/httpstatus

# ---- tests -----------------------------------------------------------------
# Each suite script prints its own lines and leaves "PASSED FAILED" in
# $(BUILD)/results/; tests/summary.sh adds them up into the closing line.

$(BUILD)/test_registry: tests/c/test_registry.c tests/c/check.h $(STATIC)
	$(CC) $(CFLAGS) $(HS_CFLAGS) -o $@ tests/c/test_registry.c $(STATIC)

bootstrap:
	@sh scripts/bootstrap.sh

test: bootstrap
	@rm -rf $(BUILD)/results
	@status=0; \
	for suite in $(SUITES); do \
	  $(MAKE) --no-print-directory test-$$suite || status=1; \
	done; \
	sh tests/summary.sh $(BUILD)/results || status=1; \
	exit $$status

test-c:
	@sh tests/c/run.sh $(BUILD)

test-pythons test-python: all
	@sh tests/python/run.sh $(BUILD)

test-lua: all
	@sh tests/lua/run.sh $(BUILD)

test-consistency: all
	@sh tests/consistency/run.sh $(BUILD)

test-openresty: all
	@sh tests/openresty/run.sh $(BUILD)

.PHONY: wheel
wheel: bootstrap
	@sh scripts/wheel.sh

demo: bootstrap all
	@sh scripts/demo.sh $(BUILD)

clean:
	rm -rf $(BUILD) dist *.egg-info bindings/python/httpstatus_wrap.c \
	  bindings/python/httpstatus/__init__.pyi bindings/lua/httpstatus/*.o \
	  httpstatus

# ---- Lua module: one build per interpreter ---------------------------------
LUA_VERSIONS = 5.1 5.2 5.3 5.4 jit
LUA_INC_5.1 = /usr/include/lua5.1
LUA_INC_5.2 = /usr/include/lua5.2
LUA_INC_5.3 = /usr/include/lua5.3
LUA_INC_5.4 = /usr/include/lua5.4
LUA_INC_jit = /usr/include/luajit-2.1
LUA_SRC = bindings/lua/httpstatus/core.c csrc/httpstatus.c $(HEADERS)
LUA_LUA = bindings/lua/httpstatus.lua bindings/lua/httpstatus/luassert.lua
LUA_MODULES = $(LUA_VERSIONS:%=$(BUILD)/lua/%/httpstatus/core.so)

.PHONY: lua print-lua-versions
lua: $(LUA_MODULES)

print-lua-versions:
	@echo $(LUA_VERSIONS)

# build/lua/V/ is laid out as an installed tree: httpstatus.lua,
# httpstatus/core.so, httpstatus/luassert.lua; LUA_PATH=build/lua/V/?.lua
# and LUA_CPATH=build/lua/V/?.so find all of it.
$(BUILD)/lua/%/httpstatus/core.so: $(LUA_SRC) $(LUA_LUA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(HS_CFLAGS) -I$(LUA_INC_$*) -fPIC -fvisibility=hidden -shared \
	  -o $@ bindings/lua/httpstatus/core.c
	cp bindings/lua/httpstatus.lua $(BUILD)/lua/$*/httpstatus.lua
	cp bindings/lua/httpstatus/luassert.lua $(@D)/luassert.lua

.PHONY: fuzz
FUZZ_SECONDS ?= 600
fuzz: bootstrap all
	@sh tests/fuzz/run.sh $(BUILD) $(FUZZ_SECONDS)

.PHONY: bench
bench: bootstrap
	@sh bench/run.sh $(BUILD)
