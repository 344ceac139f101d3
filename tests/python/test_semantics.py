"""RFC semantics and the lookup forms decided once in the C core (issue 21):
understood_as, the status-line rules, the names and texts users already
hold.  Expected values come from tests/data (the IANA and unofficial
tables, rfc-facts.md) and the RFC rules, not from the code."""
import math

import pytest

import httpstatus
from httpstatus import HTTPStatus


def test_understood_as_every_code(iana, unofficial):
    """RFC 9110 Section 15: a registered code is itself, an unregistered
    one in 100..599 the x00 code of its class, anything else nothing."""
    registered = set(iana) | set(unofficial)
    for code in range(-5, 1100):
        got = httpstatus.understood_as(code)
        if 100 <= code <= 599:
            want = code if code in registered else code // 100 * 100
            assert got is HTTPStatus(want), code
        else:
            assert got is None, code
    assert httpstatus.understood_as(597) is HTTPStatus.INTERNAL_SERVER_ERROR
    assert httpstatus.understood_as(HTTPStatus.NOT_FOUND) is \
        HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("code", [2**31, -2**31 - 1, 2**63, 10**5000,
                                  -10**5000], ids=lambda c: f"{c.bit_length()}bits")
def test_understood_as_huge_ints(code):
    assert httpstatus.understood_as(code) is None


@pytest.mark.parametrize("bad", [True, False, 404.0, math.nan, "404", b"404",
                                 None, [404]])
def test_understood_as_refuses_what_is_not_an_int(bad):
    with pytest.raises(TypeError):
        httpstatus.understood_as(bad)


# ---- one rule, one place: the core decides, the bindings ask -------------
# (these drive httpstatus._core on purpose: the contract under test is that
# the private module itself refuses what the public wrappers refuse)

class LyingStr(str):
    """A str that denies holding anything and claims to be ASCII."""

    def __contains__(self, item):
        return False

    def isascii(self):
        return True


@pytest.mark.parametrize("version", ["HTTP/1.1\0evil", "\0", "HTTP/1.1\0",
                                     LyingStr("HTTP/1.1\0evil"), "é", "",
                                     "H" * 33, "HTTP 1.1", "\udcff"])
def test_core_status_line_refuses_bad_versions(version):
    from httpstatus import _core
    with pytest.raises(ValueError, match="^version"):
        _core.status_line(404, version)
    with pytest.raises(ValueError, match="^version"):
        httpstatus.status_line(404, version)
    with pytest.raises(ValueError, match="^version"):
        httpstatus.status_line(99, version)  # the version is named first


@pytest.mark.parametrize("version", [None, b"HTTP/1.1", 1.1])
def test_core_status_line_refuses_what_is_not_a_str(version):
    from httpstatus import _core
    with pytest.raises(TypeError):
        _core.status_line(404, version)


@pytest.mark.parametrize("code", [99, 1000, -1, 2**31, 2**63, -10**30])
def test_status_line_names_a_bad_code(code):
    from httpstatus import _core
    with pytest.raises(ValueError, match="^code"):
        _core.status_line(code, "HTTP/1.1")
    with pytest.raises(ValueError, match="^code"):
        httpstatus.status_line(code)


def test_status_line_a_str_subclass_is_read_as_its_value():
    assert httpstatus.status_line(404, LyingStr("HTTP/1.0")) == \
        "HTTP/1.0 404 Not Found"


@pytest.mark.parametrize("name", ["class_key", "ws_range_key",
                                  "hs_ws_sendable", "understood_as_code",
                                  "status_line"])
@pytest.mark.parametrize("bad", [True, False, 404.0, "404", None])
def test_core_code_functions_refuse_bool_and_non_ints(name, bad):
    """The SWIG-wrapped functions take a code as the hand-written
    _core.get does: an int, never a bool."""
    from httpstatus import _core
    args = (bad, "HTTP/1.1") if name == "status_line" else (bad,)
    with pytest.raises(TypeError, match="int"):
        getattr(_core, name)(*args)
    with pytest.raises(TypeError):
        _core.get(bad)


@pytest.mark.parametrize("code", [2**31, -2**31 - 1, 2**64, 10**5000],
                         ids=lambda c: f"{c.bit_length()}bits")
