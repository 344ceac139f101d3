#!/bin/sh
# The Python suite: install the package into a fresh venv the way a user
# does (pip, no build isolation: PyPI is not reachable) and run pytest
# against the installed copy; then again with the extension built under
# AddressSanitizer + UBSan (the interpreter's allocator off, so that ASan
# sees the extension's memory).
set -u
build=${1:-build}
status=0
export HS_CLI="$PWD/$build/httpstatus"

install() { sh scripts/venv.sh "$@"; }

# Run from tests/python so that only the installed httpstatus is importable.
# Our C (the .i helpers, csrc/) builds without a warning; SWIG's generated
# wrappers leave parameters unused.
install "$build/venv" "-Wall -Wextra -Wno-unused-parameter -Werror" || exit 1
(cd tests/python && sh ../record.sh "../../$build/results" python \
  "../../$build/venv/bin/python" -m pytest -q -p no:cacheprovider .) || status=1

san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
install "$build/venv-asan" "$san -Wno-unused-parameter" || exit 1
rm -rf build/temp.* build/lib.*
(cd tests/python && PYTHONMALLOC=malloc LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
  ASAN_OPTIONS=detect_leaks=0 sh ../record.sh "../../$build/results" python-asan \
  "../../$build/venv-asan/bin/python" -m pytest -q -p no:cacheprovider \
  -k "not sdist and not console_script" .) || status=1
exit $status
