"""How the enums are built: by the interpreter's own enum machinery (the
class a plain class statement makes, member for member), the C lookups
that sit beside it, and the private C helpers refusing bad input.

A private contract: this file reads the package's private names
(_body, _HTTP_ATTRS, _core) on purpose, to hold the build to CPython's
own; the other test files use the public API only."""
import enum
import json
import os
import subprocess
import sys
import sysconfig
import textwrap
import types

import pytest

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode, _cli, _core

SIMPLE_ENUM = hasattr(enum, "_simple_enum")
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
# The metaclass: ours (a C path for HTTPStatus(404)) on CPython; enum's
# own where a call into C costs more than the lookup (PyPy's cpyext).
CPYTHON = sys.implementation.name == "cpython"
META = _core.EnumType if CPYTHON else enum.EnumMeta


def class_statement(cls):
    """The class a plain class statement makes from the body ours was made
    from (types.new_class runs the steps of a class statement)."""
    kind = "http" if cls is HTTPStatus else "websocket"
    attrs = httpstatus._HTTP_ATTRS if cls is HTTPStatus else \
        httpstatus._WS_ATTRS
    body = httpstatus._body(cls.__name__, kind, cls.__doc__, attrs)

    def fill(namespace):
        for key, value in body.items():
            namespace[key] = value
    return types.new_class(cls.__name__, (httpstatus._IntEnum,),
                           exec_body=fill)


@pytest.mark.parametrize("cls", [HTTPStatus, WSCloseCode])
def test_same_class_as_a_class_statement(cls):
    """enum._test_simple_enum, CPython's own check for classes made with
    _simple_enum (3.11+), finds nothing that a class statement would make
    differently; on 3.10 the class statement is what made ours."""
    checked = class_statement(cls)
    if SIMPLE_ENUM:
        enum._test_simple_enum(checked, cls)  # raises TypeError on a mismatch
    assert list(checked.__members__) == list(cls.__members__)
    for name, member in cls.__members__.items():
        mine, plain = dict(vars(member)), dict(vars(checked[name]))
        assert mine.pop("__objclass__") is cls
        assert plain.pop("__objclass__") is checked
        assert mine == plain, name
    assert type(cls) is META
    assert issubclass(_core.EnumType, enum.EnumMeta)
    if CPYTHON:
        with pytest.raises(TypeError):  # Py_TYPE(cls) is always ours
            type("Sub", (_core.EnumType,), {})


def test_member_access_is_enums_own():
    """One metaclass on every version, and it leaves attribute lookup to
    enum: HTTPStatus.NOT_FOUND takes the path http.HTTPStatus.NOT_FOUND
    takes (only the value lookup, HTTPStatus(404), has a C path)."""
    import http
    meta = type(HTTPStatus)
    assert meta is type(WSCloseCode) is META
    assert meta.__getattribute__ is type(http.HTTPStatus).__getattribute__
    if meta is not enum.EnumMeta:  # ours adds no attribute lookup
        assert "__getattribute__" not in vars(meta)
        assert "__getattr__" not in vars(meta)
    assert not hasattr(_core, "AttrEnumType")


def test_no_private_enum_state_of_ours():
    """Nothing in the class body names an enum private key: whatever
    _sunder_ keys the class has, enum made them itself."""
    body = httpstatus._body("HTTPStatus", "http", "", httpstatus._HTTP_ATTRS)
    assert not [k for k in body if k.startswith("_") and k.endswith("_")
                and not k.startswith("__")]


def test_members_carry_the_registry():
    for member in HTTPStatus:
        fields = _core.fields("http")
        assert set(fields) <= set(vars(member))
        assert isinstance(member.phrase, str) and member.phrase
        assert isinstance(member.is_cacheable, bool)
        assert member.is_error == (400 <= member <= 599)
        assert member.status_class == httpstatus.status_class(member)
    for member in WSCloseCode:
        assert isinstance(member.is_sendable, bool)
        assert member.range == httpstatus.ws_close_range(member)
    assert not hasattr(HTTPStatus.OK, "is_sendable")
    assert not hasattr(WSCloseCode(1000), "is_success")


def test_value_lookup_in_c_matches_enum():
    """HTTPStatus(x) answers in C for an exact int or a member and leaves
    everything else to EnumType.__call__: every answer, and every error,
    is enum's own."""
    plain = class_statement(HTTPStatus)  # not bound: enum's own path

    def answer(call, value):
        try:
            return call(value)
        except Exception as e:  # noqa: BLE001 - compared below
            return type(e)

    # Each way a class is called: by vectorcall where the metaclass has it
    # (a call in code, map()'s call, which leaves no room before the
    # arguments, an unpacked tuple) and by its tp_call (the slot wrapper).
    calls = (HTTPStatus, lambda v: next(map(HTTPStatus, [v])),
             lambda v: HTTPStatus(*(v,)),
             lambda v: type(HTTPStatus).__call__(HTTPStatus, v))
    for value in (404, 413, HTTPStatus.OK, plain.OK, 404.0, True, 597, -1,
                  2**100, "404", None, 4.5, [404]):
        want = answer(plain, value)
        for call in calls:
            got = answer(call, value)
            if isinstance(want, enum.Enum):
                assert got is HTTPStatus[want.name], value
            else:
                assert got is want, value
    assert HTTPStatus(value=404) is HTTPStatus.NOT_FOUND
    assert HTTPStatus(**{"value": 404}) is HTTPStatus.NOT_FOUND
    for args in (("X", "A B"), (), (404, 405)):  # functional API, misuse
        with pytest.raises(Exception) as want:
            plain(*args)
        with pytest.raises(want.type):
            HTTPStatus(*args)
        with pytest.raises(want.type):
            next(map(HTTPStatus, *([a] for a in args))) if args else \
                type(HTTPStatus).__call__(HTTPStatus)


