"""wheel_suite.py PROJECT [PYTEST ARGS...]: the Python suite against an
installed wheel, on any operating system.

cibuildwheel's test command (pyproject.toml) on Linux, macOS and Windows,
and `make test-aarch64` in the arm64 chroot.  The suite compares the
package with the C command, so this first builds that command from
cli/ and csrc/ with the platform's own C compiler (setuptools' compiler
classes: gcc, clang or MSVC), then runs pytest on tests/python, leaving
out the tests that build the package from source.  Needs setuptools and
tests/python/requirements.txt in the running interpreter's environment.
"""
import os
import subprocess
import sys
import tempfile

import setuptools  # noqa: F401  (provides distutils on CPython 3.12+)
from distutils.ccompiler import new_compiler
from distutils.sysconfig import customize_compiler


def build_cli(project, out_dir):
    """The httpstatus command, built into out_dir; returns its path."""
    compiler = new_compiler()
    customize_compiler(compiler)
    # The registry holds UTF-8 literals: MSVC reads them as UTF-8 only when
    # told (setup.py says the same for the extension).
    flags = ["/utf-8"] if compiler.compiler_type == "msvc" else ["-std=c99"]
    sources = [os.path.join(project, *p) for p in
               (("cli", "main.c"), ("cli", "hs_cli.c"),
                ("csrc", "httpstatus.c"), ("csrc", "hs_search.c"))]
    objects = compiler.compile(
        sources, output_dir=out_dir, extra_preargs=flags,
        include_dirs=[os.path.join(project, "csrc"),
                      os.path.join(project, "cli")])
    compiler.link_executable(objects, "httpstatus", output_dir=out_dir)
    return os.path.join(out_dir, compiler.executable_filename("httpstatus"))


def main(argv):
    project = os.path.abspath(argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HS_CLI=build_cli(project, tmp))
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               "-k", "not sdist and not editable"]
        if os.environ.get("HS_JUNIT"):
            cmd.append("--junitxml=" + os.environ["HS_JUNIT"])
        # From tests/python's own directory, never the project root: only
        # the installed httpstatus is importable.
        cwd = os.path.join(project, "tests", "python")
        return subprocess.call(cmd + argv[2:] + ["."], cwd=cwd, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
