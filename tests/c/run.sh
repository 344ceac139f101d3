#!/bin/sh
# The C suite: the registry test and the CLI test, built twice: as shipped
# (-Wall -Wextra -Werror) and under AddressSanitizer + UBSan.
set -u
build=${1:-build}
results=$build/results
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
status=0

make --no-print-directory BUILD="$build" all "$build/test_registry" "$build/test_search" || exit 1
# At the default -O2, where GCC's ASan builds warn most.
make --no-print-directory BUILD="$build/asan" SANITIZE="$san" \
  "$build/asan/httpstatus" "$build/asan/test_registry" "$build/asan/test_search" || exit 1

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for variant in "" /asan; do
  dir=$build$variant
  tag=c${variant:+-asan}
  sh tests/record.sh "$results" "$tag-registry" "$dir/test_registry" tests/data || status=1
  sh tests/record.sh "$results" "$tag-search" "$dir/test_search" tests/data || status=1
  sh tests/record.sh "$results" "$tag-cli" sh tests/c/test_cli.sh "$dir/httpstatus" || status=1
done
sh tests/record.sh "$results" c-install sh tests/c/test_install.sh "$build" || status=1
sh tests/record.sh "$results" c-index sh tests/c/index.sh "$build" || status=1
sh tests/record.sh "$results" c-build-matrix sh tests/c/build_matrix.sh "$build" || status=1

# The command with 100,000 random argument vectors, under ASan + UBSan; the
# seed changes with each run and is printed.
cc -std=c99 -O1 -g -Wall -Wextra -Werror $san -Icsrc -Icli -o "$build/cli_random" \
  tests/c/cli_random.c cli/hs_cli.c csrc/httpstatus.c csrc/hs_search.c &&
  sh tests/record.sh "$results" c-cli-property "$build/cli_random" 100000 \
    "$(date +%s)" "$build/cli_random.err" || status=1

# Threads: plain, and under ThreadSanitizer for data races.
for variant in plain tsan; do
  flags=""
  [ $variant = tsan ] && flags="-fsanitize=thread"
  cc -std=c99 -O1 -g -Wall -Wextra -Werror $flags -Icsrc -o "$build/test_threads-$variant" \
    tests/c/test_threads.c csrc/httpstatus.c csrc/hs_search.c -lpthread || { status=1; continue; }
  sh tests/record.sh "$results" "c-threads-$variant" "$build/test_threads-$variant" || status=1
done

# Fuzzing: each target for a bounded time (make fuzz FUZZ_SECONDS=N, or
# FUZZ_RUNS=N, for a longer run).
sh tests/record.sh "$results" c-fuzz sh tests/fuzz/run.sh "$build" "${FUZZ_SECONDS:-30}" || status=1
exit $status