# Py_TPFLAGS_HAVE_VECTORCALL, a flag of the C API (object.h)
HAVE_VECTORCALL = 1 << 11


def test_value_lookup_is_a_vectorcall_from_3_12():
    """From CPython 3.12 on (the limited API's 3.12 included: the cp312
    abi3 wheel) HTTPStatus(404) is a vectorcall, with no tuple of
    arguments made; before, the metaclass's tp_call answers.  PyPy's
    classes have enum's own metaclass, which its JIT sees through."""
    if not CPYTHON:
        assert type(HTTPStatus) is type(WSCloseCode) is enum.EnumMeta
        return
    expected = sys.version_info >= (3, 12)
    assert bool(type(HTTPStatus).__flags__ & HAVE_VECTORCALL) == expected
    assert bool(type(WSCloseCode).__flags__ & HAVE_VECTORCALL) == expected


def test_get_and_phrase_have_real_signatures():
    import inspect
    import pydoc
    for fn in (httpstatus.get, httpstatus.phrase, httpstatus.ws_get):
        assert str(inspect.signature(fn)) == "(code, /)"
        text = pydoc.plain(pydoc.render_doc(fn))
        assert "instance" not in text and "code" in text, text
    for name in httpstatus.__all__:
        obj = getattr(httpstatus, name)
        if callable(obj) and not isinstance(obj, type):
            inspect.signature(obj)
            assert obj.__doc__, name
    help_text = pydoc.plain(pydoc.render_doc(HTTPStatus))
    for attr in ("phrase", "description_zh", "is_success", "is_cacheable",
                 "status_line"):
        assert attr in help_text, attr
    assert set(httpstatus.__all__) <= set(dir(httpstatus))  # and submodules


def test_private_module_inside_the_package():
    assert _core.__name__ == "httpstatus._core"
    assert os.path.dirname(_core.__file__) == \
        os.path.dirname(httpstatus.__file__)
    with pytest.raises(ImportError):
        __import__("_httpstatus")
    for kind in ("hs_status", "hs_group", "hs_field"):
        assert not hasattr(_core, "new_" + kind)
        assert not hasattr(_core, kind + "_code_get")


def test_built_by_the_expected_swig():
    want = os.environ.get("HS_EXPECT_SWIG")
    got = _core.swig_version()
    assert got >= 0x040100
    if want:
        # PyPI's swig 4.1.1 reports SWIG_VERSION 0x040100: compare x.y
        major, minor = (int(x) for x in want.split(".")[:2])
        assert got >> 8 == major << 8 | minor, hex(got)
    # SWIG 4.2 and later write limited-API code: one abi3 module for all
    # GIL builds of CPython; a free-threaded CPython refuses the limited
    # API, and PyPy builds for itself.
    abi3 = ".abi3" in os.path.basename(_core.__file__)  # 3.15: .abi3-x86_64...
    assert abi3 == (got >= 0x040200 and not FREE_THREADED and CPYTHON), \
        (_core.__file__, hex(got))


WEBSOCKET_FIRST_USE = textwrap.dedent("""
    import json, threading
    import httpstatus
    made_at_import = "WSCloseCode" in vars(httpstatus)
    start, seen = threading.Barrier(8), []
    def first_use():
        start.wait()
        cls, ws_get = httpstatus.WSCloseCode, httpstatus.ws_get
        seen.append([id(cls), ws_get(1000) is cls.NORMAL_CLOSURE,
                     cls(1001) is httpstatus.ws_lookup("going away")])
    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(json.dumps([made_at_import, seen, id(httpstatus.WSCloseCode)]))
""")


def test_websocket_enum_made_once_on_first_use():
    """WSCloseCode and ws_get are made when first asked for: eight threads
    asking at once in a fresh import all get one class, whose members
    ws_get and ws_lookup return."""
    out = subprocess.run([sys.executable, "-c", WEBSOCKET_FIRST_USE],
                         check=True, capture_output=True, text=True).stdout
    made_at_import, seen, final = json.loads(out)
    assert not made_at_import
    assert seen == [[final, True, True]] * 8
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        httpstatus.nope  # noqa: B018 - the module __getattr__ still refuses


