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
    assert len(rows) == 36
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
