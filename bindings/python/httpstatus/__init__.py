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
(``httpstatus._core``, the SWIG module ``_httpstatus``).
"""

import sys
from enum import Enum, IntEnum

import _httpstatus as _core  # beside the package: see httpstatus.i

__all__ = [
    "HTTPStatus", "WSCloseCode", "phrase", "describe", "get", "ws_get",
    "lookup", "ws_lookup", "status_class", "ws_close_range", "status_line",
    "is_ws_sendable", "__version__",
]

__version__ = _core.hs_version()


def _check_code(code):
    """TypeError unless code is an int; bool is refused, since True == 1
    is never meant as a status code."""
    if not isinstance(code, int) or isinstance(code, bool):
        raise TypeError(f"code must be an int, not {type(code).__name__}")


def _status_line(self, version="HTTP/1.1"):
    """The HTTP/1.x status line, e.g. 'HTTP/1.1 404 Not Found'."""
    return status_line(self, version)


def _make_enum(name, kind, doc, methods=None):
    """An IntEnum of the registry's entries of one kind, old names as
    aliases, on the metaclass _core.FastEnumType.

    Import must cost no more than `import http`, which makes http.HTTPStatus
    with enum._simple_enum: the class dict is written out instead of going
    through EnumType's class statement.  This writes out the same dict
    (tests compare it with http.HTTPStatus's) with a _core field for each
    member attribute (phrase, is_success, ...: read from the registry when
    first used), and _core.fill() adds the members in one C call."""
    namespace = dict(methods or {}, __doc__=doc, __module__=__name__,
                     __qualname__=name)
    fields = _core.fields(kind)
    meta = _core.FastEnumType
    if sys.version_info >= (3, 11):
        member_type = IntEnum._member_type_
        # int's own __format__ must not shadow IntEnum's (_simple_enum sets
        # it after the class is made; here it costs no slot update).
        namespace.update(
            fields, _new_member_=member_type.__new__,
            __format__=IntEnum.__format__, _use_args_=IntEnum._use_args_,
            _generate_next_value_=IntEnum._generate_next_value_,
            _member_names_=[], _member_map_={}, _value2member_map_={},
            _unhashable_values_=[], _member_type_=member_type,
            _value_repr_=IntEnum._value_repr_)
        if sys.version_info >= (3, 13):
            namespace["_unhashable_values_map_"] = {}
        cls = meta(name, (IntEnum,), namespace, _simple=True)
        # as _simple_enum: members are made by Enum.__new__'s rules (set on
        # the made class, where it stays a plain function)
        type.__setattr__(cls, "__new__", Enum.__new__)
    else:  # EnumType's class statement, which refuses _sunder_ names
        ns = meta.__prepare__(name, (IntEnum,))
        ns.update(namespace)
        cls = meta(name, (IntEnum,), ns)
        for key, field in fields.items():
            type.__setattr__(cls, key, field)
    _core.fill(cls, kind)
    return cls


HTTPStatus = _make_enum(
    "HTTPStatus", "http",
    "HTTP status codes: the IANA registry with RFC 9110 phrases, plus\n"
    "well-known unofficial codes (state 'unofficial').  A drop-in for\n"
    "http.HTTPStatus: HTTPStatus(404).phrase == 'Not Found'.",
    {"status_line": _status_line})

# The per-call functions are C (_core.make_table): a type check, the C
# registry's lookup and a sequence index, nothing else.
get = _core.make_table("get", HTTPStatus)
phrase = _core.make_table("phrase")

# The WebSocket close codes are a registry of their own, which `http` does
# not have and most users of HTTP codes never touch: WSCloseCode and ws_get
# are made when first asked for (PEP 562), so that `import httpstatus` costs
# what the HTTP part costs.
_LAZY = ("WSCloseCode", "ws_get")


def _websocket():
    """(WSCloseCode, ws_get), made once.  Threads that race here may each
    make a class, but setdefault keeps the first, and all get that one."""
    pair = globals().get("_websocket_pair")
    if pair is None:
        cls = _make_enum(
            "WSCloseCode", "websocket",
            "WebSocket close codes (IANA, RFC 6455 Section 7.4).")
        pair = globals().setdefault(
            "_websocket_pair", (cls, _core.make_table("ws_get", cls)))
        globals().update(zip(_LAZY, pair))
    return pair


def __getattr__(name):
    if name in _LAZY:
        return _websocket()[_LAZY.index(name)]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


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
    return None if code is None else _websocket()[1](code)


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
