#!/bin/sh
# release.sh: the steps of the release workflow (.github/workflows/release.yml)
# that decide something, so that they can be run and tested here.
#   release.sh check TAG        TAG must be "v" + the version in
#                               csrc/httpstatus.h (as make print-version
#                               reads it) and CHANGELOG.md must have a
#                               dated section for it; prints the version.
#   release.sh notes VERSION    that section's text: the release notes.
#   release.sh rockspec VERSION DIR   DIR/httpstatus-VERSION-1.rockspec, the
#                               scm rockspec pinned to the tag vVERSION.
set -eu
die() { echo "release.sh: $*" >&2; exit 1; }

# The lines under "## VERSION ..." up to the next "## " heading.
section() {
  awk -v v="$1" '
    /^## / { on = ($2 == v); if (on) head = $0; next }
    on { print }
    END { if (head == "") exit 1; if (head ~ /[Uu]nreleased/) exit 2 }' CHANGELOG.md
}

case ${1:-} in
check)
  [ $# -eq 2 ] || die "usage: release.sh check TAG"
  tag=$2
  version=$(make -s --no-print-directory print-version)
  [ -n "$version" ] || die "no version in csrc/httpstatus.h"
  [ "$tag" = "v$version" ] ||
    die "tag $tag does not match the version in csrc/httpstatus.h ($version): tag v$version, or change the header"
  st=0; section "$version" > /dev/null || st=$?
  [ $st -ne 1 ] || die "CHANGELOG.md has no \"## $version\" section"
  [ $st -ne 2 ] || die "CHANGELOG.md still calls $version unreleased: date its heading"
  echo "$version" ;;
notes)
  [ $# -eq 2 ] || die "usage: release.sh notes VERSION"
  text=$(section "$2") || die "CHANGELOG.md has no dated \"## $2\" section"
  printf '%s\n' "$text" | sed -e '/./,$!d' ;;
rockspec)
  [ $# -eq 3 ] || die "usage: release.sh rockspec VERSION DIR"
  mkdir -p "$3"
  (cd "$3" && luarocks new_version "$OLDPWD/rockspec/httpstatus-scm-1.rockspec" \
     "$2" --tag="v$2" > /dev/null)
  echo "$3/httpstatus-$2-1.rockspec" ;;
*) die "usage: release.sh check TAG | notes VERSION | rockspec VERSION DIR" ;;
esac
