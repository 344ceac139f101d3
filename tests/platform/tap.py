"""tap.py: TAP lines for the platform checks written in Python (the shell
ones source tests/tap.sh): check() per result, done() for the plan and
the exit status."""
import sys

_n = _failed = 0


def check(what, ok, detail=""):
    global _n, _failed
    _n += 1
    _failed += not ok
    print(("ok" if ok else "not ok"), _n, "-", what)
    if not ok and detail:
        print("# " + str(detail).strip().replace("\n", "\n# "))
    return ok


def done():
    print("1..%d" % _n)
    sys.exit(1 if _failed else 0)
