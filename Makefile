# httpstatus - build, install, test, demo.  `make help` lists the targets.
# The C sources are C99.

# Where `make install` puts things (GNU names; DESTDIR stages a package).
PREFIX       ?= /usr/local
EXEC_PREFIX  ?= $(PREFIX)
BINDIR       ?= $(EXEC_PREFIX)/bin
LIBDIR       ?= $(EXEC_PREFIX)/lib
INCLUDEDIR   ?= $(PREFIX)/include
DATAROOTDIR  ?= $(PREFIX)/share
MANDIR       ?= $(DATAROOTDIR)/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DESTDIR      ?=
BUILD        ?= build
CC           ?= cc
CFLAGS       ?= -O2 -g
CPPFLAGS     ?=
LDFLAGS      ?=

# Warnings are errors in every build of ours; CFLAGS stays the user's.
HS_CFLAGS = -std=c99 -Wall -Wextra -Wshadow -Wstrict-prototypes -pedantic \
            -Werror -Icsrc $(SANITIZE)
SANITIZE  =

VERSION := $(shell sed -n 's/^\#define HS_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)/\2/p' csrc/httpstatus.h | paste -sd.)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))

# The library: the registry and its lookups.  The public headers are
# httpstatus.h and the registry it expands (httpstatus/registry.h); the
# others are private (hs_internal.h: what only the command and the
# bindings use; hs_text.h: text rules; hs_index.h: the text index, made by
# make regen-index) are not installed.
HEADERS = csrc/httpstatus.h csrc/httpstatus/registry.h csrc/hs_internal.h \
          csrc/hs_text.h csrc/hs_index.h
# The lookups and the registry, and the search over them.
CORE_SRC = csrc/httpstatus.c csrc/hs_search.c
OBJ     = $(CORE_SRC:csrc/%.c=$(BUILD)/obj/%.o)
PIC_OBJ = $(CORE_SRC:csrc/%.c=$(BUILD)/pic/%.o)
# The command: cli/, over the library.
CLI_SRC = cli/main.c cli/hs_cli.c
CLI_HDR = cli/hs_cli.h

STATIC = $(BUILD)/libhttpstatus.a
CLI    = $(BUILD)/httpstatus

# The shared library's names: the file, the name programs record at link
# time, and the name a linker looks for (-lhttpstatus).  On Darwin a
# .dylib whose install name is where `make install` puts it, so it is
# relinked when LIBDIR changes (ld64 takes no version 0.x for
# -current_version, and the major version is in the name); elsewhere an
# ELF .so with a soname.
UNAME_S ?= $(shell uname -s)
ifeq ($(UNAME_S),Darwin)
SO_FILE  = libhttpstatus.$(VERSION).dylib
SO_NAME  = libhttpstatus.$(SOMAJOR).dylib
SO_LINK  = libhttpstatus.dylib
SO_FLAGS = -dynamiclib -Wl,-install_name,$(LIBDIR)/$(SO_NAME) \
           -Wl,-headerpad_max_install_names
SO_DEPS  = $(BUILD)/pc-vars
else
SO_FILE  = libhttpstatus.so.$(VERSION)
SO_NAME  = libhttpstatus.so.$(SOMAJOR)
SO_LINK  = libhttpstatus.so
SO_FLAGS = -shared -Wl,-soname,$(SO_NAME)
SO_DEPS  =
endif
SHARED = $(BUILD)/$(SO_LINK)

.PHONY: all help install uninstall clean demo test test-harness test-c test-python test-pythons \
        test-lua test-peers test-openresty test-consistency test-docs test-mutants test-platform \
        test-aarch64 check wheels regen-stubs bootstrap FORCE
all: $(STATIC) $(SHARED) $(CLI)

