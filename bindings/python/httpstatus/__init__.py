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

PYTEST_DONT_REWRITE: pytest, seeing our plugin, would rewrite the asserts
of this package, and warns when it was imported first (a sitecustomize,
another plugin); this mark, pytest's documented opt-out, keeps that
warning from stopping a suite run with warnings as errors.  This module
has no assert to rewrite.
"""

import enum as _enum
import sys as _sys
import types as _types

from . import _core

__all__ = [
    "HTTPStatus", "WSCloseCode", "phrase", "describe", "get", "ws_get",
    "lookup", "ws_lookup", "status_class", "ws_close_range", "status_line",
    "is_ws_sendable", "__version__",
    "understood_as", "problem", "search",
]

__version__ = _core.hs_version()


# Calls into C are cheap on CPython and dear elsewhere (PyPy reaches C
# through cpyext, which costs more than a whole lookup): there the enum's
# own EnumType finds HTTPStatus(404), and get(), phrase() and ws_get() read
# dicts made once from the members (see below HTTPStatus).
_C_CALLS = _sys.implementation.name == "cpython"


def _kept(answer, keep=4096):
    """answer(key), kept per key: what the wrappers below share.  Bounded:
    the codes and texts a program asks about are few."""
    kept = {}

    def remembered(key):
        found = kept.get(key, kept)
        if found is kept:
            found = answer(key)
            if len(kept) < keep:
                kept[key] = found
        return found
    return remembered


def _per_code(answer):
    """The C core's answer(code), kept per int code where a C call is dear
    (a call through cpyext costs more than many dict lookups)."""
    if _C_CALLS:
        return answer
    remembered = _kept(answer)

    def per_code(code, /):  # a member or an int subclass asked as its int
        return remembered(code if type(code) is int else int.__index__(code))
    return per_code


def _per_text(answer):
    """The C core's answer(text), kept per exact str where a C call is
    dear; anything else asks C (its TypeError, a str subclass's answer)."""
    if _C_CALLS:
        return answer
    remembered = _kept(answer)

    def per_text(text, /):
        return remembered(text) if type(text) is str else answer(text)
    per_text.__name__ = per_text.__qualname__ = answer.__name__
    per_text.__doc__ = answer.__doc__
    return per_text


# What the core decides per code: the class of a code, the range of a close
# code, whether a Close frame may carry it, what a client takes it for,
# the title of its problem.
_class_key = _per_code(_core.class_key)
_ws_range_key = _per_code(_core.ws_range_key)
_ws_sendable = _per_code(_core.hs_ws_sendable)
_understood_as_code = _per_code(_core.understood_as_code)
_problem_title = _per_code(_core.problem_title)


class _IntEnum(_enum.IntEnum,
               metaclass=_core.EnumType if _C_CALLS else _enum.EnumMeta):
    """IntEnum whose classes look a value up in C once bound (see
    _core.bind); an enum without members, so it can be subclassed."""

    def __dir__(self):
        # Each name once: 3.10's Enum.__dir__ lists a name found both in
        # the class and in the member's __dict__ (the stored flags) twice.
        return list(dict.fromkeys(super().__dir__()))


def _member_new(fields, computed, by_class):
    """A member __new__ like http.HTTPStatus's: the int, then the
    registry's fields as instance attributes, and the attributes computed
    from them (computed: name -> function of the member; by_class: name ->
    function of the code's class, asked once per class), so that reading
    any of them is one lookup in the member's __dict__.  An old name's
    value is just the code, which enum turns into an alias."""
    computed = tuple(computed.items())
    by_class = tuple(by_class.items())
    per_class = {}  # class -> the attributes it gives, made on first use

    def __new__(cls, value, *values):
        member = int.__new__(cls, value)
        member._value_ = value
        found = member.__dict__
        found.update(zip(fields, values))
        if by_class:
            key = _class_key(value)
            given = per_class.get(key)
            if given is None:
                given = per_class[key] = {
                    name: of_class(key) for name, of_class in by_class}
            found.update(given)
        for name, compute in computed:
            found[name] = compute(member)
        return member
    return __new__


def _body(name, kind, doc, attrs):
    """The class body of an enum of the registry's entries of kind: what a
    class statement would hold, the members written out by the C core."""
    computed = {key: attr._compute for key, attr in attrs.items()
                if getattr(attr, "_compute", None) is not None}
    by_class = {key: attr._of_class for key, attr in attrs.items()
                if getattr(attr, "_of_class", None) is not None}
    body = {"__module__": __name__, "__qualname__": name, "__doc__": doc,
            "__new__": _member_new(_core.fields(kind), computed, by_class)}
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


class _Computed:
    """An attribute computed from the code: each member keeps its value in
    its __dict__ (made by _member_new), which wins over this non-data
    descriptor, so a member's read costs what .phrase costs; on the class
    this object, for its doc."""

    def __init__(self, compute, doc, of_class=None):
        # what a member keeps: of_class(its class) if given, else compute(it)
        self._get, self._of_class = compute, of_class
        self._compute = None if of_class else compute
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.__qualname__ = f"{owner.__name__}.{name}"

    def __get__(self, member, owner=None, /):
        return self if member is None else self._get(member)

    def __repr__(self):
        return f"<attribute {self.__qualname__}>"


class _Flag:
    """An is_* flag: on a member, its bool; on the class, this object, a
    predicate over any int (HTTPStatus.is_retryable(503), assert_status(r,
    HTTPStatus.is_retryable)) that looks a plain int up first.  Every
    member keeps its flags in its __dict__, which wins over this (non-data)
    descriptor: the registry's stored flags, and those computed from the
    code (test), computed once when the member is made (_member_new)."""

    def __init__(self, name, doc, test, find, of_class=None):
        self.__name__ = self.__qualname__ = name
        self.__doc__ = doc
        self._test, self._find = test, find
        # what a member keeps: of_class(its class) if given, else test(it)
        self._of_class = of_class
        self._compute = None if test is None or of_class else (
            lambda member: bool(test(member)))

    def __set_name__(self, owner, name):
        """Named after the first class that has it (enum._simple_enum
        makes a plain class of the enum's name first)."""
        if self.__qualname__ == name:
            self.__qualname__ = f"{owner.__name__}.{name}"

    def __get__(self, member, owner=None, /):
        if member is None:
            return self
        if self._test is None:  # a stored flag this member does not carry
            raise AttributeError(self.__name__)
        return self._test(member)

    def __call__(self, code, /):
        """Whether the flag holds for code, a member or any int."""
        name = self.__name__
        if isinstance(code, int) and hasattr(type(code), name):
            return bool(getattr(code, name))  # a member, or alike
        _check_code(code)
        member = self._find(code)  # None when not registered
        if member is not None:
            return bool(getattr(member, name))
        return self._test is not None and bool(self._test(code))

    def __repr__(self):
        return f"<flag {self.__qualname__}>"


def _finder(kind):
    """The member of kind for a code, or None: the C core's get or ws_get;
    where C calls are dear, the module's own, made later (below)."""
    if _C_CALLS:
        return _core.get if kind == "http" else _core.ws_get
    name = "get" if kind == "http" else "ws_get"
    return lambda code: globals()[name](code)


def _class_flag(name, doc, *keys):
    """A flag true for codes of the classes keys, as the C core classes
    any int (class_key), named for the messages of httpstatus.testing."""
    of_class = frozenset(keys).__contains__
    return _Flag(name, doc, lambda code: of_class(_class_key(code)),
                 _finder("http"), of_class)


def _stored_flags(kind, docs):
    """The flags of kind the registry stores, usable on the class."""
    find = _finder(kind)
    return {f: _Flag(f, docs.get(f), None, find) for f in _core.fields(kind)
            if f.startswith("is_")}


def _status_line(self, version="HTTP/1.1"):
    """The HTTP/1.x status line, e.g. 'HTTP/1.1 404 Not Found'."""
    return status_line(self, version)


_HTTP_ATTRS = {
    **_stored_flags("http", {
        "is_cacheable": "Cacheable by default (RFC 9110 Section 15.1).",
        "is_empty": "Never has content (RFC 9110 Section 6.4.1).",
        "is_redirect": "A redirect a client follows (RFC 9110 Section 15.4).",
        "is_retryable": "Usually worth retrying later."}),
    "is_informational": _class_flag("is_informational", "A 1xx code.",
                                    "informational"),
    "is_success": _class_flag("is_success", "A 2xx code.", "success"),
    "is_redirection": _class_flag("is_redirection", "A 3xx code.",
                                  "redirection"),
    "is_client_error": _class_flag("is_client_error", "A 4xx code.",
                                   "client_error"),
    "is_server_error": _class_flag("is_server_error", "A 5xx code.",
                                   "server_error"),
    "is_error": _class_flag("is_error", "A 4xx or 5xx code.",
                            "client_error", "server_error"),
    "is_standard": _Flag("is_standard",
                         "Registered with IANA (not a vendor's code).",
                         lambda code: getattr(code, "state", None)
                         not in (None, "unofficial"), _finder("http")),
    "status_class": _Computed(_class_key,
                              "'informational', 'success', 'redirection', "
                              "'client_error' or 'server_error'.",
                              of_class=lambda key: key),
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
    **_stored_flags("websocket", {
        "is_sendable": "May be sent in a Close frame (RFC 6455 7.4)."}),
    "range": _Computed(_ws_range_key,
                       "'protocol', 'library' or 'private'."),
}

HTTPStatus = _make_enum(
    "HTTPStatus", "http",
    "HTTP status codes: the IANA registry with RFC 9110 phrases, plus\n"
    "well-known unofficial codes (state 'unofficial').  A drop-in for\n"
    "http.HTTPStatus: HTTPStatus(404).phrase == 'Not Found'." + _MEMBER_DOC +
    "  " + _flags("http") + "   RFC 9110 facts\n"
    "and, computed from the code: is_informational, is_success,\n"
    "is_redirection, is_client_error, is_server_error, is_error,\n"
    "is_standard, status_class;\n"
    "status_line(version='HTTP/1.1') gives 'HTTP/1.1 404 Not Found'.\n",
    _HTTP_ATTRS)
_core.bind("http", HTTPStatus)  # for get() and HTTPStatus(404) in C


if _C_CALLS:
    get = _core.get
    phrase = _core.phrase
else:  # the C functions' answers, checks and errors, from dicts
    _MEMBERS = {int(m): m for m in HTTPStatus}
    _PHRASES = {code: m.phrase for code, m in _MEMBERS.items()}
    _WS_MEMBERS = {}  # filled on first use, WSCloseCode made then

    def _code(code):
        if type(code) is not int:
            _check_code(code)
            code = int.__index__(code)
        return code

    def get(code, /):
        """The HTTPStatus member for code, or None when it is not
        registered."""
        return _MEMBERS.get(_code(code))

    def phrase(code, /):
        """The reason phrase of an HTTP status code ('Not Found'), or None
        when it is not registered."""
        return _PHRASES.get(_code(code))

    def ws_get(code, /):
        """The WSCloseCode member for code, or None when it is not
        registered."""
        code = _code(code)
        if not _WS_MEMBERS:  # made whole, then put in at once
            _WS_MEMBERS.update({int(m): m for m in _websocket()})
        return _WS_MEMBERS.get(code)

# The WebSocket close codes are a registry of their own, which `http` does
# not have and most users of HTTP codes never touch: WSCloseCode and ws_get
# are made when first asked for (PEP 562), so that `import httpstatus` costs
# what the HTTP part costs.
_LAZY = ("WSCloseCode", "ws_get", "ws_lookup")


def _websocket():
    """WSCloseCode, made once.  Threads that race here may each make a
    class, but setdefault keeps the first, and all get that one."""
    cls = globals().get("WSCloseCode")
    if cls is None:
        made = _make_enum(
            "WSCloseCode", "websocket",
            "WebSocket close codes (IANA, RFC 6455 Section 7.4)." +
            _MEMBER_DOC + "  " + _flags("websocket") + "   may be sent in a "
            "Close frame\nand, computed from the code, range: 'protocol', "
            "'library' or 'private'.\n",
            _WS_ATTRS)
        cls = globals().setdefault("WSCloseCode", made)
        _core.bind("websocket", cls)  # the kept class, if threads raced
        if _C_CALLS:
            globals()["ws_get"] = _core.ws_get
        globals()["ws_lookup"] = _per_text(_core.ws_lookup)
    return cls


def __getattr__(name):
    if name in _LAZY:
        _websocket()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    """__all__, and the submodules imported so far (httpstatus.testing
    after `import httpstatus.testing`), for completion."""
    return sorted({*__all__, *(
        name for name, value in globals().items()
        if isinstance(value, _types.ModuleType) and not name.startswith("_")
        and value.__name__ == f"{__name__}.{name}")})


def _check_code(code, name="code"):
    """TypeError unless code is an int; bool is refused, since True == 1
    is never meant as a status code.  name is the parameter's."""
    if not isinstance(code, int) or isinstance(code, bool):
        raise TypeError(f"{name} must be an int, not {type(code).__name__}")


def _shown(value, limit=40):
    """value for an error message, in about limit characters: a str's repr
    (control characters escaped), an int's digits or its size, anything
    else by its type and length; never repr() of a whole container (a
    deep one would recurse, a long one costs time) nor user code."""
    if isinstance(value, str):
        text = repr(str.__getitem__(value, slice(limit + 1)))
        return text if len(text) <= limit + 2 else text[:limit] + "..."
    if isinstance(value, int) and not isinstance(value, bool):
        if -10**limit < value < 10**limit:
            return int.__repr__(value)
        return f"<int of {int.bit_length(value)} bits>"
    kind = type(value).__name__
    sized = (list, tuple, dict, set, frozenset, bytes, bytearray)
    if type(value) in sized:  # not a subclass: its __len__ is user code
        return f"<{kind} of {len(value)} items>"
    return f"<{kind}>"


# The languages describe() has: a BCP 47 tag (any case, '_' or '-') whose
# primary subtag is one of these, except the Chinese written in the
# traditional script, which the registry does not hold.
_LANGS = ("en", "zh")
_TRADITIONAL = {"hant", "tw", "hk", "mo"}


def _lang(lang):
    """'en' or 'zh' for a language tag: 'en', 'en-US', 'zh', 'zh-CN',
    'zh_CN', 'zh-Hans', 'ZH', ...; ValueError for any other."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str, not {type(lang).__name__}")
    # str's own methods: a subclass cannot change what is checked
    tags = str.lower(str.__getitem__(lang, slice(36))).replace(
        "_", "-").split("-")
    if str.__len__(lang) <= 35 and all(t.isascii() and t.isalnum() and len(t) <= 8
                               for t in tags) and tags[0] in _LANGS and \
            not (tags[0] == "zh" and _TRADITIONAL.intersection(tags[1:])):
        return tags[0]
    raise ValueError("lang must be 'en' or 'zh' (any BCP 47 form: en-US, "
                     f"zh-CN, zh-Hans), not {_shown(lang)}")


def describe(code, lang="en"):
    """The description of an HTTP status code in English or Chinese, or
    None when the code is not registered.  lang is a BCP 47 tag in any
    case, '-' or '_': 'en', 'en-US', 'zh', 'zh-CN', 'zh_CN', 'zh-Hans'."""
    if type(lang) is not str or (lang != "en" and lang != "zh"):
        lang = _lang(lang)  # the two plain tags need no parsing
    member = get(code)
    if member is None:
        return None
    return member.description_zh if lang == "zh" else member.description


_LOOKUP_MAX = _core.HS_LOOKUP_MAX  # bytes; no name comes near it

lookup = _per_text(_core.lookup)  # every form, decided by the core's index


def _c_int(code, name="code"):
    """code, checked to be an int, or None when no C int can hold it (and
    so it names nothing): the C core decides everything else."""
    _check_code(code, name)
    return code if -2**31 <= code < 2**31 else None


def status_class(code):
    """The class of any code in 100..599, registered or not
    ('informational', 'success', 'redirection', 'client_error',
    'server_error'); None for any other int."""
    code = _c_int(code)
    return None if code is None else _class_key(code)


def ws_close_range(code):
    """The RFC 6455 range of any close code ('unused' for 0-999,
    'protocol', 'library', 'private'); None outside 0..4999."""
    code = _c_int(code)
    return None if code is None else _ws_range_key(code)


def is_ws_sendable(code):
    """Whether a Close frame may carry this code (RFC 6455 Section 7.4)."""
    code = _c_int(code)
    return code is not None and bool(_ws_sendable(code))


def status_line(code, version="HTTP/1.1"):
    """'HTTP/1.1 404 Not Found'.  An unregistered code in 100..999 gets an
    empty reason phrase (RFC 9112); other codes raise ValueError, and so
    does a version that is empty, over 32 bytes or not visible ASCII."""
    _check_code(code)
    if not isinstance(version, str):
        raise TypeError(f"version must be a str, not {type(version).__name__}")
    try:  # the core decides, and says which of the two is wrong
        return _core.status_line(code, version)
    except ValueError as e:
        bad = version if str(e).startswith("version") else code
        raise ValueError(f"{e}, not {_shown(bad)}") from None


# ---- RFC helpers decided in the C core (issue 21) --------------------------

def understood_as(code):
    """The HTTPStatus a client treats code as (RFC 9110 Section 15): the
    code's own member when registered, else the x00 member of its class
    (understood_as(597) is HTTPStatus.INTERNAL_SERVER_ERROR); None outside
    100..599."""
    code = _c_int(code)
    found = None if code is None else _understood_as_code(code)
    return None if found is None else get(found)


def problem(status, detail=None, *, type="about:blank", title=None,
            instance=None, **extensions):
    """RFC 9457 problem details for an HTTP status, as a dict that
    json.dumps writes as an application/problem+json body:

        {'type': 'about:blank', 'title': 'Not Found', 'status': 404}

    With type 'about:blank' the title is the status phrase, as RFC 9457
    asks (the C core's hs_problem_title); an unregistered code gets none.
    detail, instance, and title for another type, are added when given;
    keyword arguments beyond these become extension members.  None for an
    int outside 100..599; TypeError for a status that is not an int (bool
    refused) or a member value that is not a str or None."""
    code = _c_int(status, "status")
    for name, value in (("detail", detail), ("type", type), ("title", title),
                        ("instance", instance)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not "
                            f"{value.__class__.__name__}")
    if code is None or _class_key(code) is None:
        return None
    if title is None and type == "about:blank":
        title = _problem_title(code)
    members = {"type": type, "title": title, "status": int(code),
               "detail": detail, "instance": instance}
    body = {key: value for key, value in members.items() if value is not None}
    body.update(extensions)
    return body


def search(text):
    """What text may mean, best first, as the command's `search` and its
    "did you mean" rank it (both ask the C core's hs_search): an exact
    name, old name or phrase, or the code the text starts with ('404 Not
    Modified' gives 404 first); then the names and phrases that start with
    it; then the members whose titles hold every word, as a word, the start
    of one, or within a typo of one ('not fond' finds 404, 'unauthorised'
    401); then those whose descriptions do.  Chinese words match inside
    the Chinese phrases.  Members with only some of the words come only when
    none has all.  A text that looks like HTTP finds no WSCloseCode, and the
    reverse.  A list, empty when nothing matches or the text is longer than
    any name; TypeError unless a str."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {text.__class__.__name__}")
    if len(text) > _LOOKUP_MAX:
        return []
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return []
    return [_websocket()(code) if ws else get(code)
            for code, ws, _score in _core.search_codes(text)]
