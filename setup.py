"""httpstatus-c: what the build cannot say in pyproject.toml.

The extension httpstatus._core is the C core (csrc/) wrapped by SWIG
(bindings/python/httpstatus.i); httpstatus._cli is the command (cli/,
for python -m httpstatus) over the same core.  Both are built for the
stable ABI where the interpreter and the SWIG allow; the version is the C
core's.  This file
compiles the extension and nothing else: the type stubs are in the tree
(make regen-stubs rewrites them from the registry).
"""
import os
import re
import subprocess
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
CSRC = "csrc"
CLI = "cli"
PKG_DIR = os.path.join("bindings", "python")


def read(*parts):
    with open(os.path.join(HERE, *parts), encoding="utf-8") as f:
        return f.read()


def version():
    """The C core's version (HS_VERSION_MAJOR/MINOR/PATCH)."""
    header = read(CSRC, "httpstatus.h")
    return ".".join(
        re.search(r"#define HS_VERSION_%s (\d+)" % part, header).group(1)
        for part in ("MAJOR", "MINOR", "PATCH"))


def swig_version():
    """The version of the swig that build_ext will run (the first on PATH:
    the build requirement's, under pip's build isolation)."""
    try:
        out = subprocess.run(["swig", "-version"], capture_output=True,
                             text=True).stdout
    except OSError:
        return ()
    found = re.search(r"SWIG Version (\d+)\.(\d+)", out)
    return tuple(int(x) for x in found.groups()) if found else ()


# The one place that decides how the extension is built for the running
# interpreter (the C asks Py_GIL_DISABLED, which pyconfig.h defines on the
# same builds).
SWIG = swig_version()
# A free-threaded CPython (3.13t, 3.14t) refuses the limited API.  There
# the module declares that it runs without the GIL (SWIG's -nogil: the
# Py_mod_gil slot), which SWIG does from 4.4 on; an older SWIG would have
# the import turn the GIL back on, so it is refused here.
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
if FREE_THREADED and SWIG < (4, 4):
    raise SystemExit("httpstatus-c: a free-threaded CPython needs SWIG 4.4 "
                     "or later to build the extension (found %s)" %
                     (".".join(map(str, SWIG)) or "none"))
# Elsewhere one wheel for every CPython from 3.10 on (the stable ABI, abi3)
# where the SWIG can write limited-API code (4.2 and later); SWIG 4.1
# builds a wheel for the running CPython.  HTTPSTATUS_LIMITED_API=0 asks
# for the latter.  The stable ABI is CPython's: PyPy (cpyext) builds for
# itself.
LIMITED_API = (os.environ.get("HTTPSTATUS_LIMITED_API", "1") != "0"
               and sys.implementation.name == "cpython"
               and not FREE_THREADED and SWIG >= (4, 2))
# The oldest CPython a stable-ABI build runs on: 3.12 when built on 3.12 or
# later, whose limited API lets HTTPStatus(404) be a vectorcall
# (hs_python.h); else 3.10.  So there are two abi3 wheels, cp310 and cp312,
# and pip takes the newest that the interpreter can run.
ABI3_MIN = (3, 12) if sys.version_info >= (3, 12) else (3, 10)


class build_ext_msvc(build_ext):
    """MSVC reads a source file in the machine's code page unless told it is
    UTF-8 (the registry holds Chinese literals), and has no -std=c99."""

    def build_extensions(self):
        if self.compiler.compiler_type == "msvc":
            for ext in self.extensions:
                ext.extra_compile_args = [
                    arg for arg in ext.extra_compile_args
                    if arg != "-std=c99"] + ["/utf-8"]
        super().build_extensions()


CORE_SOURCES = [os.path.join(CSRC, "httpstatus.c"),
                os.path.join(CSRC, "hs_search.c")]
CORE_HEADERS = [os.path.join(CSRC, "httpstatus.h"),
                os.path.join(CSRC, "httpstatus", "registry.h"),
                os.path.join(CSRC, "hs_internal.h"),
                os.path.join(CSRC, "hs_text.h"),
                os.path.join(CSRC, "hs_index.h")]
ABI = dict(
    extra_compile_args=["-std=c99"],
    py_limited_api=LIMITED_API,
    define_macros=([("Py_LIMITED_API", "0x%02X%02X0000" % ABI3_MIN)]
                   if LIMITED_API else []),
    # One mapping for code and read-only data instead of three: each mmap
    # is microseconds of an import that must cost no more than `import http`.
    extra_link_args=(["-Wl,-z,noseparate-code"]
                     if sysconfig.get_platform().startswith("linux") else []),
)

core = Extension(
    "httpstatus._core",
    sources=[os.path.join(PKG_DIR, "httpstatus.i")] + CORE_SOURCES,
    include_dirs=[CSRC, PKG_DIR],
    depends=[os.path.join(PKG_DIR, "hs_python.h"),
             os.path.join(PKG_DIR, "hs_attrs.h")] + CORE_HEADERS,
    # SWIG's Python proxy (core.py) is not used: it goes to build/swig.
    swig_opts=["-I" + CSRC, "-outdir", os.path.join("build", "swig")] +
    (["-nogil"] if FREE_THREADED else []),
    **ABI)

# python -m httpstatus: the command itself, loaded only by that.
cli = Extension(
    "httpstatus._cli",
    sources=[os.path.join(PKG_DIR, "hs_cli_module.c"),
             os.path.join(CLI, "hs_cli.c")] + CORE_SOURCES,
    include_dirs=[CSRC, CLI],
    depends=[os.path.join(CLI, "hs_cli.h")] + CORE_HEADERS,
    **ABI)
os.makedirs(os.path.join(HERE, "build", "swig"), exist_ok=True)

setup(
    version=version(),
    ext_modules=[core, cli],
    cmdclass={"build_ext": build_ext_msvc},
    options=({"bdist_wheel": {"py_limited_api": "cp%d%d" % ABI3_MIN}}
             if LIMITED_API else {}),
)