help:
	@echo "make            static and shared library and the CLI, in $(BUILD)/"
	@echo "make demo       set up, build everything, show lookups from C, Python and Lua"
	@echo "make check      the contributor's loop: build what changed, the C tests, pytest"
	@echo "                on an editable install, busted on Lua 5.4; under a minute;"
	@echo "                check-c, check-python, check-lua one kind each (make check"
	@echo "                runs those the machine has the tools for, names the rest)"
	@echo "make test       set up, build, run every suite (C, Python, Lua, OpenResty)"
	@echo "make install    header, libraries, CLI, man page, httpstatus.pc under"
	@echo "                PREFIX=$(PREFIX) (also EXEC_PREFIX BINDIR LIBDIR INCLUDEDIR"
	@echo "                MANDIR PKGCONFIGDIR DESTDIR); make uninstall undoes it"
	@echo "make fuzz       the libFuzzer targets for FUZZ_SECONDS (default 600) or FUZZ_RUNS each"
	@echo "make bench      every benchmark, ratios against anchors in the same run"
	@echo "make test-pythons   the Python package on CPython 3.10-3.15, SWIG 4.1 and 4.5, ASan"
	@echo "make wheel      sdist and the cp310 and cp312 abi3 manylinux wheels in dist/"
	@echo "make wheels     sdist and manylinux abi3 wheels for x86_64 and aarch64 in dist/"
	@echo "make test-aarch64   the Python suite on the aarch64 wheel, arm64 CPython under qemu"
	@echo "make test-platform  Windows (mingw-w64) and Darwin builds, the cibuildwheel plan, workflows"
	@echo "make regen-stubs   rewrite the Python type stubs from the registry"
	@echo "make regen-index   rewrite the text index csrc/hs_index.h from the registry"
	@echo "make test-c | test-lua | test-openresty | test-consistency | test-docs | test-mutants | test-harness"
	@echo "make test-peers werkzeug's own suite with http.HTTPStatus replaced by ours"
	@echo "                one suite"

$(BUILD)/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) -c $< -o $@

$(BUILD)/pic/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

$(STATIC): $(OBJ)
	$(AR) rcs $@ $^

$(SHARED): $(PIC_OBJ) $(SO_DEPS)
	$(CC) $(CFLAGS) $(SANITIZE) $(LDFLAGS) $(SO_FLAGS) -o $@ $(PIC_OBJ)

$(CLI): $(CLI_SRC) $(CLI_HDR) $(STATIC) $(HEADERS)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) -Icli $(LDFLAGS) -o $@ \
	  $(CLI_SRC) $(STATIC)

# The .pc names the directories it was made for: it is remade whenever
# one of them (or the version) differs from the last build's.
PC_VARS = $(PREFIX)|$(EXEC_PREFIX)|$(LIBDIR)|$(INCLUDEDIR)|$(VERSION)
$(BUILD)/pc-vars: FORCE
	@mkdir -p $(@D)
	@echo '$(PC_VARS)' | cmp -s - $@ || echo '$(PC_VARS)' > $@

$(BUILD)/httpstatus.pc: $(BUILD)/pc-vars
	printf '%s\n' 'prefix=$(PREFIX)' 'exec_prefix=$(EXEC_PREFIX)' \
	  'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' 'Name: httpstatus' \
	  'Description: HTTP status codes and WebSocket close codes' \
	  'Version: $(VERSION)' 'Libs: -L$${libdir} -lhttpstatus' \
	  'Cflags: -I$${includedir}' > $@

INSTALLED = $(INCLUDEDIR)/httpstatus.h $(INCLUDEDIR)/httpstatus/registry.h \
  $(LIBDIR)/libhttpstatus.a $(LIBDIR)/$(SO_FILE) \
  $(LIBDIR)/$(SO_NAME) $(LIBDIR)/$(SO_LINK) \
  $(PKGCONFIGDIR)/httpstatus.pc $(BINDIR)/httpstatus $(MANDIR)/man1/httpstatus.1

