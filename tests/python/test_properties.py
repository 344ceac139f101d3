"""Property test: every public function of the package and every function
of the SWIG module httpstatus._core, called with generated arguments of
every type, answers with a value of the documented kind or raises one of
the ordinary errors (TypeError, ValueError, OverflowError); never a crash,
a SystemError, or an error of another kind.

HS_PROPERTY_CALLS (default 10,000) sets how many calls are made; the count
is printed at the end.  tests/python/run.sh asks for 100,000 on Debian's
interpreter and under AddressSanitizer.
"""
import contextlib
import enum
import inspect
import math
import os
import sys
import types

import hypothesis
import pytest
from hypothesis import strategies as st

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode, _cli, _core, testing

CALLS = int(os.environ.get("HS_PROPERTY_CALLS", "10000"))
BATCH = 50  # calls per generated example
ORDINARY = (TypeError, ValueError, OverflowError)
MB = 1 << 20
calls = 0


class Weird:
    """An object that is neither int nor str, and whose int() lies."""

    def __index__(self):
        return 404

    def __int__(self):
        raise RuntimeError("never asked for by a lookup")


class BadRepr(int):
    """An int whose repr and str raise while a function is called (not
    while hypothesis prints what it drew): no message may call them."""

    armed = False

    def __repr__(self):
        if BadRepr.armed:
            raise RuntimeError("repr called")
        return f"BadRepr({int(self)})"

    __str__ = __repr__


class LyingStr(str):
    """A str whose methods answer for another string."""

    def __contains__(self, item):
        return False

    def isascii(self):
        return True

    def strip(self, *args):
        return "200"

    def lower(self):
        return "en"

    def __getitem__(self, index):
        return "2xx"[index]

    def __len__(self):
        return 3


def deep_list(depth):
    value = []
    for _ in range(depth):
        value = [value]
    return value


class Big:
    """What hypothesis draws for a value it must not print (its printer
    recurses into a deep list and takes its time over a long one); batch()
    puts the value itself in the call."""

    def __init__(self, name, value):
        self.name, self.value = name, value

    def __repr__(self):
        return self.name


DEEP = Big("DEEP", deep_list(100_000))  # repr() recurses past any limit
LONG = Big("LONG", list(range(1_000_000)))  # repr() takes a while
# Ints past the 4,300 digits str() writes, either sign.
huge_ints = st.builds(lambda digits, sign: sign * 10**digits,
                      st.integers(min_value=4300, max_value=6000),
                      st.sampled_from([1, -1]))
# A response as clients make them: an int status and a body of any shape.
responses = st.builds(
    lambda code, body: types.SimpleNamespace(status_code=code, text=body),
    st.one_of(st.integers(min_value=-5, max_value=1100), huge_ints),
    st.one_of(st.text(), st.sampled_from([
        "<!DOCTYPE html><title>x</title><p>y", "<html><script>", "{",
        '{"a": [1, 2]}', "[" * 100_000, "a\nb\r\nc", "\0\x1b"])))
# Predicates a user passes to assert_status: ours at class level, and
# user code that reads any member attribute.
PREDICATES = [
    HTTPStatus.is_success, HTTPStatus.is_retryable, HTTPStatus.is_standard,
    HTTPStatus.is_cacheable, HTTPStatus.is_error, WSCloseCode.is_sendable,
    lambda s: s.is_retryable, lambda s: s.phrase, lambda s: s.status_class,
    lambda s: s.description_zh, lambda s: s.aliases, lambda s: s.name]
predicates = st.sampled_from(PREDICATES)
# The forms assert_status takes, well and badly made: classes with a
# trailing newline, empty and reversed ranges, containers of them.
forms = st.one_of(
    st.integers(min_value=-5, max_value=1100), huge_ints, predicates,
    st.sampled_from(["2xx", "5XX", "2xx\n", "2xx\r\n", " 4xx", "6xx",
                     "200", "404\n", "", LyingStr("6xx"), True]),
    st.text(max_size=4).map(lambda t: t + "\n"),
    st.builds(range, st.integers(-1000, 1000), st.integers(-1000, 1000)),
    st.builds(range, huge_ints, huge_ints),
    st.sampled_from([range(5, 0), range(200, 200), range(200, 300, 7)]),
)
expected_forms = st.one_of(forms, st.lists(forms, max_size=3),
                           st.lists(forms, max_size=3).map(tuple))

