"""HTTP status codes and WebSocket close codes, from one C registry.

    >>> from httpstatus import HTTPStatus, WSCloseCode
    >>> HTTPStatus.NOT_FOUND == 404, HTTPStatus(404).phrase
    (True, 'Not Found')
    >>> HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE
    True
    >>> phrase(404), describe(404, lang="zh")[:3], get(599) is None
    ('Not Found', '服务器', False)

``HTTPStatus`` is a drop-in for ``http.HTTPStatus``: every name and phrase
of CPython 3.13+ (RFC 9110), old names as aliases, more on each member.
``WSCloseCode`` holds the WebSocket close codes.  Both classes are made by
the interpreter's own enum machinery, the way CPython makes
``http.HTTPStatus``; every name, phrase and flag comes from the C core
(``httpstatus._core``).
"""

import enum as _enum
import types as _types

from . import _core

__all__ = [
    "HTTPStatus", "WSCloseCode", "phrase", "describe", "get", "ws_get",
    "lookup", "ws_lookup", "status_class", "ws_close_range", "status_line",
    "is_ws_sendable", "__version__",
]

__version__ = _core.hs_version()


class _IntEnum(_enum.IntEnum, metaclass=_core.EnumType):
    """IntEnum whose classes look a value up in C once bound (see
    _core.bind); an enum without members, so it can be subclassed."""


def _member_new(fields):
    """A member __new__ like http.HTTPStatus's: the int, then the
    registry's fields as instance attributes.  An old name's value is just
    the code, which enum turns into an alias."""
    def __new__(cls, value, *values):
        member = int.__new__(cls, value)
        member._value_ = value
        member.__dict__.update(zip(fields, values))
        return member
    return __new__


def _body(name, kind, doc, attrs):
    """The class body of an enum of the registry's entries of kind: what a
    class statement would hold, the members written out by the C core."""
    body = {"__module__": __name__, "__qualname__": name, "__doc__": doc,
            "__new__": _member_new(_core.fields(kind))}
    body.update(attrs)
    body.update(_core.members(kind))
    return body


def _make_enum(name, kind, doc, attrs):
    """The enum class, made as CPython makes http.HTTPStatus: with
    enum._simple_enum where the interpreter has it (3.11+), else by a class
    statement (types.new_class runs its steps)."""
    body = _body(name, kind, doc, attrs)
    simple_enum = getattr(_enum, "_simple_enum", None)
    if simple_enum is not None:
        return simple_enum(_IntEnum)(type(name, (), body))

    def fill(namespace):
        for key, value in body.items():
            namespace[key] = value
    return _types.new_class(name, (_IntEnum,), exec_body=fill)


def _range(name, low, high, doc):
    """A property true for codes in low..high, named for the messages of
    httpstatus.testing."""
    def test(self):
        return low <= self <= high
    test.__name__ = test.__qualname__ = name
    return property(test, doc=doc)


def _status_line(self, version="HTTP/1.1"):
    """The HTTP/1.x status line, e.g. 'HTTP/1.1 404 Not Found'."""
    return status_line(self, version)


_HTTP_ATTRS = {
    "is_informational": _range("is_informational", 100, 199, "A 1xx code."),
    "is_success": _range("is_success", 200, 299, "A 2xx code."),
    "is_redirection": _range("is_redirection", 300, 399, "A 3xx code."),
    "is_client_error": _range("is_client_error", 400, 499, "A 4xx code."),
    "is_server_error": _range("is_server_error", 500, 599, "A 5xx code."),
    "is_error": _range("is_error", 400, 599, "A 4xx or 5xx code."),
    "is_standard": property(lambda self: self.state != "unofficial",
                            doc="Registered with IANA (not a vendor's code)."),
    "status_class": property(lambda self: _core.class_key(self),
                             doc="'informational', 'success', 'redirection',"
                                 " 'client_error' or 'server_error'."),
    "status_line": _status_line,
}

_MEMBER_DOC = """

Each member is an int and carries, read from the C registry:
  phrase, description        the reason phrase (RFC 9110) and what it means
  phrase_zh, description_zh  the same in Chinese (zh-CN)
  state                      'permanent', 'temporary', 'unused', 'obsoleted'
                             or 'unofficial'
  source, reference          who uses an unofficial code; the RFC section
  aliases                    the old names that also give this member
"""

def _flags(kind):
    """The is_<flag> attributes members of kind carry, for the docstring."""
    return ", ".join(f for f in _core.fields(kind) if f.startswith("is_"))


_WS_ATTRS = {
    "range": property(lambda self: _core.ws_range_key(self),
                      doc="'protocol', 'library' or 'private'."),
}

