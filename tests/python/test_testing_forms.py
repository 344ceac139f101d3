"""httpstatus.testing on every expected form and odd status: what it
accepts, what it refuses and how each failure reads (issue 23; issue 25
items 1, 2 and 10)."""
import http
import re
import subprocess
import sys
import textwrap
import unittest

import pytest

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode
from httpstatus.testing import (BODY_LIMIT, AssertStatusMixin,
                                assert_status, describe_status)

HUGE = 10**5000  # over the 4,300 digits str() writes
HUGE_SHOWN = f"<int of {HUGE.bit_length()} bits>"


def failure(response, expected):
    with pytest.raises(AssertionError) as e:
        assert_status(response, expected)
    return str(e.value)


def test_huge_ints_are_no_int_digits_error():
    """Issue 25 item 1: an int over the str() limit is shown by its size."""
    assert describe_status(HUGE) == HUGE_SHOWN
    assert describe_status(-HUGE) == HUGE_SHOWN
    assert failure(HUGE, 200) == f"expected 200 OK, got {HUGE_SHOWN}"
    assert failure(200, HUGE).startswith(f"expected {HUGE_SHOWN}, got 200 OK")
    assert failure(200, range(HUGE, HUGE + 2)).startswith(
        f"expected {HUGE_SHOWN}..{HUGE_SHOWN}, got 200 OK")
    assert failure(HUGE, HTTPStatus.is_success).startswith("expected is_")
    assert assert_status(HUGE, range(HUGE, HUGE + 1)) == HUGE
    assert describe_status(2**70) == str(2**70)  # written out when it can be


def test_a_class_is_exactly_three_characters():
    """Issue 25 item 2: "2xx\\n" is no class ($ matched before a final
    newline); a code written as a string gets a hint."""
    for text in ("2xx\n", "2xx\r\n", " 2xx", "2xx ", "\n2xx", "2xxx", "2x",
                 "6xx", "0xx", "２xx", "2xx\0"):
        with pytest.raises(ValueError, match="'1xx' to '5xx'"):
            assert_status(200, text)
    assert assert_status(200, "2XX") == 200
    with pytest.raises(ValueError) as e:
        assert_status(200, "200")
    assert str(e.value).endswith("not '200'; did you mean 200 (an int)?")
    with pytest.raises(ValueError, match=r"did you mean 404 \(an int\)\?$"):
        assert_status(404, " 404\n")
    with pytest.raises(ValueError) as e:
        assert_status(200, "9" * 5000)
    assert "did you mean" not in str(e.value) and len(str(e.value)) < 120


def test_ranges():
    """Issue 25 item 10: an empty range is refused; a range reads a..b."""
    for empty in (range(5, 0), range(200, 200), range(300, 200, 1),
                  range(200, 300, -1)):
        with pytest.raises(ValueError, match="empty range"):
            assert_status(404, empty)
    assert failure(404, range(200, 300)).startswith(
        "expected 200..299, got 404 Not Found")
    assert failure(404, range(-5, 0)).startswith("expected -5..-1, got")
    assert failure(404, range(200, 300, 2)).startswith(
        "expected range(200, 300, 2), got")
    assert failure(404, range(599, 99, -100)).startswith(
        "expected range(599, 99, -100), got")
    assert assert_status(404, range(499, 99, -5)) == 404


def test_predicates_get_every_attribute_for_any_code():
    """An unregistered code reaches a predicate as a stand-in that has
    every attribute a member has: the predicate decides, nothing else
    raises."""
    assert failure(597, HTTPStatus.is_standard).startswith(
        "expected is_standard, got 597")
    assert failure(299, lambda s: s.is_retryable).startswith(
        "expected <lambda>, got 299")
    assert assert_status(299, HTTPStatus.is_success) == 299
    assert assert_status(597, lambda s: s.phrase is None) == 597
    assert assert_status(503, HTTPStatus.is_retryable) == 503
    seen = []
    assert_status(597, lambda s: seen.append(s) or True)
    stand_in = seen[0]
    assert stand_in == 597 and isinstance(stand_in, int)
    member = HTTPStatus.NOT_FOUND
    for attr in dir(member):  # 3.13 lists the other members too
        if not attr.startswith("_") and attr not in dir(int) and \
                attr not in HTTPStatus.__members__:
            assert hasattr(stand_in, attr), attr
    for field in httpstatus._core.fields("http"):
        value = getattr(stand_in, field)
        assert value is (False if field.startswith("is_") else None) or \
            value == (), field
    assert stand_in.is_server_error and stand_in.is_error
    assert stand_in.status_class == "server_error"
    assert not stand_in.is_standard and stand_in.name is None
    assert stand_in.status_line() == "HTTP/1.1 597 "


