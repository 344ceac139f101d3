"""How the enums are built: the class the standard library would build,
member attributes made on first use (also under threads), and the private
C helpers refusing bad input."""
import copy
import http
import json
import pickle
import subprocess
import sys
import textwrap

import pytest

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode, _core

# Where our class dict may differ from http.HTTPStatus's, and why.
OWN_NEW = {"__new_member__", "_new_member_"}       # the stdlib's own __new__
CLASS_STATEMENT = {"__firstlineno__", "__static_attributes__"}  # 3.13+
CONTENTS = {"__doc__", "__module__", "_member_names_", "_member_map_",
            "_value2member_map_"}
STD_PROPERTIES = {"is_informational", "is_success", "is_redirection",
                  "is_client_error", "is_server_error"}  # 3.12+; ours: fields


def non_members(cls):
    return {k: v for k, v in vars(cls).items() if k not in cls._member_map_}


def test_class_dict_is_the_stdlib_simple_enum_layout():
    """http.HTTPStatus is made by enum._simple_enum on the running CPython:
    ours must carry the same class attributes with the same values."""
    ours, std = non_members(HTTPStatus), non_members(http.HTTPStatus)
    missing = set(std) - set(ours) - OWN_NEW - CLASS_STATEMENT
    assert not missing
    field = type(vars(HTTPStatus)["phrase"])
    extra = {k for k in set(ours) - set(std) if not isinstance(ours[k], field)}
    assert extra == {"status_line"}
    differ = {k for k in set(ours) & set(std) if ours[k] != std[k]}
    assert differ <= OWN_NEW | CONTENTS | STD_PROPERTIES
    assert type(HTTPStatus).__mro__[1:] == type(http.HTTPStatus).__mro__


def test_members_behave_like_the_stdlib_ones():
    for name, std in http.HTTPStatus.__members__.items():
        ours = HTTPStatus[name]
        if ours.name == std.name:  # 3.11 names 413 differently, say
            for show in (repr, str, format, "{:>8}".format, "{:d}".format):
                assert show(ours).replace("httpstatus", "http") == \
                    show(std).replace("httpstatus", "http"), name
    for member in list(HTTPStatus) + list(WSCloseCode):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(member, protocol)) is member
        assert copy.copy(member) is member is copy.deepcopy(member)
        assert member.__objclass__ is type(member)
    assert [m._sort_order_ for m in HTTPStatus] == list(range(len(HTTPStatus)))
    assert [m._sort_order_ for m in WSCloseCode] == \
        list(range(len(WSCloseCode)))
    assert HTTPStatus(404.0) is HTTPStatus.NOT_FOUND  # as http.HTTPStatus
    assert http.HTTPStatus(404.0) is http.HTTPStatus.NOT_FOUND


FIRST_USE = textwrap.dedent("""
    import json, threading
    from httpstatus import HTTPStatus, WSCloseCode
    members = list(HTTPStatus) + list(WSCloseCode)
    names = sorted({k for c in (HTTPStatus, WSCloseCode)
                    for k, v in vars(c).items() if type(v).__name__ == "Field"})
    start, seen = threading.Barrier(8), []
    def read_all():
        start.wait()
        seen.append([[repr(getattr(m, k, None)) for k in names]
                     for m in members])
    threads = [threading.Thread(target=read_all) for _ in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(json.dumps(seen))
""")


def test_first_use_from_many_threads_at_once():
    """Member attributes are made when first read: eight threads reading
    every attribute of a fresh import at once all see the same values, and
    those are the values this (single-threaded) process sees."""
    out = subprocess.run([sys.executable, "-c", FIRST_USE], check=True,
                         capture_output=True, text=True).stdout
    seen = json.loads(out)
    assert len(seen) == 8 and all(s == seen[0] for s in seen)
    members = list(HTTPStatus) + list(WSCloseCode)
    names = sorted({k for c in (HTTPStatus, WSCloseCode)
                    for k, v in vars(c).items()
                    if type(v).__name__ == "Field"})
    assert seen[0] == [[repr(getattr(m, k, None)) for k in names]
                       for m in members]


