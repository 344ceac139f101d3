#!/bin/sh
# The harness suite (make test-harness): the scripts and targets every
# other suite stands on.  apt-mirror.sh takes the chroots' mirror from apt
# alone; each make test-SUITE runs alone; make check leaves out what the
# machine cannot run, names it, and passes with the rest.
set -u
build=${1:-build}
status=0
for t in apt_mirror alone check; do
  sh tests/record.sh "$build/results" "harness-$t" sh "tests/scripts/test_$t.sh" || status=1
done
exit $status
