"""results.py RESULTS [NAME]: adds up the suites' results in RESULTS into
the closing line "N passed, N failed" (with NAME, that suite's alone, as
"== NAME: N passed, N failed"); exits 1 when anything failed.

Each suite that ran left NAME.expected and NAME.status, and either
NAME.xml (JUnit: pytest, busted) or NAME.tap (TAP).  Counted as failed: a
failing or erroring test case, a skipped one (a suite must not hide what
it could not run), a suite with no result, TAP lines short of the plan or
with no plan, and a non-zero exit with no failure reported.

Each suite of make test (tests/suite.sh) also left its wall time in
RESULTS/times/SUITE: those are listed, slowest first, before the closing
line, so that the suite holding make test up is seen.

A TAP line is one test case.  A case that ran several checks says so at
its end ("ok 4 - every entry (1725 checks)", tests/c/check.h); those
counts are shown beside the suite's, never added to the closing line.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET


def junit(path):
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.iter("testsuite")
    passed = failed = 0
    for s in suites:
        bad = sum(int(s.get(k, 0))  # busted says "skip", pytest "skipped"
                  for k in ("failures", "errors", "skipped", "skip"))
        passed += int(s.get("tests", 0)) - bad
        failed += bad
    return passed, failed


CHECKS = re.compile(r"\((?:\d+ of )?(\d+) checks(?: failed)?\)\s*$")


def tap(path):
    """(passed, failed, checks) of a TAP stream."""
    passed = failed = checks = 0
    plan = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if re.match(r"1\.\.\d+", line):
                plan = int(line[3:].split()[0])
            elif re.match(r"(not )?ok\b", line) and CHECKS.search(line):
                checks += int(CHECKS.search(line).group(1))
            if re.match(r"not ok\b", line):
                failed += 1
            elif re.match(r"ok\b", line):
                if re.search(r"#\s*skip", line, re.I):
                    failed += 1
                else:
                    passed += 1
    if plan is None:
        failed += 1
    elif passed + failed < plan:
        failed += plan - passed - failed
    return passed, failed, checks


def suite(results, name):
    base = os.path.join(results, name)
    if os.path.exists(base + ".xml"):
        (passed, failed), checks = junit(base + ".xml"), 0
    elif os.path.exists(base + ".tap") and os.path.getsize(base + ".tap"):
        passed, failed, checks = tap(base + ".tap")
    else:
        passed, failed, checks = 0, 1, 0
    try:
        with open(base + ".status") as f:
            status = int(f.read().strip() or 1)
    except (OSError, ValueError):
        status = 1
    if status != 0 and failed == 0:
        failed = 1
    return passed, failed, checks


def checks_note(checks):
    return f" ({checks:,} checks)" if checks else ""


def wall_times(times):
    """Each suite's wall time, slowest first."""
    if not os.path.isdir(times):
        return
    rows = []
    for name in os.listdir(times):
        with open(os.path.join(times, name)) as f:
            rows.append((int(f.read().strip() or 0), name))
    print("wall time per suite (lanes run side by side):")
    for seconds, name in sorted(rows, reverse=True):
        print(f"  {name:28} {seconds // 60:3d} min {seconds % 60:02d} s")


def main():
    results = sys.argv[1]
    if len(sys.argv) > 2:
        passed, failed, checks = suite(results, sys.argv[2])
        print(f"== {sys.argv[2]}: {passed} passed, {failed} failed"
              f"{checks_note(checks)}")
        return 1 if failed else 0
    names = sorted(f[:-9] for f in os.listdir(results)
                   if f.endswith(".expected")) if os.path.isdir(results) else []
    passed = failed = 0
    for name in names:
        p, q, checks = suite(results, name)
        print(f"  {name:28} {p:6} passed, {q} failed{checks_note(checks)}")
        passed, failed = passed + p, failed + q
    if not names:
        failed += 1  # nothing ran: not a pass
    wall_times(os.path.join(results, "times"))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
