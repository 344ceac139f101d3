"""The pytest plugin (httpstatus.pytest_plugin), run by pytest itself in
a subprocess (pytester).  The oracle is pytest's own message: the run with
the plugin must print exactly what the run without it (-p no:httpstatus)
prints, plus one line where a member is compared, never less."""
import re
import sys

SAMPLE = """
    from httpstatus import HTTPStatus, WSCloseCode

    class Response:
        status_code = 404

        def __repr__(self):
            return "<Response [404]>"

    class BadRepr(int):
        def __repr__(self):
            raise RuntimeError("no repr")

    def test_member_left():
        assert HTTPStatus.OK == 404

    def test_member_right():
        assert 404 == HTTPStatus.OK

    def test_where_lines():
        assert Response().status_code == HTTPStatus.OK

    def test_not_equal():
        assert WSCloseCode.GOING_AWAY != 1001

    def test_unregistered():
        assert 597 == HTTPStatus.OK

    def test_huge_int():
        huge = 10 ** 5000
        assert huge == HTTPStatus.OK

    def test_int_beyond_64_bits():
        assert 2 ** 70 == HTTPStatus.OK

    def test_failing_repr():
        assert BadRepr(404) == HTTPStatus.OK

    def test_plain_ints():
        assert 404 == 200

    def test_an_earlier_comparison_that_passed():
        assert HTTPStatus.OK == 404 or True
        assert 1 == 2

    def test_with_a_message():
        assert Response().status_code == HTTPStatus.OK, "GET /user"
"""

# What the plugin adds to pytest's message, per test; the rest of the
# tests must print pytest's message unchanged.
ADDED = {
    "test_member_left": "E         200 OK != 404 Not Found",
    "test_member_right": "E         404 Not Found != 200 OK",
    "test_where_lines": "E         404 Not Found != 200 OK",
    "test_not_equal": "E         1001 Going Away == 1001 Going Away",
    "test_unregistered": "E         597 != 200 OK",
    "test_with_a_message": "E         404 Not Found != 200 OK",
}


def error_lines(output):
    """{test name: its E lines}, object addresses made equal."""
    found, name = {}, None
    for line in output.splitlines():
        header = re.match(r"_+ (test_\w+) _+$", line)
        if header:
            name = header.group(1)
            found[name] = []
        elif name and line.startswith("E "):
            found[name].append(re.sub(r"0x[0-9a-f]+", "0x?", line))
    return found


def test_plugin_output_is_pytest_output_plus_one_line(pytester):
    pytester.makepyfile(SAMPLE)
    plain = pytester.runpytest_subprocess("-p", "no:httpstatus")
    plain.assert_outcomes(failed=11)
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(failed=11)
    ours, pytest_own = (error_lines(r.stdout.str()) for r in (result, plain))
    assert len(ours) == 11 and ours.keys() == pytest_own.keys()
    for name, lines in pytest_own.items():
        added = [ADDED[name]] if name in ADDED else []
        assert ours[name] == lines + added, name
    # pytest's own explanation is there, and reads as pytest writes it
    assert ours["test_member_right"][:2] == [
        "E       assert 404 == <HTTPStatus.OK: 200>",
        "E        +  where <HTTPStatus.OK: 200> = HTTPStatus.OK"]
    assert "E        +  where 404 = <Response [404]>.status_code" in \
        ours["test_where_lines"]
    assert ours["test_with_a_message"][0] == "E       AssertionError: GET /user"
    assert "raised in repr()" in ours["test_failing_repr"][0]
    assert "Traceback" not in result.stdout.str()
    assert "httpstatus/pytest_plugin.py" not in result.stdout.str()


# httpstatus imported before pytest starts, in a project that makes every
# warning an error (werkzeug's and starlette's configs do): pytest, which
# marks our package for assertion rewriting because of the plugin, must
# not warn that it came too late, and the plugin still adds its line.
EARLY_SAMPLE = """
    from httpstatus import HTTPStatus

    def test_passes():
        assert HTTPStatus.NOT_FOUND == 404

    def test_fails():
        assert HTTPStatus.OK == 404
"""


def early_import_project(pytester):
    pytester.makeini("[pytest]\nfilterwarnings = error\n")
    pytester.makepyfile(EARLY_SAMPLE)
    site = pytester.mkdir("site")
    (site / "sitecustomize.py").write_text("import httpstatus\n")
    return site


def check_early_run(result):
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    assert "E         200 OK != 404 Not Found" in out
    assert "PytestAssertRewriteWarning" not in out + result.stderr.str()


def test_imported_by_sitecustomize_with_warnings_as_errors(pytester,
                                                           monkeypatch):
    site = early_import_project(pytester)
    monkeypatch.setenv("PYTHONPATH", str(site))
    check = pytester.run(sys.executable, "-c",
                         "import sys; print('httpstatus' in sys.modules)")
    assert check.stdout.lines[-1] == "True"  # the sitecustomize did run
    check_early_run(pytester.runpytest_subprocess())


def test_imported_by_a_script_before_pytest_main(pytester):
    early_import_project(pytester)
    script = pytester.makepyfile(run_tests="""
        import sys
        import httpstatus  # before pytest is imported at all
        import pytest
        sys.exit(pytest.main(["-p", "no:cacheprovider"]))
    """)
    check_early_run(pytester.run(sys.executable, str(script)))
