"""run.py BUILD: make test-mutants.  Plants known faults one at a time in a
scratch copy of the tree (BUILD/mutants/tree) and requires `make check` to
fail for each: a test that no fault can fail tells nothing.

Prints TAP: first the unmutated copy, which must pass (else a failure
below would mean nothing), then one line per mutant, "ok" when some test
failed, naming the suite that caught it (make check runs with
HS_CHECK_STOP=1: its suites in turn, stopping at the first that fails).  A mutant is not ok when it
survives (make check passed), when it broke the build instead of a test,
or when its pattern no longer matches exactly once: the file changed, so
the fault must be rewritten here, not skipped.

Each pattern is small and names what it changes (a code, a name), so that
edits elsewhere in the file leave it applying.
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import results  # noqa: E402  (tests/results.py)

# (what, file, pattern, replacement); the pattern must match exactly once.
MUTANTS = [
    ("a phrase changed in the registry: 404 'Not Found' becomes 'Not Fund'",
     "csrc/httpstatus/registry.h",
     r'(XX\(404, NOT_FOUND, )"Not Found"', r'\1"Not Fund"'),
    ("a flag flipped: 404 is no longer cacheable by default",
     "csrc/httpstatus/registry.h",
     r"(XX\(404,(?:(?!XX\().)*?)\bHS_F_CACHEABLE\b", r"\g<1>0"),
    ("an alias dropped: REQUESTED_RANGE_NOT_SATISFIABLE (416)",
     "csrc/httpstatus/registry.h",
     r"^[ \t]*XX\(416, REQUESTED_RANGE_NOT_SATISFIABLE\)[^\n]*\n", ""),
    ("a lookup that no longer skips one separator, the apostrophe "
     "(HS_SEPARATOR_MAP)",
     "csrc/hs_text.h",
     r"XX\('\\''\)[ \t]*", ""),
    ("a Lua miss returning two values: lookup gives nil, 'not found'",
     "bindings/lua/httpstatus.lua",
     r'return (find\(text\))',
     r'local r = \1; if r == nil then return nil, "not found" end; return r'),
    ("a search that no longer forgives a typo (hs_s_near)",
     "csrc/hs_search.c",
     r"if \(n > HS_S_WORD_MAX \|\| m > HS_S_WORD_MAX\) return 0;",
     "return 0;"),
    ("a Python member attribute renamed: status_class becomes status_kind",
     "bindings/python/httpstatus/__init__.py",
     r'"status_class": _Computed\(', '"status_kind": _Computed('),
]


def copy_tree(dest):
    """The working tree as git sees it (tracked and new files, not the
    ignored build products), edits included."""
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        check=True, capture_output=True).stdout.split(b"\0")
    for f in filter(None, files):
        f = f.decode()
        if os.path.isfile(f):
            os.makedirs(os.path.join(dest, os.path.dirname(f)), exist_ok=True)
            shutil.copy2(f, os.path.join(dest, f))


def make_check(tree, log):
    """Runs make check in tree; (exit status, suites with failures, whether
    any suite reported a result)."""
    checked = os.path.join(tree, "build", "check-results")
    shutil.rmtree(checked, ignore_errors=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "HS_JUNIT")}
    env["HS_CHECK_STOP"] = "1"  # the first suite that fails is enough
    with open(log, "w") as out:
        status = subprocess.run(["make", "--no-print-directory", "check"],
                                cwd=tree, env=env, stdout=out,
                                stderr=subprocess.STDOUT).returncode
    names = sorted(f[:-9] for f in os.listdir(checked)
                   if f.endswith(".expected")) if os.path.isdir(checked) else []
    failing = [n for n in names if results.suite(checked, n)[1]]
    ran = any(os.path.exists(os.path.join(checked, n + ext))
              for n in names for ext in (".xml", ".tap"))
    return status, failing, ran


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    work = os.path.join(build, "mutants")
    tree = os.path.join(work, "tree")
    shutil.rmtree(work, ignore_errors=True)  # no log of an earlier run
    copy_tree(tree)
    print(f"1..{len(MUTANTS) + 1}")
    log = os.path.join(work, "unmutated.log")
    status, failing, _ = make_check(tree, log)
    if status != 0:
        print(f"not ok 1 - the unmutated copy fails make check ({log}: "
              f"{', '.join(failing) or 'no test result'}); no mutant can "
              "be judged")
        return 1
    print("ok 1 - the unmutated copy passes make check")
    bad = 0
    for n, (what, path, pattern, repl) in enumerate(MUTANTS, 2):
        target = os.path.join(tree, path)
        with open(target, encoding="utf-8") as f:
            original = f.read()
        mutated, count = re.subn(pattern, repl, original, flags=re.M | re.S)
        if count != 1:
            print(f"not ok {n} - {what}: no longer applies ({path} matches "
                  f"{count} times, want 1); rewrite it in tests/mutants/run.py")
            bad += 1
            continue
        with open(target, "w", encoding="utf-8") as f:
            f.write(mutated)
        log = os.path.join(work, f"mutant-{n}.log")
        try:
            status, failing, ran = make_check(tree, log)
        finally:
            with open(target, "w", encoding="utf-8") as f:
                f.write(original)  # newer than the build: the next rebuilds
        if status != 0 and failing and ran:
            print(f"ok {n} - caught: {what} (failed: {', '.join(failing)})")
        elif status != 0:
            print(f"not ok {n} - {what}: broke the build, no test saw it "
                  f"({log})")
            bad += 1
        else:
            print(f"not ok {n} - survived: {what} (make check passed; {log})")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
