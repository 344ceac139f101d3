"""python -m httpstatus, the console script, the stubs and the sdist."""
import ast
import json
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap

import pytest

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode

from conftest import ROOT


def run(*args, cmd=None):
    cmd = cmd or [sys.executable, "-m", "httpstatus"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True)


# The command's text, options and exit statuses are tests/c/test_cli.sh's
# to check; here, that python -m httpstatus is that command: the same
# output, errors and exit status for the same arguments.
SAME_AS_C = [
    ["404"], ["--lang", "zh", "429"], ["597"], ["not a name"],
    ["99999999999999999999999"], ["--bogus"], ["--lang"],
    ["--lang", "fr", "404"], [], ["404", "--json"], ["--", "--json"],
    ["not", "found"], ["--json", "200", "not", "found", "1000"], ["teapot"],
    ["4xx", "--json"], ["\x1b[2J"], ["a" * 100000],
]


@pytest.mark.parametrize("args", SAME_AS_C, ids=lambda a: repr(a)[:40])
def test_same_as_the_c_command(c_cli, args):
    py, c = run(*args), run(*args, cmd=[c_cli])
    assert (py.returncode, py.stdout, py.stderr) == \
        (c.returncode, c.stdout, c.stderr)


def test_write_errors_exit_3_without_a_traceback():
    """python -m httpstatus to a full disk or a closed stdout: exit 3 and
    one line on stderr, as the C program does."""
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "httpstatus", "404"],
                           stdout=full, stderr=subprocess.PIPE, text=True)
    assert r.returncode == 3
    assert r.stderr.count("write error") == 1, r.stderr
    assert "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "httpstatus", "404"],
                       stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, preexec_fn=lambda: os.close(1))
    assert r.returncode == 3, r.stderr
    assert "Traceback" not in r.stderr


def test_broken_pipe_exits_3_without_a_traceback():
    """A reader that goes away (head -c 1): exit 3 and one line."""
    p = subprocess.Popen([sys.executable, "-m", "httpstatus", "--json"] +
                         ["1xx", "2xx", "3xx", "4xx", "5xx"] * 4,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.read(1)
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait() == 3, err
    assert err.count("write error") == 1 and "Traceback" not in err, err


def test_nul_in_an_argument_is_a_usage_error(capsys):
    """exec cannot pass a NUL; main() can be given one: not cut at it."""
    from httpstatus.__main__ import main
    assert main(["40\x004"]) == 2
    assert "NUL" in capsys.readouterr().err
    with pytest.raises(ValueError, match="NUL"):
        httpstatus._cli.main([b"httpstatus", b"40\x004"])
    with pytest.raises(ValueError, match="NUL"):
        httpstatus._cli.main(["httpstatus", "40\x004"])


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


def mypy(*args, cwd):
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=cwd,
                          capture_output=True, text=True)


# Names testing.py and __main__.py import from the standard library.
# stubtest before mypy 2.0 checks them too, against its own copy of
# typeshed, which lags the running interpreter (a free-threaded 3.13 gets
# mypy 1.x: 2.x has no wheel for it); they are the stdlib's, not ours.
STDLIB_IMPORTS = ("httpstatus\\.__main__\\.(IO|Iterable)(\\..*)?\n"
                  "httpstatus\\.testing\\.(Any|HTMLParser|TypeVar)(\\..*)?\n")


