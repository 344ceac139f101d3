"""Ours against the running interpreter's own http.HTTPStatus, and
CPython's own HTTPStatus tests run with http.HTTPStatus replaced by ours."""
import copy
import http
import json
import pickle
import subprocess
import sys
import textwrap

import pytest

from httpstatus import HTTPStatus

# RFC 9110 renamed five codes; CPython 3.13 took the new names and phrases,
# earlier versions have the old ones (ours too, as aliases).
RENAMED = {413: "REQUEST_ENTITY_TOO_LARGE", 414: "REQUEST_URI_TOO_LONG",
           416: "REQUESTED_RANGE_NOT_SATISFIABLE",
           422: "UNPROCESSABLE_ENTITY"}
STD = list(http.HTTPStatus)


@pytest.mark.parametrize("std", STD, ids=lambda m: str(m.value))
def test_every_stdlib_member(std):
    ours = HTTPStatus[std.name]  # any name of the stdlib's resolves
    assert ours == std and ours.value == std.value
    assert HTTPStatus(std.value) is ours is HTTPStatus(std)
    assert hash(ours) == hash(std) == hash(std.value)
    if std.name == ours.name:
        assert ours.phrase == std.phrase
        for show in (repr, str, format, "{:>8}".format, "{:d}".format,
                     "{!r}".format, "{0:03}".format):
            assert show(ours) == show(std)
    else:
        assert std.value in RENAMED and RENAMED[std.value] == std.name
        assert std.name in ours.aliases
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(ours, protocol)) is ours
    assert copy.copy(ours) is ours is copy.deepcopy(ours)
    assert isinstance(ours, int) and not isinstance(ours, http.HTTPStatus)
    if sys.version_info >= (3, 12):  # `in` takes values from 3.12 on
        assert (std.value in HTTPStatus) is (std.value in http.HTTPStatus)
        for attr in ("is_informational", "is_success", "is_redirection",
                     "is_client_error", "is_server_error"):
            assert getattr(ours, attr) is getattr(std, attr), attr


def test_same_order_and_names():
    ours = [m.value for m in HTTPStatus]
    assert ours == sorted(ours)
    std_values = [m.value for m in STD]
    assert [v for v in ours if v in set(std_values)] == std_values
    for name in http.HTTPStatus.__members__:
        assert name in HTTPStatus.__members__
    assert len(HTTPStatus.__members__) > len(http.HTTPStatus.__members__)
    if sys.version_info >= (3, 12):
        assert 597 not in HTTPStatus and "404" not in HTTPStatus
        assert HTTPStatus.OK in HTTPStatus and http.HTTPStatus.OK in HTTPStatus


# CPython's tests of http.HTTPStatus (test_httplib), run with ours in its
# place.  Those that fail do so on purpose, for the reasons given.
CPYTHON_SUITE = textwrap.dedent("""
    import http, json, sys, unittest
    import httpstatus
    http.HTTPStatus = httpstatus.HTTPStatus  # before http.client reads it
    if sys.implementation.name == "pypy":
        # PyPy's test.support tries _testcapi, which Debian's pypy3 ships
        # without the C source it compiles: make that import fail the way
        # test.support expects (None in sys.modules is an ImportError).
        sys.modules["_testcapi"] = None
    from test import test_httplib
    names = ["test_dir_with_added_behavior_on_status",
             "test_simple_httpstatus", "test_httpstatus_range",
             "test_httpstatus_category", "test_status_lines",
             "test_bad_status_repr", "test_responses",
             "test_client_constants"]
    suite = unittest.TestSuite()
    for case in (test_httplib.BasicTest, test_httplib.OfflineTest):
        for name in names:
            if hasattr(case, name):
                suite.addTest(case(name))
    result = unittest.TestResult()
    suite.run(result)
    print(json.dumps({"ran": result.testsRun,
                      "failed": sorted(t.id().split(".")[-1] for t, _ in
                                       result.failures + result.errors)}))
""")

DELIBERATE = {
    # The stdlib's check compares its own member list with the class: ours
    # has more members (unofficial codes, 104 ...) and RFC 9110's names.
    "test_simple_httpstatus",
}


def test_cpython_httpstatus_tests():
    r = subprocess.run([sys.executable, "-c", CPYTHON_SUITE],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.splitlines()[-1])
    assert out["ran"] >= 4, out  # the interpreter's test suite is there
    assert set(out["failed"]) <= DELIBERATE, out
