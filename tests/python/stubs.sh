#!/bin/sh
# stubs.sh BUILD: the type stubs in the tree are what make regen-stubs
# writes from the registry now (a registry or template change without a
# regeneration fails here, with the difference).
set -u
build=${1:-build}
. tests/tap.sh
stubs=bindings/python/httpstatus/__init__.pyi
if make -s BUILD="$build" "$build/stubgen" >&2; then
  if "$build/stubgen" < bindings/python/httpstatus_stub.pyi.in |
     diff -u "$stubs" - >&2; then
    ok "$stubs is what make regen-stubs writes"
  else
    fail "$stubs differs from the registry: run make regen-stubs"
  fi
else
  fail "stubgen builds with the project's warnings as errors"
fi
tap_done
