#!/bin/sh
# run.sh BUILD FILE...: the fenced code blocks of the Markdown FILEs run as
# written (tests/docs/blocks.py says how and what a block marked not run
# is), in one shell, in a copy of the tree with a scratch HOME, so that
# nothing they install lands outside it.  Prints TAP; a block that fails
# stops the run (the plan is then short).
set -u
build=${1:-build}
shift
work=$PWD/$build/docs
rm -rf "$work"
mkdir -p "$work/tree" "$work/home"
git ls-files --cached --others --exclude-standard -z |
  tar --null -T - -cf - | tar -C "$work/tree" -xf - || exit 1
python3 tests/docs/blocks.py "$@" > "$work/blocks.sh" || exit 1
cd "$work/tree" &&
  env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
    sh "$work/blocks.sh"
