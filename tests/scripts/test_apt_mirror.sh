#!/bin/sh
# scripts/apt-mirror.sh: the mirror comes from apt's own configuration,
# deb822 or one-line, never a security source, and no configuration is a
# clear failure (no host of ours to fall back to).
. tests/tap.sh
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
mirror() { APT_SOURCES_DIR=$d sh scripts/apt-mirror.sh 2> "$d/err"; }

mkdir -p "$d/sources.list.d"
check "no sources: exit 1" sh -c '! APT_SOURCES_DIR='"$d"' sh scripts/apt-mirror.sh 2>/dev/null'
mirror > /dev/null
check "no sources: says what to add" grep -q 'names no Debian mirror' "$d/err"

printf 'Types: deb\nURIs: http://sec.invalid/debian-security\nSuites: s\n\nTypes: deb\nURIs: http://m.invalid/debian\nSuites: s\n' \
  > "$d/sources.list.d/debian.sources"
check "deb822: the first non-security URI" test "$(mirror)" = http://m.invalid/debian
rm "$d/sources.list.d/debian.sources"

printf '# c\ndeb [arch=arm64 signed-by=/k] https://one.invalid/debian s main\n' > "$d/sources.list"
check "one-line with options" test "$(mirror)" = https://one.invalid/debian
printf 'deb-src http://src.invalid/debian s main\n' > "$d/sources.list"
check "deb-src alone is no mirror" sh -c '! APT_SOURCES_DIR='"$d"' sh scripts/apt-mirror.sh 2>/dev/null'
check "the project names no package host" sh -c '! grep -rn "deb\.debian\.org" scripts tests/python Makefile'
tap_done