def test_flags_are_predicates_on_the_class():
    """HTTPStatus.is_retryable(member) works as HTTPStatus.is_success
    does: a predicate over members and plain ints; a stored flag is False
    for an unregistered code, a class flag follows the code's class."""
    stdlib = {m.value: m for m in http.HTTPStatus}
    for cls, flags in ((HTTPStatus, [a for a in dir(HTTPStatus.OK)
                                     if a.startswith("is_")
                                     and a not in dir(int)]),
                       (WSCloseCode, ["is_sendable"])):
        assert flags
        for name in flags:
            predicate = getattr(cls, name)
            assert callable(predicate) and predicate.__name__ == name
            assert predicate.__qualname__ == f"{cls.__name__}.{name}"
            for member in cls:
                assert predicate(member) is getattr(member, name)
                assert predicate(int(member)) is getattr(member, name)
            with pytest.raises(TypeError):
                predicate("404")
            with pytest.raises(TypeError):
                predicate(True)
    for code in range(0, 1000):
        if code in HTTPStatus._value2member_map_:
            continue
        assert HTTPStatus.is_success(code) is (200 <= code <= 299)
        assert HTTPStatus.is_error(code) is (400 <= code <= 599)
        assert HTTPStatus.is_retryable(code) is False
        assert HTTPStatus.is_standard(code) is False
    for code, member in stdlib.items():
        for name in ("is_success", "is_client_error", "is_server_error"):
            if hasattr(member, name):  # 3.12+
                assert getattr(HTTPStatus, name)(code) is \
                    getattr(member, name)
    assert HTTPStatus.is_retryable(HUGE) is False
    assert HTTPStatus.is_success(HUGE) is False
    assert WSCloseCode.is_sendable(1000) and not WSCloseCode.is_sendable(1005)


def test_helper_frames_are_hidden_in_unittest():
    class Case(AssertStatusMixin, unittest.TestCase):
        def test_it(self):
            self.assertStatus(404, 200, msg="GET /")

        def test_function(self):
            assert_status(404, 200)

    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(Case).run(result)
    assert len(result.failures) == 2
    for _, text in result.failures:
        assert "testing.py" not in text, text
        assert "expected 200 OK, got 404 Not Found" in text


def test_mixin_message_joins_the_first_line():
    class Case(AssertStatusMixin, unittest.TestCase):
        def test_long(self):
            self.assertStatus(404, 200, msg="GET /user")

        def test_short(self):
            self.longMessage = False
            self.assertStatus(404, 200, msg="GET /user")

    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(Case).run(result)
    about = "  404 is a client error (4xx): " + \
        HTTPStatus.NOT_FOUND.description
    texts = {t.id().rsplit(".", 1)[1]: e.rstrip().split("AssertionError: ")[1]
             for t, e in result.failures}
    assert texts["test_long"] == \
        f"expected 200 OK, got 404 Not Found : GET /user\n{about}"
    assert texts["test_short"] == f"GET /user\n{about}"


def test_helper_frames_are_hidden_in_pytest(pytester):
    pytester.makepyfile(textwrap.dedent("""
        from httpstatus.testing import assert_status

        def test_it():
            assert_status(404, 200)
    """))
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert "E       AssertionError: expected 200 OK, got 404 Not Found" in out
    assert "testing.py" not in out and "raise AssertionError" not in out


def response(status=500, **attrs):
    return type("Response", (), {"status_code": status, **attrs})()


def body_of(message):
    """The body part of a failure: the lines from '  body:' on."""
    lines = message.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("  body:")]
    return lines[starts[0]:] if starts else []


def test_bodies():
    trace = "Traceback (most recent call last):\n  File \"app.py\"\nKeyError: 'x'\n"
    assert body_of(failure(response(text=trace), 200)) == [
        "  body:", "    Traceback (most recent call last):",
        "      File \"app.py\"", "    KeyError: 'x'"]
    assert body_of(failure(response(content=b'{ "a" : [1, 2],\n "b": "\\u00e9"}'),
                           200)) == ['  body: {"a":[1,2],"b":"é"}']
    page = ("<!DOCTYPE html><html><head><title>Page not found at /x</title>"
            "<style>body { color: red }</style></head><body><h1>Page not"
            " found <span>(404)</span></h1><script>var x = 1;</script>"
            "<p>Request Method:\n GET</p></body></html>")
    assert body_of(failure(response(text=page), 200)) == [
        "  body: Page not found at /x | Page not found (404) Request "
        "Method: GET"]
    long_lines = "\n".join(["y" * 150] * 5)
    shown = body_of(failure(response(text=long_lines), 200))
    assert shown == ["  body:", "    " + "y" * 150, "    " + "y" * 50 + "..."]
    assert sum(len(line.strip()) for line in shown[1:]) == BODY_LIMIT + 3
    assert body_of(failure(response(text="\x1b[2J\0ok"), 200)) == [
        "  body: \\x1b[2J\\x00ok"]
    assert body_of(failure(response(text="  \n "), 200)) == []
    # aiohttp keeps a body it has read in _body (read() fills it)
    assert body_of(failure(type("ClientResponse", (), {
        "status": 500, "_body": b"oops", "content": object()})(), 200)) == [
        "  body: oops"]


def test_a_streaming_requests_body_is_never_read(tmp_path):
    """requests with stream=True: the failure does not read the body,
    which the test can still read after."""
    import http.server
    import threading

    import requests

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(500)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"later")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with requests.get(url, stream=True, timeout=10) as resp:
            message = failure(resp, 200)
            assert body_of(message) == [] and not resp._content_consumed
            assert resp.content == b"later"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_dir_lists_imported_submodules():
    code = ("import httpstatus; a = dir(httpstatus); "
            "import httpstatus.testing; b = dir(httpstatus); "
            "print('testing' in a, 'testing' in b, "
            "set(httpstatus.__all__) <= set(a), "
            "[n for n in b if not n.isidentifier() or n.startswith('_') "
            "and n != '__version__'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True).stdout.strip().split(maxsplit=3)
    assert out == ["False", "True", "True", "[]"]