def test_core_code_functions_answer_huge_ints_as_misses(code):
    from httpstatus import _core
    assert _core.class_key(code) is None
    assert _core.ws_range_key(code) is None
    assert _core.hs_ws_sendable(code) == 0
    assert _core.understood_as_code(code) is None


# ---- lookups of what users hold (tests/data/lookup-forms.tsv) -------------

def lookup_forms():
    from conftest import read_tsv
    return [(r["kind"], r["text"], int(r["code"]))
            for r in read_tsv("lookup-forms.tsv")]


@pytest.mark.parametrize("kind,text,code", lookup_forms())
def test_lookup_forms(kind, text, code):
    find = httpstatus.lookup if kind == "http" else httpstatus.ws_lookup
    got = find(text)
    assert (got is None) if code == 0 else (got == code), (text, got)


def test_every_nginx_status_line():
    from conftest import read_tsv
    rows = read_tsv("nginx-status-lines.tsv")
    assert rows
    for row in rows:
        code, phrase = int(row["code"]), row["phrase"]
        for text in (phrase, f"{code} {phrase}", f"HTTP/1.1 {code} {phrase}"):
            assert httpstatus.lookup(text) == code, text


@pytest.mark.parametrize("text", ["404\0", "\0" + "404", "404 Not\0Found",
                                  "HTTP/1.1 404 Not Found\0", "4" * 300,
                                  "404 " + "x" * 10**6, "\udcff404",
                                  "404 \udcff"])
def test_lookup_forms_bad_input(text):
    assert httpstatus.lookup(text) is None
    assert httpstatus.ws_lookup(text) is None


# ---- problem details (RFC 9457; tests/data/rfc-facts.md) ------------------

def test_problem_about_blank_has_the_phrase_as_title(iana, unofficial):
    import json
    for code in range(100, 600):
        body = httpstatus.problem(code)
        row = iana.get(code) or unofficial.get(code)
        want = {"type": "about:blank", "status": code}
        if row is not None:
            want["title"] = HTTPStatus(code).phrase
        assert body == want, code
        assert list(body) == [k for k in ("type", "title", "status")
                              if k in want]
        assert json.loads(json.dumps(body)) == body
    assert httpstatus.problem(404)["title"] == "Not Found"


def test_problem_members_and_extensions():
    body = httpstatus.problem(HTTPStatus.FORBIDDEN, "no credit",
                              instance="/account/12345/msgs/abc",
                              balance=30, accounts=["/account/12345"])
    assert body == {"type": "about:blank", "title": "Forbidden",
                    "status": 403, "detail": "no credit",
                    "instance": "/account/12345/msgs/abc", "balance": 30,
                    "accounts": ["/account/12345"]}
    assert type(body["status"]) is int
    typed = httpstatus.problem(403, type="https://example.com/out-of-credit")
    assert "title" not in typed  # the phrase is the title of about:blank only
    assert httpstatus.problem(403, type="https://e/x", title="Out of credit")[
        "title"] == "Out of credit"
    assert "type" not in httpstatus.problem(404, type=None)


@pytest.mark.parametrize("code", [99, 600, 1000, -1, 2**31, 10**5000],
                         ids=lambda c: f"{c.bit_length()}bits")
def test_problem_outside_http_codes(code):
    assert httpstatus.problem(code) is None


@pytest.mark.parametrize("bad", [True, 404.0, "404", None, math.nan])
def test_problem_refuses_a_status_that_is_not_an_int(bad):
    with pytest.raises(TypeError):
        httpstatus.problem(bad)


@pytest.mark.parametrize("kw", [{"detail": 1}, {"instance": b"/x"},
                                {"type": 3}, {"title": ["x"]}])
def test_problem_refuses_members_that_are_not_str(kw):
    with pytest.raises(TypeError):
        httpstatus.problem(404, **kw)


def test_problem_detail_of_any_content_round_trips():
    import json
    for detail in ("\0\x01\n\"\\", "é" * 10**5, "\udcff", "x" * 10**6):
        body = httpstatus.problem(500, detail)
        assert json.loads(json.dumps(body))["detail"] == detail


def test_problem_agrees_with_the_command(c_cli):
    """The command writes the C core's JSON; the dict is the same object."""
    import json
    import subprocess
    for code, detail in ((404, None), (597, "x\"\n"), (418, "é")):
        args = [c_cli, "--problem", str(code)]
        if detail is not None:
            args += ["--detail", detail]
        out = subprocess.run(args, capture_output=True, check=True).stdout
        assert json.loads(out) == httpstatus.problem(code, detail)


