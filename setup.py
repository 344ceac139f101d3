"""httpstatus-c: what the build cannot say in pyproject.toml.

The extension httpstatus._core is the C core (csrc/) and the command
(cli/hs_cli.c, for python -m httpstatus) wrapped by SWIG
(bindings/python/httpstatus.i), built for the stable ABI where the SWIG
allows; the version is the C core's; the type stubs are written at build
time by a small C program over the registry.
"""
import os
import re
import shlex
import subprocess
import sysconfig
import tempfile

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

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


def stubs():
    """The stub text: bindings/python/stubgen.c, compiled against csrc/,
    fills in the template's members from the registry."""
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC")
                     or "cc")
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "stubgen")
        subprocess.check_call(cc + [
            "-std=c99", "-I" + os.path.join(HERE, CSRC), "-o", exe,
            os.path.join(HERE, PKG_DIR, "stubgen.c"),
            os.path.join(HERE, CSRC, "httpstatus.c")])
        return subprocess.run(
            [exe], input=read(PKG_DIR, "httpstatus_stub.pyi.in"), check=True,
            capture_output=True, text=True, encoding="utf-8").stdout


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


# One wheel for every CPython from 3.10 on (the stable ABI, abi3) where the
# SWIG can write limited-API code (4.2 and later); SWIG 4.1 builds a wheel
# for the running CPython.  HTTPSTATUS_LIMITED_API=0 asks for the latter.
LIMITED_API = (os.environ.get("HTTPSTATUS_LIMITED_API", "1") != "0"
               and swig_version() >= (4, 2))


class build_py_with_stubs(build_py):
    """Also writes httpstatus/__init__.pyi; in an editable install, beside
    the sources, where type checkers look."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            out = os.path.join(HERE, PKG_DIR, "httpstatus", "__init__.pyi")
        else:
            out = os.path.join(self.build_lib, "httpstatus", "__init__.pyi")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(stubs())


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


core = Extension(
    "httpstatus._core",
    sources=[os.path.join(PKG_DIR, "httpstatus.i"),
             os.path.join(CSRC, "httpstatus.c"),
             os.path.join(CLI, "hs_cli.c")],
    include_dirs=[CSRC, CLI, PKG_DIR],
    depends=[os.path.join(PKG_DIR, "hs_python.h"),
             os.path.join(PKG_DIR, "hs_attrs.h"),
             os.path.join(CSRC, "httpstatus.h"),
             os.path.join(CSRC, "httpstatus", "registry.h"),
             os.path.join(CLI, "hs_cli.h")],
    # SWIG's Python proxy (core.py) is not used: it goes to build/swig.
    swig_opts=["-I" + CSRC, "-outdir", os.path.join("build", "swig")],
    extra_compile_args=["-std=c99"],
    py_limited_api=LIMITED_API,
    define_macros=[("Py_LIMITED_API", "0x030A0000")] if LIMITED_API else [],
    # One mapping for code and read-only data instead of three: each mmap
    # is microseconds of an import that must cost no more than `import http`.
    extra_link_args=(["-Wl,-z,noseparate-code"]
                     if sysconfig.get_platform().startswith("linux") else []),
)
os.makedirs(os.path.join(HERE, "build", "swig"), exist_ok=True)

setup(
    version=version(),
    ext_modules=[core],
    cmdclass={"build_py": build_py_with_stubs,
              "build_ext": build_ext_msvc},
    options={"bdist_wheel": {"py_limited_api": "cp310"}} if LIMITED_API
    else {},
)
