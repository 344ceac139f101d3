"""python -m httpstatus, the console script, the stubs and the sdist."""
import ast
import json
import os
import shutil
import subprocess
import sys
import tarfile

import pytest

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode

from conftest import ROOT


def run(*args, cmd=None):
    cmd = cmd or [sys.executable, "-m", "httpstatus"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True)


def test_text_output():
    r = run("404")
    assert r.returncode == 0
    assert r.stdout.startswith("404 Not Found")
    r = run("--lang", "zh", "429")
    assert r.returncode == 0 and "429 请求过多" in r.stdout


def test_exit_statuses():
    assert run("597").returncode == 1
    assert run("not a name").returncode == 1
    assert run("99999999999999999999999").returncode == 1
    for args in (["--bogus"], ["--lang"], ["--lang", "fr", "404"], []):
        r = run(*args)
        assert r.returncode == 2 and "usage:" in r.stderr, args


def test_json_equals_c_cli(c_cli):
    py = json.loads(run("--json").stdout)
    c = json.loads(subprocess.run([c_cli, "--json"], capture_output=True,
                                  check=True).stdout)
    assert py == c
    one = json.loads(run("--json", "413").stdout)
    assert one["aliases"] == ["REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE"]


def test_console_script():
    exe = shutil.which("httpstatus", path=os.path.dirname(sys.executable))
    assert exe, "console script not installed next to the interpreter"
    r = run("--json", "1000", cmd=[exe])
    assert r.returncode == 0 and json.loads(r.stdout)["name"] == \
        "NORMAL_CLOSURE"


def test_main_function():
    from httpstatus.__main__ import main
    assert main(["--version"]) == 0
    assert main(["597"]) == 1


def stub_tree():
    path = os.path.join(os.path.dirname(httpstatus.__file__), "__init__.pyi")
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read())


def test_stubs_list_every_member_and_function():
    tree = stub_tree()
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    for cls in (HTTPStatus, WSCloseCode):
        names = {t.id for n in classes[cls.__name__].body
                 if isinstance(n, ast.Assign) for t in n.targets}
        assert names == set(cls.__members__), cls
    funcs = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    public = set(httpstatus.__all__) - {"HTTPStatus", "WSCloseCode",
                                        "__version__"}
    assert public <= funcs
    assert os.path.exists(os.path.join(os.path.dirname(httpstatus.__file__),
                                       "py.typed"))


def test_sdist_holds_the_sources(tmp_path):
    r = subprocess.run([sys.executable, "setup.py", "-q", "sdist", "-d",
                        str(tmp_path)], cwd=ROOT, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr
    (archive,) = tmp_path.glob("httpstatus-c-*.tar.gz")
    assert httpstatus.__version__ in archive.name
    with tarfile.open(archive) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("setup.py", "csrc/httpstatus.c", "csrc/httpstatus.h",
                   "csrc/hs_registry.h", "csrc/hs_cli.c",
                   "bindings/python/httpstatus.i",
                   "bindings/python/httpstatus_stub.pyi.in",
                   "bindings/python/httpstatus/__init__.py"):
        assert needed in names, needed
