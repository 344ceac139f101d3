#!/bin/sh
# lua_md.sh BUILD: docs/lua.md as a reader follows it (tests/docs/lua_md.py
# says how): the README's Lua install, then every block of the doc in
# order, in a copy of the tree with a scratch HOME and nothing else set
# (root's PATH on Debian, which has nginx), so
# that nothing they install lands outside it.  The nginx.conf block runs
# with only its port changed.  Prints TAP; a block that fails stops the
# run, which leaves the plan short.
set -u
build=${1:-build}
work=$PWD/$build/docs-lua
rm -rf "$work"
mkdir -p "$work/tree" "$work/home" "$work/nginx"
git ls-files --cached --others --exclude-standard -z |
  tar --null -T - -cf - | tar -C "$work/tree" -xf - || exit 1
python3 tests/docs/lua_md.py README.md docs/lua.md > "$work/blocks.sh" || exit 1
cd "$work/tree" &&
  env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME="$work/home" LANG=C.UTF-8 \
    HS_NGINX_CONF="$work/nginx/nginx.conf" HS_DOCS="$OLDPWD/tests/docs" \
    sh "$work/blocks.sh"
