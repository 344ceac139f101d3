"""httpstatus-c: the httpstatus C registry for Python, built with SWIG.

pip install .  builds the extension _httpstatus (the package's _core) from
bindings/python/httpstatus.i and csrc/, and installs the package
bindings/python/httpstatus with type stubs generated from the registry.
"""
import os
import re
import sys

from setuptools import Extension, setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
CSRC = "csrc"
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


class build_py_with_stubs(build_py):
    """Also writes httpstatus/__init__.pyi, its member names read from the
    registry (csrc/hs_registry.h), so no name is written twice."""

    def run(self):
        super().run()
        stub = read(PKG_DIR, "httpstatus_stub.pyi.in")
        registry = read(CSRC, "hs_registry.h")

        def names(map_name, alias_map):
            body = re.search(r"#define %s\(XX\)(.*?)\n\n" % map_name,
                             registry, re.S).group(1)
            found = re.findall(r"XX\(\s*\d+\s*,\s*([A-Z0-9_]+)", body)
            body = re.search(r"#define %s\(XX\)(.*?)\n\n" % alias_map,
                             registry, re.S).group(1)
            found += re.findall(r"XX\(\s*\d+\s*,\s*([A-Z0-9_]+)", body)
            return "\n".join("    %s = ..." % n for n in found)

        stub = stub.replace("    # @HTTP_MEMBERS@",
                            names("HS_HTTP_MAP", "HS_HTTP_ALIAS_MAP"))
        stub = stub.replace("    # @WS_MEMBERS@",
                            names("HS_WS_MAP", "HS_WS_ALIAS_MAP"))
        out = os.path.join(self.build_lib, "httpstatus", "__init__.pyi")
        with open(out, "w", encoding="utf-8") as f:
            f.write(stub)


core = Extension(
    "_httpstatus",  # top level: see bindings/python/httpstatus.i
    sources=[os.path.join(PKG_DIR, "httpstatus.i"),
             os.path.join(CSRC, "httpstatus.c"),
             os.path.join(CSRC, "hs_cli.c")],
    include_dirs=[CSRC],
    swig_opts=["-I" + CSRC, "-outdir", os.path.join("build", "swig")],
    extra_compile_args=["-std=c99"],
    # One mapping for code and read-only data instead of three: each mmap
    # is microseconds of an import that must cost no more than `import http`.
    extra_link_args=(["-Wl,-z,noseparate-code"]
                     if sys.platform.startswith("linux") else []),
)
os.makedirs(os.path.join(HERE, "build", "swig"), exist_ok=True)

setup(
    name="httpstatus-c",
    version=version(),
    description="HTTP status codes and WebSocket close codes: phrases in "
                "English and Chinese, RFC facts, O(1) lookups (C core, SWIG)",
    long_description=read("README.md"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.8",
    packages=["httpstatus"],
    package_dir={"": PKG_DIR},
    package_data={"httpstatus": ["py.typed"]},
    ext_modules=[core],
    cmdclass={"build_py": build_py_with_stubs},
    entry_points={"console_scripts": ["httpstatus = httpstatus.__main__:main"]},
    classifiers=[
        "Programming Language :: C",
        "Programming Language :: Python :: 3",
        "Topic :: Internet :: WWW/HTTP",
    ],
)