# ---- search: the command's ranking ----------------------------------------

def test_search_ranks_the_code_first_then_shared_words():
    from httpstatus import WSCloseCode
    found = httpstatus.search("404 Not Modified")
    assert found[:2] == [HTTPStatus.NOT_FOUND, HTTPStatus.NOT_MODIFIED]
    assert all(isinstance(m, HTTPStatus) for m in found)
    found = httpstatus.search("gateway timeout")
    assert found[0] == HTTPStatus.GATEWAY_TIMEOUT  # the phrase, first
    assert HTTPStatus.BAD_GATEWAY not in found  # one word: none has both
    found = httpstatus.search("gateway")  # a phrase that starts with it
    assert found[0] == HTTPStatus.GATEWAY_TIMEOUT
    assert HTTPStatus.BAD_GATEWAY in found and WSCloseCode.BAD_GATEWAY in found
    assert httpstatus.search("WS_1000_NORMAL")[0] is WSCloseCode.NORMAL_CLOSURE
    assert all(isinstance(m, WSCloseCode)
               for m in httpstatus.search("WS_1000_NORMAL"))
    assert all(isinstance(m, HTTPStatus)
               for m in httpstatus.search("HTTP_403_FORBIDDEN_X"))
    assert httpstatus.search("teapot") == [HTTPStatus.IM_A_TEAPOT]


def test_search_is_what_the_command_suggests(c_cli):
    import subprocess
    for query in ("404 Not Modified", "gateway timout", "teapot",
                  "HTTP_403_NOT_FOUN", "policy violatoin"):
        err = subprocess.run([c_cli, "--", query], capture_output=True,
                             text=True).stderr
        shown = [int(line.split()[0]) for line in err.splitlines()
                 if line.startswith("  ")]
        assert shown, query
        assert [m.value for m in httpstatus.search(query)[:len(shown)]] == \
            shown, query


def test_search_takes_short_words_whole():
    """A word of two letters matches whole words only ("no" is not the
    start of "not"); one letter matches nothing."""
    assert httpstatus.search("no") == [
        HTTPStatus.NO_CONTENT, httpstatus.ws_get(1005), HTTPStatus(444)]
    assert httpstatus.search("a") == []


@pytest.mark.parametrize("text", ["", " ", "a", "_-.", "404", "not\0found",
                                  "\udcff", "x" * 300, "é" * 10**6])
def test_search_finds_nothing_in_what_names_nothing(text):
    found = httpstatus.search(text)
    assert isinstance(found, list)
    if text == "404":  # a bare code: its own entry
        assert found == [HTTPStatus.NOT_FOUND]
    else:
        assert found == []


@pytest.mark.parametrize("bad", [None, 404, b"not found", ["x"]])
def test_search_refuses_what_is_not_a_str(bad):
    with pytest.raises(TypeError):
        httpstatus.search(bad)


def test_core_exports_the_code_bounds():
    """RFC 9110 Section 15 and RFC 6455 Section 7.4.2, for the Python side
    to read instead of writing them again."""
    from httpstatus import _core
    assert (_core.HS_HTTP_MIN, _core.HS_HTTP_MAX) == (100, 599)
    assert (_core.HS_WS_MIN, _core.HS_WS_MAX) == (1000, 4999)


def test_search_matches_words_not_inside_them():
    """A word is matched where a word of the entry starts: "rate" finds 420
    and 429 (rate limiting) but not 207, whose description says
    "separate"; a Chinese word may start anywhere."""
    codes = [m.value for m in httpstatus.search("rate")]
    assert 429 in codes and 207 not in codes, codes
    assert 404 in [m.value for m in httpstatus.search("找到")]


def test_problem_names_its_own_parameter_in_errors():
    for bad in (True, "404", None, 404.0):
        with pytest.raises(TypeError, match=r"^status must be an int"):
            httpstatus.problem(bad)


@pytest.mark.parametrize("cls_name", ["HTTPStatus", "WSCloseCode"])
def test_dir_lists_each_name_once(cls_name):
    cls = getattr(httpstatus, cls_name)
    for obj in (cls, *cls):
        names = dir(obj)
        assert len(names) == len(set(names)), obj
    flags = [name for name in dir(next(iter(cls))) if name.startswith("is_")]
    assert flags  # the stored flags are listed, once
