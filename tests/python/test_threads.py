"""Threads looking up every code and name at once see what one thread sees;
on a free-threaded CPython they do it with the GIL off, and importing the
package leaves it off."""
import os
import subprocess
import sys
import sysconfig
import threading
from concurrent.futures import ThreadPoolExecutor

import httpstatus
from httpstatus import HTTPStatus, WSCloseCode

FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
THREADS = 8


def outcome(call, *args):
    """What call(*args) gives: its result, or the type of its error."""
    try:
        return call(*args)
    except Exception as e:  # noqa: BLE001 - compared across threads
        return type(e)


def one_pass():
    out = []
    for code in range(-1, 5002):
        out.append((httpstatus.get(code), httpstatus.ws_get(code),
                    httpstatus.phrase(code), httpstatus.status_class(code),
                    outcome(HTTPStatus, code), outcome(WSCloseCode, code)))
    for member in list(HTTPStatus) + list(WSCloseCode):
        find = httpstatus.lookup if isinstance(member, HTTPStatus) \
            else httpstatus.ws_lookup
        out.append((find(member.name), find(member.phrase),
                    type(member)(member.value), type(member)(member)))
    return out


def test_threads_agree_with_one_thread():
    """THREADS threads released at once, each doing every lookup several
    times over, give exactly the single-threaded answers."""
    reference = one_pass()
    assert reference[404 + 1][0] is HTTPStatus.NOT_FOUND  # code -1 first
    assert reference[597 + 1][4] is ValueError
    start = threading.Barrier(THREADS)

    def worker(_):
        start.wait()
        return [one_pass() for _ in range(3)]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [r for rs in pool.map(worker, range(THREADS)) for r in rs]
    assert len(results) == 3 * THREADS
    assert all(r == reference for r in results)


IMPORT_KEEPS_THE_GIL_AS_IT_WAS = """
import sys, warnings
warnings.simplefilter("error")  # the GIL turned on for a module warns
import httpstatus
httpstatus.WSCloseCode, httpstatus.HTTPStatus(404), httpstatus.lookup("x")
from httpstatus import __main__
print(getattr(sys, "_is_gil_enabled", lambda: True)())
"""


def test_import_leaves_the_gil_as_the_build_has_it():
    """A fresh interpreter (no PYTHON_GIL, no -X gil) imports the package:
    on a free-threaded build the GIL stays off, since the extension says
    it does not need it; on other builds there is a GIL throughout."""
    env = {k: v for k, v in os.environ.items()
           if k != "PYTHON_GIL"}
    r = subprocess.run([sys.executable, "-c", IMPORT_KEEPS_THE_GIL_AS_IT_WAS],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert r.stdout.strip() == str(not FREE_THREADED)
    if FREE_THREADED:
        assert sys._is_gil_enabled() is False  # this run too


def _immortal(obj):
    """Whether obj's reference count stays put when referenced again (an
    immortal object's does), through the public sys.getrefcount."""
    before = sys.getrefcount(obj)
    held = [obj] * 1000
    moved = sys.getrefcount(obj) - before
    del held
    return moved == 0


def test_texts_shared_by_threads_are_immortal_without_the_gil():
    """Every thread reads the members' texts; on a free-threaded build a
    reference count they all change is a hot spot, so the texts are
    immortal there (interned), as the standard library's phrases are
    (code constants).  With a GIL they are plain str."""
    import http
    if sys.implementation.name != "cpython":
        return  # PyPy: no reference counts to share
    texts = [HTTPStatus.NOT_FOUND.phrase, HTTPStatus.NOT_FOUND.description,
             HTTPStatus.NOT_FOUND.phrase_zh, httpstatus.phrase(503),
             WSCloseCode.GOING_AWAY.phrase]
    if FREE_THREADED:
        assert _immortal(http.HTTPStatus.NOT_FOUND.phrase)  # the reference
        assert all(_immortal(t) for t in texts), texts
    else:
        assert not any(_immortal(t) for t in texts), texts
