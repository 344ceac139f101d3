"""httpstatus against its anchors, measured side by side in one run.

    python bench/python_bench.py [--repeat N] [--pairs N]

Each row times our operation and its anchor (the standard library, or a
plain class attribute or dict) in the same process and prints the ratio
ours / anchor, best of several repeats; lower is better.  The import rows
time fresh interpreters in pairs and show milliseconds: medians, and the
median difference of the pairs with its 95% interval.  Nothing here passes
or fails.
"""
import argparse
import difflib
import http
import http.client
import os
import platform
import random
import statistics
import subprocess
import sys
import sysconfig
import time
import timeit

import httpstatus
from httpstatus import HTTPStatus


# "3.13.15t" on a free-threaded build, "3.11.17 PyPy" on PyPy, as its
# tables and summary rows say.
CPYTHON = sys.implementation.name == "cpython"
VERSION = platform.python_version() + (
    "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else "") + (
    "" if CPYTHON else " " + platform.python_implementation())


class Plain:
    """The anchor for member access: a plain class attribute."""
    NOT_FOUND = 404


def best_pair_ns(ours, anchor, env, repeat, number=200_000):
    """Best time per call of each statement, the two timed in turns so that
    both see the same machine; fewer calls a timing for a slow statement
    (search) than number, so that each timing takes about 20 ms or more."""
    # CPU time, not wall time: on a shared machine the time this process
    # waits for a core is another's, not the statement's.
    t_ours, t_anchor = (timeit.Timer(s, timer=time.process_time, globals=env)
                        for s in (ours, anchor))
    slowest = max(t.timeit(100) / 100 for t in (t_ours, t_anchor))
    number = max(1000, min(number, int(0.02 / slowest)))
    best_o = best_a = float("inf")
    for _ in range(repeat):
        best_a = min(best_a, t_anchor.timeit(number))
        best_o = min(best_o, t_ours.timeit(number))
    return best_o / number * 1e9, best_a / number * 1e9


def import_ms(statement, setup):
    """Wall time of statement (an import) in a fresh interpreter that has
    run setup, untimed (-X importtime is noisy; this times the whole
    statement)."""
    code = ("import time; %s; t = time.perf_counter(); %s; "
            "print((time.perf_counter() - t) * 1e3)" % (setup, statement))
    return float(subprocess.run([sys.executable, "-c", code], check=True,
                                capture_output=True, text=True).stdout)


def paired_ms(ours, anchor, setup, pairs):
    """Both statements timed in pairs of fresh interpreters, the order
    swapped from pair to pair, so that both see the same machine."""
    o, a = [], []
    turns = [(a, anchor), (o, ours)]
    for _ in range(pairs):
        for times, statement in turns:
            times.append(import_ms(statement, setup))
        turns.reverse()
    return o, a