WEBSOCKET_FIRST_USE = textwrap.dedent("""
    import json, threading
    import httpstatus
    made_at_import = "WSCloseCode" in vars(httpstatus)
    start, seen = threading.Barrier(8), []
    def first_use():
        start.wait()
        cls, ws_get = httpstatus.WSCloseCode, httpstatus.ws_get
        seen.append([id(cls), ws_get(1000) is cls.NORMAL_CLOSURE,
                     httpstatus.ws_lookup("going away") is cls(1001)])
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
    assert {"WSCloseCode", "ws_get"} <= set(dir(httpstatus))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        httpstatus.nope  # noqa: B018 - the module __getattr__ still refuses


def test_field_on_anything_else():
    phrase = vars(HTTPStatus)["phrase"]
    assert HTTPStatus.phrase is phrase  # read on the class: the field itself
    assert "phrase" in repr(phrase)
    for bad in (404, True, "404", 2**64, -2**64, 404.0,
                WSCloseCode.NORMAL_CLOSURE):  # 1000 is no HTTP status
        with pytest.raises(AttributeError):
            phrase.__get__(bad)
    with pytest.raises(TypeError):  # Python's own rule for __get__
        phrase.__get__(None)
    assert vars(WSCloseCode)["phrase"].__get__(WSCloseCode(1000)) == \
        "Normal Closure"
    assert not hasattr(HTTPStatus.OK, "is_sendable")
    assert not hasattr(WSCloseCode(1000), "is_success")


def test_private_helpers_refuse_bad_input():
    with pytest.raises(TypeError):
        _core.fill(HTTPStatus, "http")  # has members already
    with pytest.raises(ValueError):
        _core.fill(HTTPStatus, "ftp")
    for bad in ("ftp", "", "http\0"):
        with pytest.raises(ValueError):
            _core.fields(bad)
    for bad in (None, 1, b"http"):
        with pytest.raises(TypeError):
            _core.fields(bad)
    assert set(_core.fields("websocket")) < set(vars(WSCloseCode))
    for bad in (int, object, 404, None):
        with pytest.raises((TypeError, AttributeError)):
            _core.fill(bad, "http")
    with pytest.raises(ValueError):
        _core.make_table("nope", HTTPStatus)
    for bad in (int, 404, None):
        with pytest.raises((TypeError, AttributeError)):
            _core.make_table("get", bad)
    with pytest.raises(TypeError):
        _core.make_table("get")  # members need their class
    with pytest.raises(TypeError):
        _core.make_table("phrase", HTTPStatus)  # phrases come from C
    assert httpstatus.get(404) is HTTPStatus.NOT_FOUND  # nothing was broken


def test_swig_module_wraps_no_constructors():
    """The registry's rows are static const C data: Python can read them
    but has no wrapper that builds or frees one."""
    import sys
    assert sys.modules["_httpstatus"] is _core
    for kind in ("hs_status", "hs_group", "hs_field"):
        assert not hasattr(_core, "new_" + kind)
        assert not hasattr(_core, "delete_" + kind)
    found = _core.hs_lookup("not found")
    assert _core.hs_status_code_get(found) == 404


def test_no_leak_in_the_c_paths():
    """ASan runs with leak checks off (CPython itself leaks at exit), so
    count the bytes Python allocates across many calls of each C path,
    error paths included."""
    import gc
    import tracemalloc
    phrase = vars(HTTPStatus)["phrase"]

    def calls():
        for bad in (404, "x", 2**64, WSCloseCode(1000)):
            try:
                phrase.__get__(bad)
            except AttributeError:
                pass
        for args in (("get", HTTPStatus), ("nope", HTTPStatus),
                     ("phrase", int), ("phrase",), ("get", int)):
            try:
                _core.make_table(*args)
            except (ValueError, TypeError, AttributeError):
                pass
        try:
            _core.fill(HTTPStatus, "http")
        except TypeError:
            pass
        for kind in ("http", "ftp", None):
            try:
                _core.fields(kind)
            except (TypeError, ValueError):
                pass
        httpstatus.lookup("not found")
        httpstatus.status_line(404)
        HTTPStatus(404)
        for per_code in (httpstatus.phrase, httpstatus.get, httpstatus.ws_get):
            for code in (404, 1000, 597, 2**64, -1, "x", True, 404.0):
                try:
                    per_code(code)
                except TypeError:
                    pass

    calls()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for _ in range(2000):
        calls()
    gc.collect()
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert grown < 20_000, grown  # a leak of one object a call is 2000x that
