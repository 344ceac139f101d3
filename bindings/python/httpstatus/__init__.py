"""HTTP status codes and WebSocket close codes, from one C registry.

    >>> from httpstatus import HTTPStatus, WSCloseCode
    >>> HTTPStatus.NOT_FOUND == 404, HTTPStatus(404).phrase
    (True, 'Not Found')
    >>> HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE
    True
    >>> phrase(404), describe(404, lang="zh")[:3], get(599) is None
    ('Not Found', '服务器', False)

``HTTPStatus`` is a drop-in for ``http.HTTPStatus`` (every name CPython uses,
old ones included) with more on each member; ``WSCloseCode`` holds the
WebSocket close codes.  Every phrase, name and flag is read from the C core
(``httpstatus._core``, built with SWIG) once, at import.
"""

from enum import IntEnum

from . import _core

__all__ = [
    "HTTPStatus", "WSCloseCode", "phrase", "describe", "get", "ws_get",
    "lookup", "ws_lookup", "status_class", "ws_close_range", "status_line",
    "is_ws_sendable", "__version__",
]

__version__ = _core.hs_version()

# (code, kind, name, aliases, attributes) for every entry; the attributes
# (phrase, description, their zh pair, state, source, reference, is_*) go
# into each member's __dict__ as they are.
_ENTRIES = _core.entries()


def _check_code(code):
    """TypeError unless code is an int; bool is refused, since True == 1
    is never meant as a status code."""
    if not isinstance(code, int) or isinstance(code, bool):
        raise TypeError(f"code must be an int, not {type(code).__name__}")


def _status_line(self, version="HTTP/1.1"):
    """The HTTP/1.x status line, e.g. 'HTTP/1.1 404 Not Found'."""
    return status_line(self, version)


def _make_enum(name, kind, doc, methods=None):
    """An IntEnum on _core.FastEnumType holding the registry's entries of one
    kind, old names as aliases.

    EnumType's class statement costs about 40 us a member on CPython 3.11;
    like the standard library's own _simple_enum, this creates the class
    empty and fills in the member tables directly.  Members also go
    straight into the class dict, where FastEnumType finds them without
    EnumType.__getattr__."""
    meta = _core.FastEnumType
    ns = meta.__prepare__(name, (IntEnum,))
    ns.update(methods or {}, __module__=__name__, __qualname__=name,
              __doc__=doc)
    cls = meta(name, (IntEnum,), ns)
    names, by_name, by_value = (cls._member_names_, cls._member_map_,
                                cls._value2member_map_)
    for code, entry_kind, canonical, aliases, attrs in _ENTRIES:
        if entry_kind != kind:
            continue
        member = int.__new__(cls, code)
        member.__dict__.update(attrs, _value_=code, _name_=canonical,
                               __objclass__=cls, _sort_order_=len(names))
        names.append(canonical)
        by_value[code] = member
        for member_name in (canonical,) + aliases:
            by_name[member_name] = member
            type.__setattr__(cls, member_name, member)
    return cls


HTTPStatus = _make_enum(
    "HTTPStatus", "http",
    "HTTP status codes: the IANA registry with RFC 9110 phrases, plus\n"
    "well-known unofficial codes (state 'unofficial').  A drop-in for\n"
    "http.HTTPStatus: HTTPStatus(404).phrase == 'Not Found'.",
    {"status_line": _status_line})

WSCloseCode = _make_enum(
    "WSCloseCode", "websocket",
    "WebSocket close codes (IANA, RFC 6455 Section 7.4).")


def _by_code(members, attr=None):
    """(first code, items) with items[code - first] the member (or its attr)
    for every code from the lowest member to the highest, None between."""
    first, last = int(min(members)), int(max(members))
    items = [None] * (last - first + 1)
    for m in members:
        items[m - first] = m if attr is None else getattr(m, attr)
    return first, tuple(items)


# The per-call functions are C (_core.make_table): a type check and a tuple
# index, nothing else.
get = _core.make_table("get", *_by_code(HTTPStatus))
ws_get = _core.make_table("ws_get", *_by_code(WSCloseCode))
phrase = _core.make_table("phrase", *_by_code(HTTPStatus, "phrase"))


def describe(code, lang="en"):
    """The description of an HTTP status code in 'en' or 'zh', or None when
    the code is not registered."""
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', not {lang!r}")
    member = get(code)
    if member is None:
        return None
    return member.description_zh if lang == "zh" else member.description


def _find(c_lookup, text):
    """The code c_lookup finds for text, or None.  Text that is not valid
    UTF-8 (lone surrogates) names nothing."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    found = c_lookup(text)
    return _core.hs_status_code_get(found) if found else None


def lookup(text):
    """The HTTPStatus for a name, old name or phrase ('not found',
    'NOT_FOUND', 'Request Entity Too Large', '未找到'), or None."""
    code = _find(_core.hs_lookup, text)
    return None if code is None else get(code)


def ws_lookup(text):
    """The WSCloseCode for a name, old name or phrase, or None."""
    code = _find(_core.hs_ws_lookup, text)
    return None if code is None else ws_get(code)


def _c_int(code):
    """code, checked to be an int, or None when no C int can hold it (and
    so it names nothing): the C core decides everything else."""
    _check_code(code)
    return code if -2**31 <= code < 2**31 else None


def _group_key(c_group, code):
    code = _c_int(code)
    group = None if code is None else c_group(code)
    return _core.hs_group_key_get(group) if group else None


def status_class(code):
    """The class of any code in 100..599, registered or not
    ('informational', 'success', 'redirection', 'client_error',
    'server_error'); None for any other int."""
    return _group_key(_core.hs_class_info, code)


def ws_close_range(code):
    """The RFC 6455 range of any close code ('unused' for 0-999,
    'protocol', 'library', 'private'); None outside 0..4999."""
    return _group_key(_core.hs_ws_range, code)


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
        raise ValueError(f"no status line for code {code!r} and version "
                         f"{version!r}")
    return line
