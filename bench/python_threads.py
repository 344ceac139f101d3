"""Free-threaded scaling: calls per second of our lookups and of the
standard library's with one thread and with one thread per core, in one
run.

    python bench/python_threads.py [--seconds S] [--rounds N]

On a free-threaded CPython (the GIL off) the scaling, N threads / 1
thread, shows a shared hot spot (a reference count every thread writes, a
lock); with the GIL it stays near 1.  Each row prints ours and the
stdlib's throughput and scaling.  Nothing here passes or fails.
"""
import argparse
import http
import os
import sys
import threading
import time

import httpstatus
from httpstatus import HTTPStatus

STD = http.HTTPStatus
CODES = [200, 404, 503, 301, 418, 500, 204, 429]

# (what, ours, the stdlib's): each a function of a code, called in a loop.
ROWS = [
    ("HTTPStatus(code)", HTTPStatus, STD),
    (".phrase", lambda c, m={int(s): s for s in HTTPStatus}: m[c].phrase,
     lambda c, m={int(s): s for s in STD}: m[c].phrase),
    (".is_client_error", lambda c, m={int(s): s for s in HTTPStatus}:
     m[c].is_client_error,
     lambda c, m={int(s): s for s in STD}: 400 <= m[c] <= 499 if not hasattr(
         m[c], "is_client_error") else m[c].is_client_error),
    ("phrase(code) / responses.get", httpstatus.phrase,
     __import__("http.client").client.responses.get),
    ("get(code) / HTTPStatus(code)", httpstatus.get, STD),
]


def rate(func, threads, seconds):
    """Calls per second of func over CODES, summed over threads that start
    together and run for seconds."""
    stop, counts = threading.Event(), [0] * threads
    start = threading.Barrier(threads + 1)

    def work(slot):
        start.wait()
        n = 0
        while not stop.is_set():
            for _ in range(100):
                for code in CODES:
                    func(code)
            n += 100 * len(CODES)
        counts[slot] = n

    workers = [threading.Thread(target=work, args=(i,))
               for i in range(threads)]
    for w in workers:
        w.start()
    start.wait()
    t = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for w in workers:
        w.join()
    return sum(counts) / (time.perf_counter() - t)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds, the four rates of a row taken in "
                        "turn in each; the best of each rate is shown")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("httpstatus %s, Python %s (GIL %s), %d threads against 1" % (
        httpstatus.__version__, sys.version.split()[0],
        "on" if gil else "off", cores))
    print("%-30s %12s %12s %8s %8s" % ("operation", "ours M/s", "stdlib M/s",
                                       "ours x", "stdlib x"))
    for what, ours, std in ROWS:
        # in turns, best of the rounds: a shared machine only slows a rate
        o1 = s1 = on = sn = 0.0
        for _ in range(args.rounds):
            o1 = max(o1, rate(ours, 1, args.seconds))
            s1 = max(s1, rate(std, 1, args.seconds))
            on = max(on, rate(ours, cores, args.seconds))
            sn = max(sn, rate(std, cores, args.seconds))
        print("%-30s %5.2f->%5.2f %5.2f->%5.2f %7.2fx %7.2fx" % (
            what, o1 / 1e6, on / 1e6, s1 / 1e6, sn / 1e6, on / o1, sn / s1))


if __name__ == "__main__":
    main()
