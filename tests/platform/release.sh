#!/bin/sh
# release.sh: scripts/release.sh, which the release workflow runs before
# anything is published, in a scratch copy of the tree whose header says
# 2.3.4 and whose CHANGELOG.md is written here.
. tests/tap.sh
root=$PWD
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
mkdir -p "$d/csrc" "$d/scripts"
cp Makefile "$d/" && cp -R rockspec "$d/" && cp scripts/release.sh "$d/scripts/"
sed -e 's/^#define HS_VERSION_MAJOR .*/#define HS_VERSION_MAJOR 2/' \
    -e 's/^#define HS_VERSION_MINOR .*/#define HS_VERSION_MINOR 3/' \
    -e 's/^#define HS_VERSION_PATCH .*/#define HS_VERSION_PATCH 4/' \
    csrc/httpstatus.h > "$d/csrc/httpstatus.h"
cat > "$d/CHANGELOG.md" <<'MD'
# Changelog

## Unreleased

- not yet

## 2.3.4 (2027-01-15)

- the first line
- the second line

## 2.3.3 (2026-12-01)

- older
MD
rel() { (cd "$d" && sh scripts/release.sh "$@") > "$d/out" 2> "$d/err"; }

rel check v2.3.4
check "matching tag: passes" test $? -eq 0
check "matching tag: prints the version" test "$(cat "$d/out")" = 2.3.4
rel check v2.3.5
check "tag v2.3.5, header 2.3.4: fails" test $? -eq 1
check "... naming both" sh -c 'grep -q "v2.3.5" "$1" && grep -q "2.3.4" "$1"' - "$d/err"
check "... printing no version" test ! -s "$d/out"
rel check 2.3.4
check "tag without the v: fails" test $? -eq 1
rel check v2.3.4-rc1
check "tag with a suffix: fails" test $? -eq 1
rel check
check "no tag: fails" test $? -eq 1

rel notes 2.3.4
check "notes: the section's lines" test "$(cat "$d/out")" = "- the first line
- the second line"
rel notes 9.9.9
check "notes of a version without a section: fails" test $? -eq 1

sed -i 's/^## 2.3.4 (2027-01-15)/## 2.3.4 (unreleased)/' "$d/CHANGELOG.md"
rel check v2.3.4
check "a section still marked unreleased: fails" test $? -eq 1
sed -i '/^## 2.3.4/d' "$d/CHANGELOG.md"
rel check v2.3.4
check "no CHANGELOG section for the version: fails" test $? -eq 1

rel rockspec 2.3.4 rock
spec=$d/rock/httpstatus-2.3.4-1.rockspec
check "rockspec: written" test -f "$spec"
check "rockspec: version 2.3.4-1" grep -q '^version = "2.3.4-1"' "$spec"
check "rockspec: source pinned to the tag v2.3.4" grep -q 'tag = "v2.3.4"' "$spec"
check "rockspec: luarocks lint passes" sh -c 'cd "$1" && luarocks lint "$2" > /dev/null' - "$d" "$spec"
tap_done
