#!/bin/sh
# index.sh BUILD: the text index in the tree (csrc/hs_index.h) is what make
# regen-index writes from the registry now (a registry edit without a
# regeneration fails here, with the difference), and the generator finds
# no two entries of one kind that a text could not tell apart.
set -u
build=${1:-build}
. tests/tap.sh
index=csrc/hs_index.h
if make -s BUILD="$build" "$build/indexgen" >&2; then
  if "$build/indexgen" 2> "$build/indexgen.err" | diff -u "$index" - >&2; then
    ok "$index is what make regen-index writes"
  else
    fail "$index differs from the registry: run make regen-index"
  fi
  if [ -s "$build/indexgen.err" ]; then
    cat "$build/indexgen.err" >&2
    fail "two entries of one kind share a name or phrase"
  else
    ok "every name and phrase names one entry of its kind"
  fi
else
  fail "indexgen builds with the project's warnings as errors"
fi
tap_done
