#!/bin/sh
# readme.sh BUILD: the README's code blocks run as written (tests/docs/
# readme.py says how), in a copy of the tree with a scratch HOME, so that
# nothing they install lands outside it.  Prints TAP; a block that fails
# stops the run, which leaves the plan short.
set -u
build=${1:-build}
work=$PWD/$build/readme
rm -rf "$work"
mkdir -p "$work/tree" "$work/home"
git ls-files --cached --others --exclude-standard -z |
  tar --null -T - -cf - | tar -C "$work/tree" -xf - || exit 1
python3 tests/docs/readme.py README.md > "$work/readme-blocks.sh" || exit 1
cd "$work/tree" &&
  env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
    sh "$work/readme-blocks.sh"
