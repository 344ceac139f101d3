"""plan.py: the wheels cibuildwheel would build (pyproject.toml's
[tool.cibuildwheel]) are the ones we promise, and the wheels workflow's
runners build all of them.  `cibuildwheel --print-build-identifiers`
works offline; it runs with the proxy pointed at a closed port.  Prints
TAP."""
import itertools
import os
import re
import subprocess
import sys

from ruamel.yaml import YAML

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tap import check, done  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CIBW = os.path.join(os.path.dirname(sys.executable), "cibuildwheel")

# The promise (issue 20, README's platform table): two stable-ABI wheels
# for GIL builds (cp310-abi3, and cp312-abi3, where HTTPStatus(404) is a
# vectorcall) and one for each free-threaded CPython, on every platform
# and architecture below; and a PyPy 3.11 wheel (issue 30) wherever PyPy
# ships (glibc Linux, macOS, Windows AMD64).
PYTHONS = ["cp310", "cp312", "cp314t", "cp315t"]
PLATFORMS = {
    "linux": [v + "_" + a for v in ("manylinux", "musllinux")
              for a in ("x86_64", "aarch64")],
    "macos": ["macosx_x86_64", "macosx_arm64"],
    "windows": ["win_amd64", "win_arm64"],
}
PYPY = {"linux": ["manylinux_x86_64", "manylinux_aarch64"],
        "macos": ["macosx_x86_64", "macosx_arm64"],
        "windows": ["win_amd64"]}
OFFLINE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
           "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}



def plan(platform, archs=None, step_env=None):
    """The identifiers cibuildwheel builds for platform (and archs), with
    the CIBW_ variables of a workflow step (step_env) set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIBW_")}
    env.update(OFFLINE)
    env.update({k: v for k, v in (step_env or {}).items()
                if k.startswith("CIBW_") and "${{" not in v})
    cmd = [CIBW, "--print-build-identifiers", "--platform", platform]
    if archs:
        cmd += ["--archs", archs]
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode:
        print("# " + out.stderr.strip().replace("\n", "\n# "))
    # A wheel this machine's architecture cannot build (PyPy for arm64
    # macOS, here on x86_64) is still in the plan: cibuildwheel names it
    # in a note, and the arm64 runner builds it.
    selected = re.findall(r"^Note: (\S+) was selected, but can't be built",
                          out.stdout + out.stderr, re.M)
    listed = {line.strip() for line in out.stdout.splitlines()
              if line.strip() and not line.startswith("Note:")}
    return listed | set(selected)


everything = set()
for platform, tags in PLATFORMS.items():
    want = {p + "-" + t for p, t in itertools.product(PYTHONS, tags)} | {
        "pp311-" + t for t in PYPY[platform]}
    got = plan(platform)
    everything |= got
    check("%s: %d wheels, %s for %s; pp311 for %s" % (
        platform, len(want), "/".join(PYTHONS), ", ".join(tags),
        ", ".join(PYPY[platform])), got == want,
          "missing %s, extra %s" % (sorted(want - got), sorted(got - want)))

with open(os.path.join(ROOT, ".github", "workflows", "wheels.yml")) as f:
    workflow = YAML(typ="safe").load(f)
job = workflow["jobs"]["wheels"]
runs = job["strategy"]["matrix"]["include"]
steps = [s.get("env", {}) for s in job["steps"] if "cibuildwheel" in s.get("uses", "")]
built, twice = set(), set()
for run in runs:
    ids = set()
    for step_env in steps:  # each cibuildwheel step of the job
        made = plan(run["platform"], run["arch"], step_env)
        twice |= ids & made
        ids |= made
    check("wheels.yml: %s builds %s %s" % (run["runner"], run["platform"], run["arch"]),
          bool(ids) and all(i.endswith(run["arch"].lower()) for i in ids), sorted(ids))
    built |= ids
check("wheels.yml: the runners together build every planned wheel, once",
      built == everything and not twice and
      len(runs) == len({(r["platform"], r["arch"]) for r in runs}),
      "missing %s, twice %s" % (sorted(everything - built), sorted(twice)))
# cibuildwheel tests an abi3 wheel on each later CPython it selects rather
# than building for it: cp312-abi3 is made only by a step that builds no
# cp310.
check("wheels.yml: cp312 is built by a step that builds no cp310",
      any(any(i.startswith("cp312-") for i in plan(r["platform"], r["arch"], e))
          and not any(i.startswith("cp310-") for i in plan(r["platform"], r["arch"], e))
          for r in runs[:1] for e in steps))
check("wheels.yml: each runner builds only its own platform and arch",
      all(s.get("env", {}).get("CIBW_PLATFORM") == "${{ matrix.platform }}"
          and s.get("env", {}).get("CIBW_ARCHS") == "${{ matrix.arch }}"
          for s in job["steps"] if "cibuildwheel" in s.get("uses", "")))

with open(os.path.join(os.path.dirname(__file__), "requirements.txt")) as f:
    pinned = re.search(r"^cibuildwheel==(\S+)", f.read(), re.M).group(1)
uses = [s["uses"] for s in job["steps"] if "cibuildwheel" in s.get("uses", "")]
check("wheels.yml runs the cibuildwheel checked here (%s)" % pinned,
      uses and set(uses) == {"pypa/cibuildwheel@v" + pinned}, uses)
done()