# Every type a caller could pass: ints of any size, floats with NaN and
# inf, str with NUL, lone surrogates, a megabyte and a final newline,
# bytes that are not UTF-8, None, containers (deep, long, empty ranges),
# objects, members of our enums, an int whose repr raises, a str that lies.
values = st.one_of(
    huge_ints,
    st.text().map(lambda t: t + "\n"),
    st.sampled_from([DEEP, LONG, BadRepr(404), BadRepr(2**70),
                     LyingStr("fr"), LyingStr("404"), "en\n", "zh-CN",
                     "zh_CN", "ZH", "zh-Hant", "en-US", range(5, 0),
                     range(200, 300)]),
    predicates,
    responses,
    st.integers(),
    st.integers(min_value=-2**70, max_value=2**70),
    st.integers(min_value=-5, max_value=5000),
    st.sampled_from([2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63 - 1,
                     2**64, 10**5000, True, False]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, 404.0, 404.5, -0.0]),
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=None)),
    st.sampled_from(["not found", "NOT_FOUND", "未找到", "4xx", "HTTP/1.0",
                     "not\0found", "\udcff", "\x1b[2J", "a" * MB,
                     "é" * MB, "HTTP/1.1" + "\0" * 10, "--json", "--list",
                     "--lang", "zh", "search", "--", "-5"]),
    st.binary(),
    st.sampled_from([b"404", b"\xff\xfe", b"not\0found", b"\xff" * MB]),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.tuples(st.integers()),
    st.sampled_from([object(), Weird(), HTTPStatus.NOT_FOUND,
                     WSCloseCode.NORMAL_CLOSURE, 1j, bytearray(b"404"),
                     memoryview(b"404"), type, int, str]),
)


def public_functions():
    """Every callable the package, its testing helpers, _core and _cli
    offer."""
    found = {}
    for module in (httpstatus, testing, _core, _cli):
        for name in getattr(module, "__all__", None) or dir(module):
            obj = getattr(module, name)
            private = name.startswith("_") and module not in (_core, _cli)
            if name.startswith("__") or private or name in (
                    "EnumType", "AttrEnumType"):
                continue
            if callable(obj) and not inspect.ismodule(obj):
                found[f"{module.__name__}.{name}"] = obj
    found["HTTPStatus"] = HTTPStatus
    found["WSCloseCode"] = WSCloseCode
    found["HTTPStatus.NOT_FOUND.status_line"] = HTTPStatus.NOT_FOUND.status_line
    # bind() would rebind a kind to whatever class it is given; it is
    # driven with every argument but our enum classes (see values).
    return found


FUNCTIONS = public_functions()


def check_result(name, func, args, result):
    """What a successful call may return."""
    if name in ("httpstatus.get", "httpstatus._core.get"):
        assert result is None or (isinstance(result, HTTPStatus)
                                  and result == args[0])
    elif name in ("httpstatus.phrase", "httpstatus._core.phrase"):
        assert result is None or isinstance(result, str)
    elif name in ("httpstatus.lookup", "httpstatus._core.lookup"):
        assert result is None or isinstance(result, HTTPStatus)
    elif name in ("httpstatus.status_line",):
        assert isinstance(result, str) and " " in result
    elif name == "httpstatus._cli.main":
        assert result in (0, 1, 2, 3)
    elif name == "httpstatus.testing.describe_status":
        assert isinstance(result, str) and len(result) < 400
    elif name == "httpstatus.testing.status_of":
        assert type(result) is int
    elif name == "httpstatus.testing.assert_status":
        assert result is args[0]


def readable_status(response):
    """The int status a response carries, or None: an int (not a bool),
    or the int status_code of a response."""
    if isinstance(response, types.SimpleNamespace):
        response = response.status_code
    ok = isinstance(response, int) and not isinstance(response, bool)
    return response if ok else None


def valid_form(form, inside=False):
    """Whether assert_status must take form as an expected status: written
    here from the documentation, not from testing.py."""
    if isinstance(form, bool):
        return False
    if isinstance(form, str):
        text = str.__str__(form)
        return len(text) == 3 and text[0] in "12345" and \
            text[1:].lower() == "xx"
    if isinstance(form, range):
        return bool(form)
    if isinstance(form, (tuple, list, set, frozenset)):
        return not inside and bool(form) and all(
            valid_form(f, inside=True) for f in form)
    return isinstance(form, int) or callable(form)


def foreign(form):
    """A callable that is not one of PREDICATES: its own errors are its
    own (HTTPStatus(597) raises ValueError, as it should)."""
    if isinstance(form, (tuple, list, set, frozenset)):
        return any(foreign(f) for f in form)
    return callable(form) and not any(form is p for p in PREDICATES)


