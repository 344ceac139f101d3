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
import inspect
import math
import os
import sys

import hypothesis
import pytest
from hypothesis import strategies as st

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode, _core, testing

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


# Every type a caller could pass: ints of any size, floats with NaN and
# inf, str with NUL, lone surrogates and a megabyte, bytes that are not
# UTF-8, None, containers, objects, members of our enums.
values = st.one_of(
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
    """Every callable the package, its testing helpers and _core offer."""
    found = {}
    for module in (httpstatus, testing, _core):
        for name in dir(module):
            obj = getattr(module, name)
            private = name.startswith("_") and module is not _core
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
    elif name in ("httpstatus.lookup",):
        assert result is None or isinstance(result, HTTPStatus)
    elif name in ("httpstatus.status_line",):
        assert isinstance(result, str) and " " in result
    elif name == "httpstatus._core.cli_main":
        assert result in (0, 1, 2, 3)


def call(name, args):
    global calls
    func = FUNCTIONS[name]
    calls += 1
    try:
        result = func(*args)
    except ORDINARY:
        return
    except AssertionError:
        if name.startswith("httpstatus.testing."):
            return  # assert_status says so by raising AssertionError
        raise
    check_result(name, func, args, result)


@contextlib.contextmanager
def quiet_fds():
    """cli_main writes to file descriptors 1 and 2: to /dev/null here."""
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


@hypothesis.settings(max_examples=max(1, CALLS // BATCH), deadline=None,
                     database=None, suppress_health_check=list(
                         hypothesis.HealthCheck))
@hypothesis.given(st.data())
def test_any_argument_to_any_function(data):
    names = sorted(FUNCTIONS)
    with quiet_fds():
        batch(data, names)


def batch(data, names):
    for _ in range(BATCH):
        name = data.draw(st.sampled_from(names))
        if name == "httpstatus._core.cli_main":
            argv = data.draw(st.lists(argv_items, max_size=6))
            args = [data.draw(st.sampled_from([[b"httpstatus"] + argv,
                                               argv, None, 404]))]
        else:
            args = data.draw(st.lists(values, max_size=3))
        call(name, args)


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
