"""Status assertions for tests, whose failures say what happened:

    >>> from httpstatus.testing import assert_status
    >>> assert_status(resp, 200)                     # doctest: +SKIP
    AssertionError: expected 200 OK, got 404 Not Found
      404 is a client error (4xx): The server has no current ...
      body: {"detail":"no such user"}

``response`` is an int or anything that carries a status: the responses
of urllib, http.client, requests, httpx and aiohttp, and the test clients
of Starlette/FastAPI, Flask and Django (read by duck typing, nothing is
imported).  ``expected`` is a code or member, a class ("2xx"), a predicate
(``HTTPStatus.is_success``, ``HTTPStatus.is_retryable`` or any callable
taking the member), a non-empty range, or a tuple, list or set of these.

Every failure reads the same way, here, in the unittest mixin and in
``httpstatus.luassert`` (Lua): ``expected <what was wanted>, got <what
came>``, each status written as describe_status writes it, then the class
and meaning of what came, then the start of the body.

pytest shows comparisons of HTTPStatus members through the plugin in
httpstatus.pytest_plugin (on by default, ``-p no:httpstatus`` turns it
off); unittest gets AssertStatusMixin.  Nothing here is imported by
``import httpstatus``.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import (Any, Callable, Final, FrozenSet, List, Optional, Set,
                    Tuple, TypeGuard, TypeVar, Union)

from . import HTTPStatus, _core, _shown, get, status_class

__all__ = ["assert_status", "status_of", "describe_status",
           "AssertStatusMixin", "BODY_LIMIT"]

__unittest = True  # unittest leaves this module's frames out of a failure

BODY_LIMIT: Final = 200  # characters of a body shown in a failure
_SOURCE_LIMIT = 1 << 16  # characters of a held body read to find its text
_CLASS = re.compile(r"[1-5][xX]{2}")  # fullmatch: no "2xx\n"

Predicate = Callable[[HTTPStatus], object]
"""A test on a member: HTTPStatus.is_success, or any callable.  A code the
registry does not have is given as a stand-in int with every attribute a
member has (None, False or () where a member would have a value)."""
Form = Union[int, str, range, Predicate]
Expected = Union[Form, Tuple[Form, ...], List[Form], Set[Form],
                 FrozenSet[Form]]
_R = TypeVar("_R")


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def status_of(response: object) -> int:
    """The status code response carries, as an int: an int itself, or the
    ``status_code``, ``status``, ``code`` or ``getcode()`` of a response
    object.  TypeError when it carries none."""
    if _is_int(response):
        return int(response)
    for attr in ("status_code", "status", "code"):
        value = getattr(response, attr, None)
        if _is_int(value):
            return int(value)
    getcode: Any = getattr(response, "getcode", None)
    if callable(getcode):
        value = getcode()
        if _is_int(value):
            return int(value)
    raise TypeError(f"no status code in a {type(response).__name__} "
                    "(expected an int or a response with status_code, "
                    "status, code or getcode())")


def describe_status(code: int) -> str:
    """'404 Not Found'; the bare number ('597') for a code that is not
    registered; an int too long to write in digits (over 4,300) by its
    size."""
    if not _is_int(code):
        raise TypeError(f"code must be an int, not {type(code).__name__}")
    member = get(code)  # None for any int it does not name
    shown = _shown(int(code))
    return f"{shown} {member.phrase}" if member is not None else shown


def _stand_in_class() -> type:
    """The int class a predicate gets for a code the registry does not
    have: every attribute a member has, None/False/() where a member holds
    a value, the flags computed from the code as a member computes them."""
    attrs: dict[str, Any] = {
        name: value for name, value in vars(HTTPStatus).items()
        if name.startswith("is_") or name == "status_line"}
    for field in _core.fields("http"):
        attrs[field] = False if field.startswith("is_") else None
    attrs.update(
        __slots__=(), aliases=(), name=None,
        value=property(int), status_class=property(
            lambda self: status_class(int(self))),
        __repr__=lambda self: f"<unregistered status {_shown(int(self))}>",
        __doc__="A status code the registry does not have.")
    return type("UnregisteredStatus", (int,), attrs)


_StandIn = _stand_in_class()


def _name_of(expected: Form) -> str:
    """How one expected form reads in a message."""
    if isinstance(expected, property) and expected.fget is not None:
        expected = expected.fget
    if isinstance(expected, str):
        return f"{str.__getitem__(expected, 0)}xx"
    if isinstance(expected, range):
        if expected.step == 1:
            return f"{_shown(expected.start)}..{_shown(expected[-1])}"
        return (f"range({_shown(expected.start)}, {_shown(expected.stop)}, "
                f"{_shown(expected.step)})")
    if callable(expected):
        name = getattr(expected, "__name__", None)
        return name if isinstance(name, str) else _shown(expected)
    return describe_status(expected)


_FORMS = ("expected must be a code, a class such as '2xx', a predicate, a "
          "range, or a tuple, list or set of these")


def _check_form(expected: Any) -> None:
    """TypeError or ValueError for what cannot be an expected status."""
    if isinstance(expected, bool):
        raise TypeError(f"{_FORMS}, not a bool")
    if isinstance(expected, str):
        if _CLASS.fullmatch(expected):
            return
        hint = ""
        digits = str.strip(expected)
        if digits.isascii() and digits.isdigit() and len(digits) <= 9:
            hint = f"; did you mean {int(digits)} (an int)?"
        raise ValueError(f"a class is written '1xx' to '5xx', not "
                         f"{_shown(expected)}{hint}")
    if isinstance(expected, range):
        if not expected:
            raise ValueError(f"an empty range names no status: range("
                             f"{_shown(expected.start)}, "
                             f"{_shown(expected.stop)}, "
                             f"{_shown(expected.step)})")
        return
    if not isinstance(expected, (int, property)) and not callable(expected):
        raise TypeError(f"{_FORMS}, not {type(expected).__name__}")


def _matches(code: int, expected: Form) -> bool:
    if isinstance(expected, int):
        return code == expected
    if isinstance(expected, str):
        # "4xx": the class the C core gives 400, asked of code too
        digit = int(str.__getitem__(expected, 0))
        return _core.class_key(code) == _core.class_key(digit * 100)
    if isinstance(expected, range):
        return code in expected
    if isinstance(expected, property) and expected.fget is not None:
        expected = expected.fget
    member = get(code)  # None for any int it does not name
    return bool(expected(member if member is not None else _StandIn(code)))


class _Text(HTMLParser):
    """The <title> and the visible text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("title", "script", "style", "template", "head"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            del self._in[self._in.index(tag):]

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "title":
            self.title.append(data)
        elif not self._in:
            self.text.append(data)


def _squeeze(parts: list[str]) -> str:
    return " ".join(" ".join(parts).split())


def _held_body(response: object) -> Optional[str]:
    """The start of the body response already holds, or can be peeked at
    without consuming it, as text; None for one not read (a stream)."""
    held = getattr(response, "__dict__", {})
    if held.get("_content", None) is False:
        return None  # requests with stream=True, not read: never read here
    attrs = ("text", "content", "data", "_body", "peek")
    for attr in attrs:
        try:
            value = getattr(response, attr, None)
            if attr == "peek":
                value = value(BODY_LIMIT * 4) if callable(value) else None
        except Exception:  # noqa: BLE001 - a stream not read, or closed
            continue
        if isinstance(value, (bytes, bytearray)):
            value = bytes(value[:_SOURCE_LIMIT]).decode("utf-8", "replace")
        if isinstance(value, str):
            return value[:_SOURCE_LIMIT]
    return None


def _readable(body: str) -> list[str]:
    """The lines a body is shown as: JSON compact, HTML as its title and
    visible text, other text line by line."""
    start = body.lstrip()[:15].lower()
    if start.startswith(("{", "[")):
        try:
            return [json.dumps(json.loads(body), ensure_ascii=False,
                               separators=(",", ":"))]
        except (ValueError, RecursionError):
            pass  # cut short, or not JSON after all: shown as text
    if start.startswith(("<!doctype html", "<html")):
        page = _Text()
        try:
            page.feed(body)
        except Exception:  # noqa: BLE001 - html.parser on odd input
            pass
        title, text = _squeeze(page.title), _squeeze(page.text)
        return [f"{title} | {text}" if title and text else title or text]
    return body.splitlines()


def _printable(text: str) -> str:
    """text with control characters and lone surrogates escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _body_lines(response: object) -> list[str]:
    body = _held_body(response)
    if not body or not body.strip():
        return []
    lines, shown, left = _readable(body), [], BODY_LIMIT
    for line in lines:
        if left <= 0:
            break
        shown.append(_printable(line[:left]))
        left -= len(line)
    if left < 0 or len(shown) < len(lines):
        shown[-1] += "..."
    if len(shown) == 1:
        return [f"  body: {shown[0]}"]
    return ["  body:"] + [f"    {line}" for line in shown]


def _failure(code: int, forms: list[Form], response: object) -> list[str]:
    """The lines of the message for a status code that matched none of
    forms."""
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
    return lines + _body_lines(response)


def _check(response: object, expected: Expected) -> Optional[list[str]]:
    """None when response's status is one of expected, else the lines of
    the message."""
    forms: list[Any] = (list(expected) if isinstance(
        expected, (tuple, list, set, frozenset)) else [expected])
    if not forms:
        raise ValueError("expected names no status")
    for form in forms:
        _check_form(form)
    code = status_of(response)
    if any(_matches(code, form) for form in forms):
        return None
    return _failure(code, forms, response)


def assert_status(response: _R, expected: Expected) -> _R:
    """Returns response when its status is expected, else raises
    AssertionError 'expected 200 OK, got 404 Not Found' with the class and
    description of what came, and the start of the body."""
    __tracebackhide__ = True  # pytest shows the test's line, not this one
    lines = _check(response, expected)
    if lines is not None:
        raise AssertionError("\n".join(lines))
    return response


class AssertStatusMixin:
    """For unittest.TestCase: self.assertStatus(response, expected)."""

    failureException: type[BaseException]
    longMessage: bool

    def assertStatus(self, response: _R, expected: Expected,  # noqa: N802
                     msg: object = None) -> _R:
        """As assert_status, failing with the test case's own exception;
        msg joins the first line as unittest's own assertions place it."""
        __tracebackhide__ = True
        lines = _check(response, expected)
        if lines is not None:
            if msg is not None:
                first = lines[0]
                lines[0] = (f"{first} : {msg}" if getattr(
                    self, "longMessage", True) else str(msg))
            raise self.failureException("\n".join(lines))
        return response