install: all $(BUILD)/httpstatus.pc
	install -d $(DESTDIR)$(INCLUDEDIR)/httpstatus $(DESTDIR)$(LIBDIR) \
	  $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 644 csrc/httpstatus.h $(DESTDIR)$(INCLUDEDIR)/
	install -m 644 csrc/httpstatus/registry.h $(DESTDIR)$(INCLUDEDIR)/httpstatus/
	install -m 644 $(STATIC) $(DESTDIR)$(LIBDIR)/
	install -m 755 $(SHARED) $(DESTDIR)$(LIBDIR)/$(SO_FILE)
	ln -sf $(SO_FILE) $(DESTDIR)$(LIBDIR)/$(SO_NAME)
	ln -sf $(SO_NAME) $(DESTDIR)$(LIBDIR)/$(SO_LINK)
	install -m 644 $(BUILD)/httpstatus.pc $(DESTDIR)$(PKGCONFIGDIR)/
	install -m 755 $(CLI) $(DESTDIR)$(BINDIR)/
	install -m 644 cli/httpstatus.1 $(DESTDIR)$(MANDIR)/man1/
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null; then ldconfig; fi

# Exactly what install put, and the one directory that is ours alone.
uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	-rmdir $(DESTDIR)$(INCLUDEDIR)/httpstatus 2>/dev/null

# ---- tests -----------------------------------------------------------------
# Each suite leaves a TAP or JUnit result in $(BUILD)/results/ (through
# tests/record.sh); tests/results.py adds them up into the closing line.

$(BUILD)/test_registry: tests/c/test_registry.c tests/c/check.h $(STATIC)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) $(LDFLAGS) -o $@ tests/c/test_registry.c $(STATIC)

$(BUILD)/test_search: tests/c/test_search.c tests/c/check.h $(STATIC)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) $(LDFLAGS) -o $@ tests/c/test_search.c $(STATIC)

bootstrap:
	@sh scripts/bootstrap.sh

