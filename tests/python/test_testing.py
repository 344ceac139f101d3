"""httpstatus.testing, the pytest plugin and the unittest mixin, against
real clients talking to a real server on 127.0.0.1."""
import http.client
import http.server
import json
import subprocess
import sys
import textwrap
import threading
import unittest
import urllib.error
import urllib.request

import pytest

from httpstatus import HTTPStatus
from httpstatus.testing import AssertStatusMixin, assert_status, status_of

NOT_FOUND_ABOUT = ("  404 is a client error (4xx): " +
                   HTTPStatus.NOT_FOUND.description)
BODY = '{"detail": "no such user"}'


class Handler(http.server.BaseHTTPRequestHandler):
    """GET /CODE answers with that status and a small JSON body."""

    def do_GET(self):  # noqa: N802 - http.server's name
        code = int(self.path.strip("/"))
        body = BODY.encode() if code != 200 else b'{"ok": true}'
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """A server on 127.0.0.1, on a port the system picks, stopped after."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def failure(response, expected):
    with pytest.raises(AssertionError) as e:
        assert_status(response, expected)
    return str(e.value)


def expected_text(first_line):
    """The whole message: JSON bodies are shown compact."""
    compact = json.dumps(json.loads(BODY), separators=(",", ":"))
    return "\n".join([first_line, NOT_FOUND_ABOUT, f"  body: {compact}"])


def test_urllib(server):
    with urllib.request.urlopen(server + "/200") as ok:
        assert assert_status(ok, 200) is ok
        assert assert_status(ok, "2xx") is ok
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(server + "/404")
    with e.value as missing:
        assert failure(missing, 200) == expected_text(
            "expected 200 OK, got 404 Not Found")
        assert missing.read().decode() == BODY  # the peek took nothing


def test_http_client(server):
    host, port = server[len("http://"):].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", "/404")
        resp = conn.getresponse()
        assert failure(resp, (200, 201)) == expected_text(
            "expected 200 OK or 201 Created, got 404 Not Found")
        assert resp.read().decode() == BODY
    finally:
        conn.close()


def test_requests(server):
    import requests
    ok = requests.get(server + "/200", timeout=10)
    assert assert_status(ok, HTTPStatus.OK) is ok
    missing = requests.get(server + "/404", timeout=10)
    assert failure(missing, "2xx") == expected_text(
        "expected 2xx, got 404 Not Found")
    assert failure(missing, HTTPStatus.is_success) == expected_text(
        "expected is_success, got 404 Not Found")


def test_httpx(server):
    import httpx
    with httpx.Client(timeout=10) as client:
        assert_status(client.get(server + "/200"), range(200, 300))
        missing = client.get(server + "/404")
        assert failure(missing, range(200, 300)) == expected_text(
            "expected 200..299, got 404 Not Found")
        with client.stream("GET", server + "/404") as streamed:
            # a body not read yet is not read for the message
            assert failure(streamed, 200) == "\n".join([
                "expected 200 OK, got 404 Not Found", NOT_FOUND_ABOUT])


def test_starlette_test_client():
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    async def user(request):
        return JSONResponse({"detail": "no such user"}, status_code=404)

    app = Starlette(routes=[Route("/user", user)])
    with TestClient(app) as client:
        resp = client.get("/user")
    assert failure(resp, 200) == "\n".join([
        "expected 200 OK, got 404 Not Found", NOT_FOUND_ABOUT,
        '  body: {"detail":"no such user"}'])


def test_plain_ints_and_bad_arguments():
    assert assert_status(204, 204) == 204
    assert failure(597, 200) == "expected 200 OK, got 597\n" \
        "  597 is a server error (5xx)"
    assert failure(2**70, 200) == f"expected 200 OK, got {2**70}"
    long_body = type("R", (), {"status_code": 500, "text": "x" * 5000})()
    message = failure(long_body, 200)
    assert message.endswith("  body: " + "x" * 200 + "...")
    assert len(message) < 600
    bad = type("R", (), {"status_code": 502, "content": b"\xff\xfe\x00ok"})()
    assert failure(bad, 200).endswith("body: \ufffd\ufffd\\x00ok")
    for response in (None, "404", 404.0, True, object()):
        with pytest.raises(TypeError, match="no status code"):
            status_of(response)
    for expected in (True, None, 4.5, b"2xx"):
        with pytest.raises(TypeError):
            assert_status(200, expected)
    for expected in ("6xx", "2XY", "", "200", ()):
        with pytest.raises(ValueError):
            assert_status(200, expected)


def test_unittest_mixin(server):
    class Case(AssertStatusMixin, unittest.TestCase):
        def test_it(self):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(server + "/404")
            with e.value as resp:
                self.assertStatus(resp, HTTPStatus.OK, msg="GET /404")

        def test_ok(self):
            self.assertStatus(200, "2xx")

    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(Case).run(result)
    assert result.testsRun == 2 and len(result.failures) == 1
    text = result.failures[0][1]
    assert "AssertionError: " + expected_text(
        "expected 200 OK, got 404 Not Found : GET /404") in text


def test_import_httpstatus_imports_none_of_it():
    out = subprocess.run([sys.executable, "-X", "importtime", "-c",
                          "import httpstatus"], capture_output=True,
                         text=True, check=True).stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in
                out.splitlines()}
    for module in ("httpstatus.testing", "httpstatus.pytest_plugin",
                   "pytest", "_pytest", "unittest", "requests", "httpx",
                   "urllib.request", "http.client", "starlette"):
        assert module not in imported, module


def test_message_reads_well_for_json_api():
    """The class and description lines come from the registry, so they
    read the same as httpstatus.describe()."""
    import httpstatus
    text = failure(type("R", (), {"status": 429, "data": json.dumps(
        {"retry": 5}).encode()})(), "2xx")
    assert text.splitlines() == [
        "expected 2xx, got 429 Too Many Requests",
        "  429 is a client error (4xx): " + httpstatus.describe(429),
        '  body: {"retry":5}']