def outcome_of(name, args):
    """What a helper of httpstatus.testing must do with args, where that
    is known: 'return' (a value), 'assert' (return or AssertionError) or
    an exception class; None where user code (a predicate) decides."""
    if name == "httpstatus.testing.describe_status" and len(args) == 1:
        return "return" if readable_status(args[0]) is not None and \
            not isinstance(args[0], types.SimpleNamespace) else TypeError
    if name == "httpstatus.testing.status_of" and len(args) == 1:
        return "return" if readable_status(args[0]) is not None \
            else TypeError
    if name == "httpstatus.testing.assert_status" and len(args) == 2:
        response, expected = args
        if not valid_form(expected):
            return (TypeError, ValueError)
        if readable_status(response) is None:
            return TypeError
        return None if foreign(expected) else "assert"
    return None


# An IntEnum of the interpreter's, with a member no registry has.
Probe = enum.IntEnum("Probe", {"NEVER": -7})


def stdlib_raises(args, error):
    """Whether an IntEnum of the interpreter's raises error for args too
    (enum puts repr(value) in its ValueError: a deep list recurses, an
    int whose repr raises raises)."""
    BadRepr.armed = True
    try:
        Probe(*args)
    except Exception as e:  # noqa: BLE001 - the same kind, or not
        return type(e) is error
    finally:
        BadRepr.armed = False
    return False


def call(name, args):
    global calls
    func = FUNCTIONS[name]
    calls += 1
    must = outcome_of(name, args)
    try:
        BadRepr.armed = True
        try:
            result = func(*args)
        finally:
            BadRepr.armed = False
    except AssertionError:
        if must == "assert":
            return  # assert_status says so by raising AssertionError
        raise
    except RuntimeError as e:  # RecursionError too
        if name.rsplit(".", 1)[-1] in ("HTTPStatus", "WSCloseCode") and \
                stdlib_raises(args, type(e)):
            return  # enum's own message repr()s the value, as stdlib's does
        raise
    except ORDINARY as e:
        if must in (None,) or (not isinstance(must, str) and
                               isinstance(e, must)):
            return
        raise AssertionError(f"{name}{tuple(map(type, args))}: "
                             f"{type(e).__name__}: {e}, not {must}") from e
    if must is not None and must not in ("return", "assert"):
        raise AssertionError(f"{name} returned {result!r:.60}, not {must}")
    check_result(name, func, args, result)


@contextlib.contextmanager
def quiet_fds():
    """_cli.main writes to file descriptors 1 and 2: to /dev/null here."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    try:
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (null, *saved):
            os.close(fd)


argv_items = st.one_of(
    st.sampled_from([b"404", b"--json", b"--list", b"-l", b"--lang", b"zh",
                     b"--lang=zh", b"search", b"--", b"not", b"found",
                     b"4xx", b"ws", b"-5", b"--help", b"--version", b"\x1b",
                     b"\xff", b"a" * 10000]),
    st.binary(max_size=40).filter(lambda b: b"\0" not in b),
    st.text(max_size=20).filter(lambda s: "\0" not in s),
)


# No shrinking: a failure names the function and its arguments' types,
# and shrinking batches of huge and deep values takes minutes.
@hypothesis.settings(max_examples=max(1, CALLS // BATCH), deadline=None,
                     database=None, phases=[hypothesis.Phase.generate],
                     suppress_health_check=list(
                         hypothesis.HealthCheck))
@hypothesis.given(st.data())
def test_any_argument_to_any_function(data):
    names = sorted(FUNCTIONS)
    with quiet_fds():
        batch(data, names)


def batch(data, names):
    for _ in range(BATCH):
        name = data.draw(st.sampled_from(names))
        if name == "httpstatus._cli.main":
            argv = data.draw(st.lists(argv_items, max_size=6))
            args = [data.draw(st.sampled_from([[b"httpstatus"] + argv,
                                               argv, None, 404]))]
        elif name == "httpstatus.testing.assert_status" and data.draw(
                st.booleans()):
            args = [data.draw(st.one_of(responses, huge_ints, values)),
                    data.draw(expected_forms)]
        else:
            args = data.draw(st.lists(values, max_size=3))
        call(name, [a.value if isinstance(a, Big) else a for a in args])


def test_property_call_count(capsys):
    """The property test made the calls asked for; the count is shown."""
    with capsys.disabled():
        print(f"\nproperty test: {calls} calls over {len(FUNCTIONS)} "
              f"functions, no crash")
    assert calls >= CALLS
    # And the state is intact after all of that.
    assert httpstatus.get(404) is HTTPStatus.NOT_FOUND
    assert HTTPStatus(404) is HTTPStatus.NOT_FOUND
    assert httpstatus.phrase(404) == "Not Found"
