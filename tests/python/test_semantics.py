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
