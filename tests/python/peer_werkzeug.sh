#!/bin/sh
# peer_werkzeug.sh [BUILD]: werkzeug's own test suite, from its sdist (the
# tests ship in it), run twice on Debian's python3 in one venv: as it is,
# and with http.HTTPStatus replaced by httpstatus.HTTPStatus before
# anything imports it (a sitecustomize, which the dev-server tests'
# subprocesses inherit too).  Both runs must give the same pass, fail and
# skip counts; werkzeug's config turns every warning into an error, so the
# second run also holds our pytest plugin to that.  TAP on stdout; the
# counts of each run go to BUILD/peer-werkzeug.txt.
set -u
build=${1:-build}
version=3.1.9   # pinned: the counts compared are those of one release
. tests/tap.sh
work="$PWD/$build/peer-werkzeug"
venv="$work/venv"
rm -rf "$work" && mkdir -p "$work/site" || exit 1
log="$work/setup.log"
pip() { "$venv/bin/pip" --disable-pip-version-check "$@" >> "$log" 2>&1; }
setup() {
  sh scripts/venv.sh "$venv" "" /usr/bin/python3 &&
    pip download -q --no-deps --no-binary :all: -d "$work" \
      "werkzeug==$version" &&
    tar -C "$work" -xzf "$work/werkzeug-$version.tar.gz" &&
    pip install -q "$work/werkzeug-$version" $("$venv/bin/python" -c '
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print(" ".join(tomllib.load(f)["dependency-groups"]["tests"]))' \
      "$work/werkzeug-$version/pyproject.toml")
}
check "werkzeug $version and its test requirements installed" setup ||
  { cat "$log" >&2; tap_done; exit 1; }

cat > "$work/site/sitecustomize.py" <<'PY'
# The swap a user makes to use httpstatus everywhere, done first.
import http
import httpstatus

http.HTTPStatus = httpstatus.HTTPStatus
PY
swapped() {
  PYTHONPATH="$work/site" "$venv/bin/python" -c '
import http, httpstatus, werkzeug.sansio.response as r
assert http.HTTPStatus is r.HTTPStatus is httpstatus.HTTPStatus'
}
check "the sitecustomize puts httpstatus.HTTPStatus in werkzeug's hands" swapped

counts() {  # counts NAME [PYTHONPATH]: runs the suite, prints its counts
  (cd "$work/werkzeug-$version" &&
    PYTHONPATH=${2:-} "$venv/bin/python" -m pytest -q -p no:cacheprovider \
      --junitxml="$work/$1.xml" > "$work/$1.log" 2>&1)
  "$venv/bin/python" - "$work/$1.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
s = ET.parse(sys.argv[1]).getroot()
s = s if s.tag == "testsuite" else s.find("testsuite")
n = {k: int(s.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
passed = n["tests"] - n["failures"] - n["errors"] - n["skipped"]
print(f"{passed} passed, {n['failures'] + n['errors']} failed, {n['skipped']} skipped")
PY
}
plain=$(counts plain) || plain="no result (see $work/plain.log)"
ours=$(counts ours "$work/site") || ours="no result (see $work/ours.log)"
printf 'werkzeug %s, http.HTTPStatus as it is: %s\n' "$version" "$plain" \
  > "$build/peer-werkzeug.txt"
printf 'werkzeug %s, http.HTTPStatus = httpstatus.HTTPStatus: %s\n' \
  "$version" "$ours" >> "$build/peer-werkzeug.txt"
cat "$build/peer-werkzeug.txt" >&2
case $plain in *passed*) ok "werkzeug's suite as it is: $plain" ;;
  *) fail "werkzeug's suite as it is: $plain" ;; esac
if [ "$ours" = "$plain" ]; then
  ok "with httpstatus.HTTPStatus: the same counts ($ours)"
else
  fail "with httpstatus.HTTPStatus: $ours, not $plain"
  grep -E '^(FAILED|ERROR)' "$work/ours.log" | head -n 20 >&2
fi
tap_done