def median_interval(values, rounds=2000):
    """The median of values and its 95% bootstrap interval."""
    rng = random.Random(0)
    medians = sorted(statistics.median(rng.choices(values, k=len(values)))
                     for _ in range(rounds))
    return (statistics.median(values), medians[rounds * 25 // 1000],
            medians[rounds * 975 // 1000 - 1])


# (what, ours, anchor, goal, untimed setup): fresh-process rows.
# WSCloseCode is made on first use, so the third row charges that to the
# import.  Both modules import enum, most of the time and noisy; the last
# row times what each adds to it.  The two differ by
# tens of microseconds, which the best of each hides or invents from run to
# run (a fresh process has a long tail and no floor that repeats); the
# median of paired differences, with its interval, settles the sign.
IMPORT_ROWS = [
    ("import httpstatus", "import httpstatus", "import http", 1.0, "pass"),
    ("import, first .phrase",
     "from httpstatus import HTTPStatus; HTTPStatus.NOT_FOUND.phrase",
     "from http import HTTPStatus; HTTPStatus.NOT_FOUND.phrase", None,
     "pass"),
    ("import, WSCloseCode", "import httpstatus; httpstatus.WSCloseCode",
     "import http", None, "pass"),
    ("import after enum's", "import httpstatus", "import http", None,
     "import enum"),
]


ROWS = [
    # (what, ours, anchor, anchor's name, goal).  Member access is enum's
    # own (no C of ours on that path): the goal is the standard library's
    # speed; the plain attribute shows what enum itself costs.
    ("member access", "HTTPStatus.NOT_FOUND", "Plain.NOT_FOUND",
     "plain class attribute", None),
    ("member access vs stdlib", "HTTPStatus.NOT_FOUND", "StdStatus.NOT_FOUND",
     "http.HTTPStatus.NOT_FOUND", 1.0),
    # PyPy finds it with enum's own machinery, as its http.HTTPStatus does.
    ("value lookup", "HTTPStatus(404)", "StdStatus(404)",
     "http.HTTPStatus(404)", 0.25 if CPYTHON else 1.0),
    ("phrase(404)", "phrase(404)", "responses[404]",
     "http.client.responses[404]", 1.0),
    ("get(404)", "get(404)", "table.get(404)", "dict.get", None),
    (".phrase of a member", "HTTPStatus(404).phrase",
     "StdStatus(404).phrase", "http.HTTPStatus(404).phrase", None),
]


# Every public function, against what a user without us would write for
# the same answer: the standard library's where it has one, else the
# cheapest Python that answers (a dict of the members, a format string, a
# dict literal, difflib for "did you mean").
FUNCTION_ROWS = [
    ("describe(404)", "describe(404)", "StdStatus(404).description",
     "http.HTTPStatus(404).description", None),
    ("ws_get(1000)", "ws_get(1000)", "ws_table.get(1000)", "dict.get", None),
    ("WSCloseCode(1000)", "WSCloseCode(1000)", "ws_table.get(1000)",
     "dict.get", None),
    # lookup of every text form users hold (issue 28's goal: 1.0x)
    ("lookup('not found')", "lookup('not found')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('NOT_FOUND')", "lookup('NOT_FOUND')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('Not-Found')", "lookup('Not-Found')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('未找到')", "lookup('未找到')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('404 Not Found')", "lookup('404 Not Found')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('HTTP/1.1 404 Not Found')", "lookup('HTTP/1.1 404 Not Found')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('HTTP_404_NOT_FOUND')", "lookup('HTTP_404_NOT_FOUND')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('HTTP_NOT_ALLOWED')", "lookup('HTTP_NOT_ALLOWED')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('Service Temporarily Unavailable')", "lookup('Service Temporarily Unavailable')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('network authentication required')", "lookup('network authentication required')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('zzz')", "lookup('zzz')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("lookup('no such status at all')", "lookup('no such status at all')", "StdStatus['NOT_FOUND']",
     "http.HTTPStatus['NOT_FOUND']", 1.0),
    ("ws_lookup('going away')", "ws_lookup('going away')",
     "StdStatus['NOT_FOUND']", "http.HTTPStatus['NOT_FOUND']", None),
    ("status_class(404)", "status_class(404)", "table.get(404)", "dict.get",
     None),
    ("ws_close_range(1000)", "ws_close_range(1000)", "ws_table.get(1000)",
     "dict.get", None),
    ("is_ws_sendable(1000)", "is_ws_sendable(1000)", "ws_table.get(1000)",
     "dict.get", None),
    ("understood_as(597)", "understood_as(597)", "table.get(500)",
     "dict.get", None),
    ("status_line(404)", "status_line(404)",
     "'HTTP/1.1 %d %s' % (404, responses[404])", "format string", None),
    ("problem(404)", "problem(404)",
     "{'type': 'about:blank', 'title': responses[404], 'status': 404}",
     "dict literal", None),
    ("search('not fond')", "search('not fond')",
     "get_close_matches('NOT_FOND', names)", "difflib.get_close_matches",
     None),
    ("HTTPStatus.is_retryable(503)", "HTTPStatus.is_retryable(503)",
     "table.get(503)", "dict.get", None),
]


def attribute_rows():
    """A row for every public attribute of a member: against the standard
    library's member where it has the attribute (goal: no dearer), else
    against our own .phrase (goal: no dearer); a method against what it
    saves writing.  What enum or int gives
    every member (and, on 3.12+, the other members) is left out, but value
    and name, which users read."""
    std = http.HTTPStatus.NOT_FOUND
    rows = []
    for cls, member in ((HTTPStatus, "HTTPStatus.NOT_FOUND"),
                        (httpstatus.WSCloseCode, "WSCloseCode.GOING_AWAY")):
        sample = next(iter(cls))
        names = sorted(n for n in dir(sample) if not n.startswith("_")
                       and n not in cls.__members__
                       and (n not in dir(int) or n in ("name", "value")))
        for name in names:
            ours = "m.%s" % name if cls is HTTPStatus else "w.%s" % name
            if callable(getattr(sample, name)):  # status_line()
                rows.append(("%s.%s()" % (member, name), ours + "()",
                             "'HTTP/1.1 %d %s' % (s, s.phrase)",
                             "format string", None))
            elif hasattr(std, name):
                rows.append(("%s.%s" % (member, name), ours, "s.%s" % name,
                             "http.HTTPStatus.NOT_FOUND.%s" % name, 1.0))
            else:
                rows.append(("%s.%s" % (member, name), ours, "m.phrase",
                             "our HTTPStatus.NOT_FOUND.phrase", 1.0))
    return rows


def summary(operation, ratio, anchor):
    """One row for make bench's closing table (bench/run.sh)."""
    path = os.environ.get("HS_BENCH_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write("Python %s|%s|%.2fx|%s\n" % (
                VERSION, operation, ratio, anchor))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--pairs", type=int, default=300,
                        help="fresh-interpreter pairs per import row")
    parser.add_argument("--only", default="",
                        help="only the rows whose operation holds this text "
                        "(lookup: the text forms)")
    args = parser.parse_args()
    env = {
        "HTTPStatus": HTTPStatus, "StdStatus": http.HTTPStatus,
        "Plain": Plain, "phrase": httpstatus.phrase, "get": httpstatus.get,
        "responses": http.client.responses,
        "table": {s.value: s for s in HTTPStatus},
        "m": HTTPStatus.NOT_FOUND, "s": http.HTTPStatus.NOT_FOUND,
        "w": httpstatus.WSCloseCode.GOING_AWAY,
        "WSCloseCode": httpstatus.WSCloseCode,
        "ws_table": {s.value: s for s in httpstatus.WSCloseCode},
        "get_close_matches": difflib.get_close_matches,
        "names": list(http.HTTPStatus.__members__),
        **{name: getattr(httpstatus, name) for name in (
            "describe", "ws_get", "lookup", "ws_lookup", "status_class",
            "ws_close_range", "is_ws_sendable", "understood_as",
            "status_line", "problem", "search")},
    }
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("httpstatus %s, Python %s%s, %s, %d cores" % (
        httpstatus.__version__, VERSION, "" if gil else " (GIL off)",
        platform.machine(), os.cpu_count()))
    print("%-34s %9s %9s  %-36s %7s %6s" % (
        "operation", "ours ns", "anchor ns", "anchor", "ratio", "goal"))
    for what, ours, anchor, anchor_name, goal in (
            ROWS + FUNCTION_ROWS + attribute_rows()):
        if args.only not in what:
            continue
        o, a = best_pair_ns(ours, anchor, env, args.repeat)
        print("%-34s %9.1f %9.1f  %-36s %6.2fx %6s" % (
            what, o, a, anchor_name, o / a,
            "<=%.2fx" % goal if goal else ""))
        summary(what, o / a, anchor_name)
    details = []
    for what, ours, anchor, goal, setup in IMPORT_ROWS:
        if args.only not in what:
            continue
        o, a = paired_ms(ours, anchor, setup, args.pairs)
        mo, ma = statistics.median(o), statistics.median(a)
        diff, low, high = median_interval([x - y for x, y in zip(o, a)])
        print("%-34s %9.2f %9.2f  %-36s %6.2fx %6s" % (
            what + " (ms)", mo, ma, anchor.split(";")[0], mo / ma,
            "<=%.2fx" % goal if goal else ""))
        summary(what, mo / ma, anchor.split(";")[0])
        details.append("%-22s %+7.3f ms (95%% %+.3f to %+.3f), faster in "
                       "%3d%% of pairs; best of each %.2f / %.2f = %.2fx" % (
                           what, diff, low, high,
                           round(100 * sum(x < y for x, y in zip(o, a)) /
                                 len(o)), min(o), min(a), min(o) / min(a)))
    print("import rows: medians of %d pairs of fresh interpreters; ours - "
          "anchor in each pair:" % args.pairs)
    for line in details:
        print("  " + line)


if __name__ == "__main__":
    main()
