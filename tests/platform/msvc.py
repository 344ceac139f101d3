"""msvc.py: setup.py's build_ext gives MSVC /utf-8 (and no gcc flag) and
leaves other compilers' flags alone.  No MSVC here: setup.py runs with
setuptools.setup captured, and its build_ext command runs against a
stand-in compiler whose compiler_type is what distutils reports for MSVC
("msvc") or gcc ("unix"); the base build_extensions records the flags
instead of compiling.  Prints TAP."""
import os
import runpy
import sys

import setuptools
from setuptools.command.build_ext import build_ext
from setuptools.dist import Distribution

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import check, done  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def setup_args():
    captured = {}
    real = setuptools.setup
    setuptools.setup = lambda **kw: captured.update(kw)
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        runpy.run_path(os.path.join(ROOT, "setup.py"), run_name="__main__")
    finally:
        setuptools.setup = real
        os.chdir(cwd)
    return captured


def flags_for(compiler_type):
    """The compile flags each extension has when the build starts."""
    args = setup_args()
    seen = []
    original = build_ext.build_extensions
    build_ext.build_extensions = lambda self: seen.extend(
        list(e.extra_compile_args) for e in self.extensions)
    try:
        cmd = args["cmdclass"]["build_ext"](
            Distribution({"ext_modules": args["ext_modules"]}))
        cmd.compiler = type("Compiler", (), {"compiler_type": compiler_type})()
        cmd.extensions = args["ext_modules"]
        cmd.build_extensions()
    finally:
        build_ext.build_extensions = original
    return seen


msvc = flags_for("msvc")
check("MSVC: every extension is compiled with /utf-8",
      bool(msvc) and all("/utf-8" in f for f in msvc))
check("MSVC: no gcc-style -std flag",
      all(not a.startswith("-std") for f in msvc for a in f))
unix = flags_for("unix")
check("gcc/clang: -std=c99 and no MSVC flag",
      bool(unix) and all("-std=c99" in f and "/utf-8" not in f for f in unix))
done()
