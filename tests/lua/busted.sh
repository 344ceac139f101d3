#!/bin/sh
# busted.sh LUA SPEC...: runs busted specs on one interpreter; its JUnit
# XML goes to $HS_JUNIT (tests/record.sh), its text to stdout.
set -u
lua=$1
shift
busted --lua="$lua" -o junit "$@" > "${HS_JUNIT:?run through tests/record.sh}"
