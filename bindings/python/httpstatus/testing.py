"""Status assertions for tests, whose failures say what happened:

    >>> from httpstatus.testing import assert_status
    >>> assert_status(resp, 200)                     # doctest: +SKIP
    AssertionError: expected 200 OK, got 404 Not Found
      404 is a client error (4xx): The server has no current ...
      body: '{"detail": "no such user"}'

``response`` is an int or anything that carries a status: the responses
of urllib, http.client, requests, httpx and aiohttp, and the test clients
of Starlette/FastAPI, Flask and Django (read by duck typing, nothing is
imported).  ``expected`` is a code or member, a class ("2xx"), a predicate
(``HTTPStatus.is_success`` or any callable taking the member), a range, or
a tuple, list or set of these.

pytest shows comparisons of HTTPStatus members as "404 Not Found" through
the plugin in httpstatus.pytest_plugin (on by default, ``-p no:httpstatus``
turns it off); unittest gets AssertStatusMixin.  Nothing here is imported
by ``import httpstatus``.
"""
import re

from . import get, status_class

__all__ = ["assert_status", "status_of", "describe_status",
           "AssertStatusMixin"]

BODY_LIMIT = 200  # characters of a body shown in a failure
_CLASS = re.compile(r"^([1-5])[xX]{2}$")


def status_of(response):
    """The status code response carries, as an int: an int itself, or the
    ``status_code``, ``status``, ``code`` or ``getcode()`` of a response
    object.  TypeError when it carries none."""
    if isinstance(response, int) and not isinstance(response, bool):
        return int(response)
    for attr in ("status_code", "status", "code"):
        value = getattr(response, attr, None)
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
    getcode = getattr(response, "getcode", None)
    if callable(getcode):
        value = getcode()
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
    raise TypeError(f"no status code in a {type(response).__name__} "
                    "(expected an int or a response with status_code, "
                    "status, code or getcode())")


def describe_status(code):
    """'404 Not Found'; '597' alone for a code that is not registered."""
    member = get(code)  # None for any int it does not name
    return f"{code} {member.phrase}" if member is not None else str(code)


def _name_of(expected):
    """How one expected form reads in a message."""
    if isinstance(expected, property):
        expected = expected.fget
    if isinstance(expected, str):
        return f"{expected[0]}xx"
    if isinstance(expected, range):
        return f"{expected.start}-{expected.stop - 1}"
    if callable(expected):
        return getattr(expected, "__name__", repr(expected))
    return describe_status(expected)


def _check_form(expected):
    if isinstance(expected, bool):
        raise TypeError("expected must be a code, a class such as '2xx', a "
                        "predicate or a range, not a bool")
    if isinstance(expected, str) and not _CLASS.match(expected):
        raise ValueError(f"a class is written '1xx' to '5xx', not "
                         f"{expected[:40]!r}")
    if not isinstance(expected, (int, str, range, property)) and \
            not callable(expected):
        raise TypeError(f"expected must be a code, a class such as '2xx', a "
                        f"predicate or a range, not {type(expected).__name__}")


def _matches(code, expected):
    if isinstance(expected, int):
        return code == expected
    if isinstance(expected, str):
        return code // 100 == int(expected[0]) and 100 <= code <= 599
    if isinstance(expected, range):
        return code in expected
    if isinstance(expected, property):
        expected = expected.fget
    member = get(code)  # None for any int it does not name
    return bool(expected(member if member is not None else code))


def _body(response):
    """The start of the body of response, decoded without failing, or None:
    what it holds already (text, content, data), or a peek at its stream
    (http.client, urllib), which leaves the stream as it was."""
    for attr in ("text", "content", "data", "peek"):
        try:
            value = getattr(response, attr, None)
            if attr == "peek":
                value = value(BODY_LIMIT * 4) if callable(value) else None
        except Exception:  # noqa: BLE001 - a stream not read, or closed
            continue
        if isinstance(value, (bytes, bytearray)):
            value = bytes(value[:BODY_LIMIT * 4]).decode("utf-8", "replace")
        if isinstance(value, str):
            return value
    return None


def _failure(code, forms, response):
    """The message for a status code that matched none of forms."""
    wanted = " or ".join(_name_of(f) for f in forms)
    lines = [f"expected {wanted}, got {describe_status(code)}"]
    member = get(code)  # None for any int it does not name
    cls = status_class(code)
    if cls is not None:
        kind = cls.replace("_", " ")
        article = "an" if kind[0] in "aeiou" else "a"
        about = f"{code} is {article} {kind} ({code // 100}xx)"
        if member is not None:
            about += f": {member.description}"
        lines.append("  " + about)
    body = _body(response)
    if body:
        shown = body[:BODY_LIMIT]
        more = "..." if len(body) > BODY_LIMIT else ""
        lines.append(f"  body: {shown!r}{more}")
    return "\n".join(lines)


def _check(response, expected):
    """None when response's status is one of expected, else the message."""
    forms = list(expected) if isinstance(expected, (tuple, list, set,
                                                    frozenset)) \
        else [expected]
    if not forms:
        raise ValueError("expected names no status")
    for form in forms:
        _check_form(form)
    code = status_of(response)
    if any(_matches(code, form) for form in forms):
        return None
    return _failure(code, forms, response)


def assert_status(response, expected):
    """Returns response when its status is expected, else raises
    AssertionError 'expected 200 OK, got 404 Not Found' with the class and
    description of what came, and the start of the body."""
    message = _check(response, expected)
    if message is not None:
        raise AssertionError(message)
    return response


class AssertStatusMixin:
    """For unittest.TestCase: self.assertStatus(response, expected)."""

    def assertStatus(self, response, expected, msg=None):  # noqa: N802
        """As assert_status, failing with the test case's own exception."""
        message = _check(response, expected)
        if message is not None:
            if msg is not None:
                message = f"{message} : {msg}"
            raise self.failureException(message)
        return response