def stub_functions(module):
    """{name: [parameter names]} of the public functions of a stub."""
    import ast
    stub = os.path.join(os.path.dirname(httpstatus.__file__),
                        module + ".pyi")
    with open(stub, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            a = node.args
            found[node.name] = [p.arg for p in
                                a.posonlyargs + a.args + a.kwonlyargs] + (
                ["**" + a.kwarg.arg] if a.kwarg else [])
    return found


def test_stubtest_finds_nothing(tmp_path):
    """The stubs say what the installed package has, no more, no less.
    stubtest cannot run on PyPy (it imports symtable, whose C part PyPy
    lacks); there every public function of the stub is compared with the
    running one's signature instead."""
    if sys.implementation.name != "cpython":
        import inspect
        funcs = stub_functions("__init__")
        assert set(funcs) == set(httpstatus.__all__) - {
            "HTTPStatus", "WSCloseCode", "__version__"}
        for name, params in funcs.items():
            sig = inspect.signature(getattr(httpstatus, name))
            assert params == [("**" if p.kind is p.VAR_KEYWORD else "") +
                              p.name for p in sig.parameters.values()], name
        return
    r = mypy("--version", cwd=tmp_path)
    assert r.returncode == 0, "mypy missing from the test venv"
    old = int(r.stdout.split()[1].split(".")[0]) < 2
    (tmp_path / "stdlib.txt").write_text(STDLIB_IMPORTS)
    extra = ["--allowlist", "stdlib.txt", "--ignore-unused-allowlist"]
    for module in ("httpstatus", "httpstatus._core", "httpstatus._cli"):
        r = subprocess.run([sys.executable, "-m", "mypy.stubtest", module,
                            *(extra if old else [])],
                           cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_sees_literal_members(tmp_path):
    (tmp_path / "use.py").write_text(textwrap.dedent("""
        from httpstatus import HTTPStatus, WSCloseCode, get, phrase
        reveal_type(HTTPStatus.NOT_FOUND.value)
        reveal_type(HTTPStatus.NOT_FOUND)
        reveal_type(WSCloseCode.NORMAL_CLOSURE.phrase)
        reveal_type(get(404))
        reveal_type(phrase(404))
        reveal_type(HTTPStatus.OK.is_success)
        x: int = HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    """))
    r = mypy("--strict", "use.py", cwd=tmp_path)
    # some mypy releases (1.18, the newest with a wheel for 3.13t) name
    # builtins in full: "builtins.str"
    notes = [line.split("Revealed type is ")[1].replace("builtins.", "")
             for line in r.stdout.splitlines() if "Revealed type" in line]
    assert notes == ['"Literal[404]?"',
                     "\"Literal[httpstatus.HTTPStatus.NOT_FOUND]?\"",
                     '"str"', '"httpstatus.HTTPStatus"',
                     '"str"', '"bool"'], r.stdout
    assert "error" not in r.stdout, r.stdout


def test_sdist_installs_in_a_bare_venv(tmp_path):
    """python -m build makes the sdist; pip installs it into a venv with
    nothing but pip (SWIG and setuptools come from the build
    requirements), and the result works and carries its stubs."""
    r = subprocess.run([sys.executable, "-m", "build", "--sdist",
                        "--outdir", str(tmp_path)], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    (archive,) = tmp_path.glob("httpstatus_c-*.tar.gz")
    assert httpstatus.__version__ in archive.name
    with tarfile.open(archive) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("pyproject.toml", "setup.py", "csrc/httpstatus.c",
                   "csrc/httpstatus.h", "csrc/httpstatus/registry.h",
                   "cli/hs_cli.c", "cli/hs_cli.h", "bindings/python/httpstatus.i",
                   "bindings/python/hs_cli_module.c", "csrc/hs_search.c",
                   "csrc/hs_index.h", "bindings/python/httpstatus/_cli.pyi",
                   "bindings/python/hs_python.h",
                   "bindings/python/stubgen.c",
                   "bindings/python/httpstatus_stub.pyi.in",
                   "bindings/python/httpstatus/__init__.py",
                   "bindings/python/httpstatus/_core.pyi", "LICENSE"):
        assert needed in names, needed
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = str(venv / "bin" / "python")
    r = subprocess.run([py, "-m", "pip", "install", "-q",
                        "--disable-pip-version-check", str(archive)],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run([py, "-c", "import httpstatus, os; "
                        "print(httpstatus.HTTPStatus(404).phrase, "
                        "os.path.exists(os.path.join(os.path.dirname("
                        "httpstatus.__file__), '__init__.pyi')))"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.split() == ["Not", "Found", "True"], r.stderr


def test_editable_install_has_its_stubs(tmp_path):
    """pip install -e of a copy of the sources: the extension and the
    stubs (in the tree) sit beside the sources, where importers and type
    checkers look."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.so", "venv*", ".venv*"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = str(venv / "bin" / "python")
    r = subprocess.run([py, "-m", "pip", "install", "-q",
                        "--disable-pip-version-check", "-e", str(src)],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run([py, "-c", "import httpstatus; print(httpstatus."
                        "__file__); print(httpstatus.phrase(404))"],
                       capture_output=True, text=True, cwd=tmp_path)
    where, phrase = r.stdout.splitlines()
    package = src / "bindings" / "python" / "httpstatus"
    assert where == str(package / "__init__.py") and phrase == "Not Found"
    assert (package / "__init__.pyi").exists()


def test_the_library_extension_holds_nothing_of_the_command():
    """httpstatus._core is the C core and its binding: no function of cli/
    is compiled into it (the command is httpstatus._cli, loaded only by
    python -m httpstatus), while search, which the command also uses, is
    the core's own."""
    import re
    import shutil
    from httpstatus import _cli, _core
    assert shutil.which("nm"), "nm (binutils) is needed to read the symbols"

    def functions(*path):
        with open(os.path.join(ROOT, *path), encoding="utf-8") as f:
            return set(re.findall(r"^(?:static )?[a-z][\w ]*?\**\b(hs_\w+)\(",
                                  f.read(), re.M))

    # cli/'s own functions (a static helper the core also has, hs_lower,
    # is the core's too)
    cli_functions = functions("cli", "hs_cli.c") - functions(
        "csrc", "httpstatus.c") - functions("csrc", "hs_search.c")
    assert "hs_cli_main" in cli_functions and len(cli_functions) > 10

    def defined(path):
        out = subprocess.run(["nm", path], capture_output=True, text=True,
                             check=True).stdout
        return {line.split()[-1] for line in out.splitlines()
                if len(line.split()) == 3 and line.split()[1] in "tTdDrRbB"}

    core = defined(_core.__file__)
    assert "hs_search" in core and "hs_lookup" in core
    assert cli_functions & core == set()
    assert "hs_cli_main" in defined(_cli.__file__)