def test_private_helpers_refuse_bad_input():
    for fn in (_core.members, _core.fields):
        for bad in ("ftp", "", "http\0", "HTTP"):
            with pytest.raises(ValueError):
                fn(bad)
        for bad in (None, 1, b"http"):
            with pytest.raises(TypeError):
                fn(bad)
    for cls in (list(HTTPStatus), tuple(HTTPStatus), int, enum.IntEnum,
                httpstatus._IntEnum, WSCloseCode, 404, None):
        with pytest.raises((TypeError, ValueError)):
            _core.bind("http", cls)
    for args in ((), ("http",), ("http", 1), ("ftp", HTTPStatus),
                 (None, HTTPStatus)):
        with pytest.raises((TypeError, ValueError)):
            _core.bind(*args)
    for fn in (_core.get, _core.phrase, _core.ws_get):
        for bad in ("404", 404.0, None, True, b"404"):
            with pytest.raises(TypeError, match="code must be an int"):
                fn(bad)
        for miss in (597, -1, 2**64, -2**64, 2**31, 0):
            assert fn(miss) is None
    with pytest.raises(TypeError):
        _cli.main("404")
    with pytest.raises(ValueError):
        _cli.main([])  # no program name
    for bad in ([None], [1], ["x", 2]):
        with pytest.raises(TypeError):
            _cli.main(bad)
    assert httpstatus.get(404) is HTTPStatus.NOT_FOUND  # nothing was broken


def test_no_leak_in_the_c_paths():
    """ASan runs with leak checks off (CPython itself leaks at exit), so
    count the bytes Python allocates across many calls of each C path,
    error paths included: with tracemalloc on CPython; on PyPy, which has
    none, by the objects its GC holds after a collection (a reference a C
    path forgets keeps its object alive there)."""
    import gc
    if CPYTHON:
        import tracemalloc
    else:
        class tracemalloc:  # noqa: N801 - stands in for the module
            start = stop = staticmethod(lambda: None)

            @staticmethod
            def get_traced_memory():
                gc.collect()
                return len(gc.get_objects()), 0

    def calls():
        for kind in ("http", "websocket", "ftp", None):
            try:
                _core.members(kind)
                _core.fields(kind)
            except (TypeError, ValueError):
                pass
        for cls in (list(HTTPStatus), WSCloseCode, HTTPStatus):
            try:
                _core.bind("http", cls)
            except (TypeError, ValueError):
                pass
        httpstatus.lookup("not found")
        httpstatus.status_line(404)
        for value in (404, 404.0, 597, "x"):
            try:
                HTTPStatus(value)
            except ValueError:
                pass
        for per_code in (httpstatus.phrase, httpstatus.get, httpstatus.ws_get):
            for code in (404, 1000, 597, 2**64, -1, "x", True, 404.0):
                try:
                    per_code(code)
                except TypeError:
                    pass

    # Caches (interned strings, type caches, the allocator's) grow for a
    # while and then settle; a leak grows by the same amount in every
    # window.  So the last of four windows of 1000 calls must be small.
    calls()
    tracemalloc.start()
    grown = []
    for _ in range(4):
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(1000):
            calls()
        gc.collect()
        grown.append(tracemalloc.get_traced_memory()[0] - before)
    tracemalloc.stop()
    # one leaked object a call: 32_000+ bytes, or 1000+ objects on PyPy
    assert grown[-1] < (16_000 if CPYTHON else 500), grown


def test_bind_once_per_kind():
    """A binding that lookups may be reading at that moment is never
    replaced: binding the bound class again does nothing, another class
    (even a well-made one of the same members) is refused."""
    other = class_statement(HTTPStatus)
    assert _core.bind("http", HTTPStatus) is None
    with pytest.raises(ValueError, match="bound to another class"):
        _core.bind("http", other)
    assert httpstatus.get(404) is HTTPStatus.NOT_FOUND
    assert HTTPStatus(404) is HTTPStatus.NOT_FOUND
    with pytest.raises(ValueError):  # unbound: enum's own path answers
        other(597)
    assert other(404) is other.NOT_FOUND


def test_metaclass_of_an_unbound_class():
    """The metaclass gives enum's answers for a class never bound."""
    meta = _core.EnumType
    base = types.new_class("Base", (enum.IntEnum,), {"metaclass": meta})
    body = httpstatus._body("HTTPStatus", "http", "doc",
                            httpstatus._HTTP_ATTRS)
    cls = types.new_class("HTTPStatus", (base,),
                          exec_body=lambda ns: [ns.__setitem__(k, v)
                                                for k, v in body.items()])
    assert type(cls) is meta
    assert cls.NOT_FOUND == 404 and cls.NOT_FOUND.phrase == "Not Found"
    assert cls.REQUEST_ENTITY_TOO_LARGE is cls.CONTENT_TOO_LARGE
    assert cls(404) is cls.NOT_FOUND is cls["NOT_FOUND"]
    assert cls.NOT_FOUND.is_client_error and "__members__" in dir(cls)
    with pytest.raises(AttributeError):
        cls.NOT_A_MEMBER  # noqa: B018
    with pytest.raises(ValueError):
        cls(597)
