"""workflows.py: every workflow in .github/workflows/ is valid against the
GitHub workflow schema (check-jsonschema's copy, offline), and the release
workflow keeps its rules: on a v* tag; nothing published unless the job
that runs scripts/release.sh check (tests/platform/release.sh tests it)
has passed; PyPI by trusted publishing (id-token: write in that job only,
no password); the LuaRocks key from a secret; the notes from
scripts/release.sh notes.  ci.yml: a matrix of short jobs, one per area
and per interpreter, covering every suite of make test (make
print-suites), each Python run and each Lua; make test itself weekly on a
fresh machine.  Prints TAP."""
import glob
import os
import subprocess
import sys

from ruamel.yaml import YAML

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import check, done  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.dirname(sys.executable)


def load(name):
    with open(os.path.join(ROOT, ".github", "workflows", name)) as f:
        return YAML(typ="safe").load(f)


files = sorted(glob.glob(os.path.join(ROOT, ".github", "workflows", "*.y*ml")))
check("there are workflows: ci, wheels, release",
      {os.path.basename(f) for f in files} >= {"ci.yml", "wheels.yml", "release.yml"})
for path in files:
    out = subprocess.run([os.path.join(BIN, "check-jsonschema"), "--builtin-schema",
                          "vendor.github-workflows", path], capture_output=True, text=True)
    check("schema: " + os.path.relpath(path, ROOT), out.returncode == 0,
          out.stdout + out.stderr)

ci = load("ci.yml")
ci_on = ci.get("on", ci.get(True))
fresh = [j for j in ci["jobs"].values()
         if any(s.get("run", "").strip() == "make test" for s in j["steps"])]
check("ci.yml: make test on a fresh machine, weekly, within 90 minutes, no cache",
      len(fresh) == 1 and "schedule" in ci_on and fresh[0]["timeout-minutes"] <= 90
      and not any("actions/cache" in s.get("uses", "") for s in fresh[0]["steps"]))
matrix_jobs = [j for j in ci["jobs"].values() if "matrix" in j.get("strategy", {})]
check("ci.yml: one matrix job, failing fast, each entry under 15 minutes, "
      "named by its entry",
      len(matrix_jobs) == 1 and matrix_jobs[0]["strategy"].get("fail-fast") is True
      and matrix_jobs[0]["timeout-minutes"] <= 15
      and matrix_jobs[0]["name"] == "${{ matrix.name }}")
entries = matrix_jobs[0]["strategy"]["matrix"]["include"] if matrix_jobs else []
targets = [e["make"].split() for e in entries]


def make_print(what):
    return subprocess.run(["make", "--no-print-directory", "-s", "-C", ROOT, what],
                          capture_output=True, text=True, check=True).stdout.split()


suites = make_print("print-suites")
covered = {w[len("test-"):] for t in targets for w in t if w.startswith("test-")}
check("ci.yml: every suite of make test has a job (make print-suites)",
      set(suites) <= covered, sorted(set(suites) - covered))
# One job per interpreter: each Python run tests/python/run.sh names, each Lua.
pys = {w[3:] for t in targets for w in t if w.startswith("PY=")}
want_pys = {line.split()[0] for line in subprocess.run(
    ["sh", "scripts/pythons.sh"], cwd=ROOT, capture_output=True, text=True).stdout.splitlines()}
want_pys |= {v + "t" for v in subprocess.run(
    ["sh", "scripts/ft-python.sh", "--list"], cwd=ROOT, capture_output=True,
    text=True).stdout.split()} | {"swig-4.1", "asan", "pypy3.11"}
check("ci.yml: a job for each Python run", pys == want_pys,
      sorted(pys ^ want_pys))
luas = {w[len("LUA_VERSIONS="):] for t in targets for w in t if w.startswith("LUA_VERSIONS=")}
check("ci.yml: a job for each Lua of LUA_VERSIONS",
      luas == set(make_print("print-lua-versions")), sorted(luas))

release = load("release.yml")
on = release.get("on", release.get(True))  # YAML 1.1 reads a bare on as True
check("release.yml runs on v* tags only", on == {"push": {"tags": ["v*"]}}, on)
jobs = release["jobs"]


def needs(name):
    """Every job that must pass before this one starts."""
    direct = jobs[name].get("needs", [])
    direct = [direct] if isinstance(direct, str) else direct
    return set(direct).union(*(needs(d) for d in direct)) if direct else set()


def steps(job):
    return job.get("steps", [])


checkers = [name for name, job in jobs.items()
            if any('scripts/release.sh check "$GITHUB_REF_NAME"' in s.get("run", "")
                   for s in steps(job))]
check("one job checks the tag with scripts/release.sh check", len(checkers) == 1, checkers)
checker = checkers[0] if checkers else None


def publishes(job):
    return any("gh-action-pypi-publish" in s.get("uses", "")
               or "luarocks upload" in s.get("run", "")
               or "gh release" in s.get("run", "") for s in steps(job))


publishers = [name for name, job in jobs.items() if publishes(job)]
check("publishing jobs: PyPI, LuaRocks, GitHub release", len(publishers) == 3, publishers)
for name in publishers:
    check("%s waits for the tag check" % name, checker in needs(name))
builders = [name for name, job in jobs.items() if "wheels.yml" in job.get("uses", "")]
check("the wheels (wheels.yml) are built only after the tag check",
      builders and all(checker in needs(name) for name in builders), builders)

pypi = [name for name, job in jobs.items()
        if any("gh-action-pypi-publish" in s.get("uses", "") for s in steps(job))]
check("PyPI: pypa/gh-action-pypi-publish, with no password or token",
      len(pypi) == 1 and all(not set(s.get("with", {})) & {"password", "user"}
                             for s in steps(jobs[pypi[0]])))
check("id-token: write in the PyPI job and nowhere else",
      [name for name, job in jobs.items()
       if job.get("permissions", {}).get("id-token") == "write"] == pypi
      and release.get("permissions", {}).get("id-token") != "write")
rocks = [s for job in jobs.values() for s in steps(job) if "luarocks upload" in s.get("run", "")]
check("LuaRocks: the API key comes from a secret",
      len(rocks) == 1 and "secrets." in rocks[0].get("env", {}).get("LUAROCKS_API_KEY", "")
      and "--temp-key" in rocks[0]["run"])
check("the release notes come from scripts/release.sh notes",
      any("scripts/release.sh notes" in s.get("run", "") for job in jobs.values()
          for s in steps(job)))
done()