# make check: the contributor's loop, no root and no network once
# $(DEV_VENV) exists (its first making takes the build requirements of
# pyproject.toml and the test requirements from PyPI).  The package is an
# editable install: Python edits are seen as they are; C, SWIG or stub
# sources newer than the last build are rebuilt here, without isolation.
DEV_VENV   = $(BUILD)/venv-dev
PY_SOURCES = $(CORE_SRC) $(HEADERS) cli/hs_cli.c $(CLI_HDR) \
  $(wildcard bindings/python/*.i bindings/python/*.h) bindings/python/stubgen.c \
  bindings/python/httpstatus_stub.pyi.in setup.py pyproject.toml

$(DEV_VENV)/.requirements: tests/python/requirements.txt pyproject.toml
	@echo "making $(DEV_VENV) (once; pip needs the network this time)"
	python3 -m venv $(DEV_VENV)
	$(DEV_VENV)/bin/pip install -q --disable-pip-version-check \
	  $$(python3 -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))') \
	  -r tests/python/requirements.txt > $(DEV_VENV).log 2>&1 || { cat $(DEV_VENV).log; exit 1; }
	@touch $@

# The venv's swig (the build requirement) first on PATH, as pip's isolated
# build has it; an extension of an earlier build could shadow the new one.
$(DEV_VENV)/.editable: $(DEV_VENV)/.requirements $(PY_SOURCES)
	rm -f bindings/python/httpstatus/_core.*.so bindings/python/httpstatus/_cli.*.so
	PATH="$(abspath $(DEV_VENV))/bin:$$PATH" $(DEV_VENV)/bin/pip install -q \
	  --disable-pip-version-check --no-build-isolation --no-deps --no-index -e . \
	  > $(DEV_VENV).log 2>&1 || { cat $(DEV_VENV).log; exit 1; }
	@touch $@

# One loop per kind of contributor; make check runs those the machine has
# the tools for and names what it left out (tests/check.sh).  Their build
# prerequisites are the check-deps-KIND targets.
.PHONY: check-c check-python check-lua check-deps-c check-deps-python check-deps-lua
check-deps-c: all $(BUILD)/test_registry $(BUILD)/test_search
check-deps-python: all $(DEV_VENV)/.editable
check-deps-lua: all $(BUILD)/lua/5.4/httpstatus/core.so
check-c check-python check-lua: check-%: check-deps-%
	@sh tests/check.sh $(BUILD) $*

check:
	@HS_LUA_INC=$(LUA_INC_5.4) sh tests/check.sh $(BUILD) auto

# make test: the suites in two lanes side by side, one per core
# (tests/lanes.sh), after building what both use.  A lane runs its suites
# in turn.  The Python lane holds what writes the package's in-tree build
# and build/venv (consistency reads that venv); the other lane shares
# nothing with it but the locked chroots.  Put a new suite where it
# evens the lanes out (the closing table shows each suite's wall time).
LANE_PYTHON = pythons consistency
LANE_OTHER  = harness c lua openresty peers platform docs mutants
SUITES      = $(LANE_PYTHON) $(LANE_OTHER)
# Every test-SUITE target runs through suite.sh: alone it needs nothing
# an earlier target made, and its wall time goes to the closing table.
SUITE = sh tests/suite.sh $(BUILD)

test: bootstrap
	@rm -rf $(BUILD)/results
	@$(MAKE) --no-print-directory all lua $(BUILD)/test_registry
	@sh tests/lanes.sh $(BUILD) "$(LANE_PYTHON)" "$(LANE_OTHER)"

test-harness:
	@$(SUITE) harness sh tests/scripts/run.sh $(BUILD)

test-c:
	@$(SUITE) c sh tests/c/run.sh $(BUILD)

# PY="3.12 asan" makes only those runs (tests/python/run.sh), as CI's jobs do.
PY =
test-pythons test-python: all
	@HS_PYTHONS="$(PY)" $(SUITE) pythons sh tests/python/run.sh $(BUILD)

# LUA55=0 leaves out Lua 5.5, which runs in the forky chroot.
LUA55 = 1
test-lua: all
	@HS_LUA55=$(LUA55) $(SUITE) lua sh tests/lua/run.sh $(BUILD)

# A peer's own suite with http.HTTPStatus swapped for ours (about a minute).
test-peers: all
	@$(SUITE) peers sh tests/record.sh $(BUILD)/results peer-werkzeug \
	  sh tests/python/peer_werkzeug.sh $(BUILD)

test-consistency: all
	@$(SUITE) consistency sh tests/consistency/run.sh $(BUILD)

test-openresty: all
	@$(SUITE) openresty sh tests/openresty/run.sh $(BUILD)

# The docs as a reader pastes them (tests/docs/blocks.py): README.md first,
# which installs what the API pages use; then docs/lua.md.
DOCS = README.md docs/c.md docs/python.md
test-docs:
	@$(SUITE) docs sh tests/docs/suite.sh $(BUILD) $(DOCS)

# Known faults planted one at a time in a scratch copy; make check must
# fail for each (tests/mutants/run.py lists them).
test-mutants:
	@$(SUITE) mutants sh tests/record.sh $(BUILD)/results mutants \
	  python3 tests/mutants/run.py $(BUILD)

.PHONY: wheel wheels test-aarch64 test-platform
wheel: bootstrap
	@sh scripts/wheel.sh

wheels: bootstrap
	@sh scripts/wheels.sh

# The aarch64 wheel that make wheels left in dist/.
test-aarch64:
	@$(SUITE) aarch64 sh tests/record.sh $(BUILD)/results python-aarch64 \
	  sh tests/platform/aarch64.sh

test-platform:
	@$(SUITE) platform sh tests/platform/run.sh $(BUILD)

demo: bootstrap all
	@sh scripts/demo.sh $(BUILD)

clean:
	rm -rf $(BUILD) dist *.egg-info bindings/python/httpstatus_wrap.c \
	  bindings/python/httpstatus/*.pyi.tmp bindings/lua/httpstatus/*.o \
	  bindings/python/httpstatus/_core.*.so bindings/python/httpstatus/_cli.*.so \
	  httpstatus

# ---- Python type stubs -----------------------------------------------------
# The stubs are in the tree, so that building the package runs nothing but
# the compiler for the target.  regen-stubs rewrites __init__.pyi from the
# registry (stubgen fills in the template's members, fields and names);
# tests/python/stubs.sh fails when that would change it.  _core.pyi, the
# private module's, holds nothing from the registry and is written by hand.
STUBS = bindings/python/httpstatus/__init__.pyi
STUB_TEMPLATE = bindings/python/httpstatus_stub.pyi.in
.PHONY: regen-stubs
$(BUILD)/stubgen: bindings/python/stubgen.c bindings/python/hs_attrs.h $(STATIC) $(HEADERS)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) $(LDFLAGS) -o $@ bindings/python/stubgen.c $(STATIC)

regen-stubs: $(BUILD)/stubgen
	$(BUILD)/stubgen < $(STUB_TEMPLATE) > $(STUBS).tmp
	mv $(STUBS).tmp $(STUBS)

# ---- The text index ---------------------------------------------------------
# csrc/hs_index.h is in the tree, made from the registry by
# scripts/indexgen.c; regen-index rewrites it after a registry edit, and
# tests/c/index.sh fails while it is stale.
.PHONY: regen-index
# indexgen links nothing (it reads the registry's X-macros), so it runs
# before the library that includes its output.
$(BUILD)/indexgen: scripts/indexgen.c csrc/httpstatus.h csrc/httpstatus/registry.h csrc/hs_text.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) $(LDFLAGS) -o $@ scripts/indexgen.c

regen-index: $(BUILD)/indexgen
	$(BUILD)/indexgen > csrc/hs_index.h.tmp
	mv csrc/hs_index.h.tmp csrc/hs_index.h

# ---- Lua module: one build per interpreter ---------------------------------
LUA_VERSIONS = 5.1 5.2 5.3 5.4 jit
LUA_INC_5.1 = /usr/include/lua5.1
LUA_INC_5.2 = /usr/include/lua5.2
LUA_INC_5.3 = /usr/include/lua5.3
LUA_INC_5.4 = /usr/include/lua5.4
LUA_INC_5.5 = /usr/include/lua5.5
LUA_INC_jit = /usr/include/luajit-2.1
LUA_SRC = bindings/lua/httpstatus/core.c $(CORE_SRC) $(HEADERS)
LUA_LUA = bindings/lua/httpstatus.lua bindings/lua/httpstatus/luassert.lua
LUA_MODULES = $(LUA_VERSIONS:%=$(BUILD)/lua/%/httpstatus/core.so)

.PHONY: lua print-lua-versions print-suites
lua: $(LUA_MODULES)

print-lua-versions:
	@echo $(LUA_VERSIONS)

print-suites:
	@echo $(SUITES)

# build/lua/V/ is laid out as an installed tree: httpstatus.lua,
# httpstatus/core.so, httpstatus/luassert.lua; LUA_PATH=build/lua/V/?.lua
# and LUA_CPATH=build/lua/V/?.so find all of it.
$(BUILD)/lua/%/httpstatus/core.so: $(LUA_SRC) $(LUA_LUA)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(HS_CFLAGS) -I$(LUA_INC_$*) -fPIC -fvisibility=hidden -shared $(LDFLAGS) \
	  -o $@ bindings/lua/httpstatus/core.c
	cp bindings/lua/httpstatus.lua $(BUILD)/lua/$*/httpstatus.lua
	cp bindings/lua/httpstatus/luassert.lua $(@D)/luassert.lua

.PHONY: fuzz
FUZZ_SECONDS ?= 600
FUZZ_RUNS    ?=
fuzz: bootstrap all
	@sh tests/fuzz/run.sh $(BUILD) $(FUZZ_SECONDS) $(FUZZ_RUNS)

.PHONY: bench
bench: bootstrap
	@sh bench/run.sh $(BUILD)

.PHONY: print-version
print-version:
	@echo $(VERSION)