HTTPStatus = _make_enum(
    "HTTPStatus", "http",
    "HTTP status codes: the IANA registry with RFC 9110 phrases, plus\n"
    "well-known unofficial codes (state 'unofficial').  A drop-in for\n"
    "http.HTTPStatus: HTTPStatus(404).phrase == 'Not Found'." + _MEMBER_DOC +
    "  " + _flags("http") + "   RFC 9110 facts\n"
    "and, as properties: is_informational, is_success, is_redirection,\n"
    "is_client_error, is_server_error, is_error, is_standard, status_class;\n"
    "status_line(version='HTTP/1.1') gives 'HTTP/1.1 404 Not Found'.\n",
    _HTTP_ATTRS)
_core.bind("http", HTTPStatus)  # for get() and HTTPStatus(404) in C

get = _core.get
phrase = _core.phrase

# The WebSocket close codes are a registry of their own, which `http` does
# not have and most users of HTTP codes never touch: WSCloseCode and ws_get
# are made when first asked for (PEP 562), so that `import httpstatus` costs
# what the HTTP part costs.
_LAZY = ("WSCloseCode", "ws_get")


def _websocket():
    """WSCloseCode, made once.  Threads that race here may each make a
    class, but setdefault keeps the first, and all get that one."""
    cls = globals().get("WSCloseCode")
    if cls is None:
        made = _make_enum(
            "WSCloseCode", "websocket",
            "WebSocket close codes (IANA, RFC 6455 Section 7.4)." +
            _MEMBER_DOC + "  " + _flags("websocket") + "   may be sent in a "
            "Close frame\nand, as a property, range: 'protocol', 'library' or "
            "'private'.\n",
            _WS_ATTRS)
        cls = globals().setdefault("WSCloseCode", made)
        _core.bind("websocket", cls)  # the kept class, if threads raced
        globals()["ws_get"] = _core.ws_get
    return cls


def __getattr__(name):
    if name in _LAZY:
        _websocket()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(__all__)


def _check_code(code):
    """TypeError unless code is an int; bool is refused, since True == 1
    is never meant as a status code."""
    if not isinstance(code, int) or isinstance(code, bool):
        raise TypeError(f"code must be an int, not {type(code).__name__}")


def _shown(value, limit=40):
    """repr(value) for an error message: control characters escaped (repr
    does that), cut to about limit characters, never the int-digits limit's
    own error."""
    if isinstance(value, int) and not -10**limit < value < 10**limit:
        return f"<int of {value.bit_length()} bits>"
    text = repr(value[:limit + 1] if isinstance(value, str) else value)
    return text if len(text) <= limit + 2 else text[:limit] + "..."


def describe(code, lang="en"):
    """The description of an HTTP status code in 'en' or 'zh', or None when
    the code is not registered."""
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', not {_shown(lang)}")
    member = get(code)
    if member is None:
        return None
    return member.description_zh if lang == "zh" else member.description


_LOOKUP_MAX = _core.HS_LOOKUP_MAX  # bytes; no name comes near it


def _find(c_lookup, text):
    """The code c_lookup finds for text, or None.  Text that is not valid
    UTF-8 (lone surrogates) names nothing, nor does text longer than any
    name (checked first: a megabyte is not encoded to learn that)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if len(text) > _LOOKUP_MAX:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return c_lookup(text)


def lookup(text):
    """The HTTPStatus for a name, old name or phrase ('not found',
    'NOT_FOUND', 'Request Entity Too Large', '未找到'), or None."""
    code = _find(_core.lookup_code, text)
    return None if code is None else get(code)


def ws_lookup(text):
    """The WSCloseCode for a name, old name or phrase ('going away'), or
    None."""
    code = _find(_core.ws_lookup_code, text)
    return None if code is None else _websocket()(code)


def _c_int(code):
    """code, checked to be an int, or None when no C int can hold it (and
    so it names nothing): the C core decides everything else."""
    _check_code(code)
    return code if -2**31 <= code < 2**31 else None


def status_class(code):
    """The class of any code in 100..599, registered or not
    ('informational', 'success', 'redirection', 'client_error',
    'server_error'); None for any other int."""
    code = _c_int(code)
    return None if code is None else _core.class_key(code)


def ws_close_range(code):
    """The RFC 6455 range of any close code ('unused' for 0-999,
    'protocol', 'library', 'private'); None outside 0..4999."""
    code = _c_int(code)
    return None if code is None else _core.ws_range_key(code)


def is_ws_sendable(code):
    """Whether a Close frame may carry this code (RFC 6455 Section 7.4)."""
    code = _c_int(code)
    return code is not None and bool(_core.hs_ws_sendable(code))


def status_line(code, version="HTTP/1.1"):
    """'HTTP/1.1 404 Not Found'.  An unregistered code in 100..999 gets an
    empty reason phrase (RFC 9112); other codes raise ValueError, and so
    does a version that is empty, over 32 bytes or not visible ASCII."""
    c_code = _c_int(code)
    if not isinstance(version, str):
        raise TypeError(f"version must be a str, not {type(version).__name__}")
    line = None
    if c_code is not None and "\0" not in version and version.isascii():
        line = _core.status_line(c_code, version)
    if line is None:
        raise ValueError(f"no status line for code {_shown(code)} and "
                         f"version {_shown(version)}")
    return line
