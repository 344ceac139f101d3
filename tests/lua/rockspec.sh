#!/bin/sh
# rockspec.sh BUILD [VERSIONS]: `luarocks make` of the scm rockspec for
# every Lua of VERSIONS (default 5.1 to 5.4, what Debian stable has; 5.5 in
# the forky chroot, tests/lua/forky.sh), into a tree (--tree) and into a
# scratch HOME's
# ~/.luarocks (--local), then require and `luarocks test` from there; the
# source tree must be as it was (`git status --ignored`, every file,
# before and after, nothing deleted in between).  Then the release
# rockspec a release would make: the C core's version, its tag, lint.
# Outside a git checkout (the chroot's copy) the listing is find's.
# Everything luarocks writes goes to a scratch directory outside the tree.
set -u
build=${1:-build}
. tests/tap.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tree=$scratch/tree
versions=${2:-5.1 5.2 5.3 5.4}
last=${versions##* }
listing() {
  if git rev-parse --git-dir > /dev/null 2>&1; then
    git status --porcelain --ignored --untracked-files=all
  else find . -path ./build -prune -o -print | sort; fi
}
listing > "$scratch/before"

version=$("$build/httpstatus" --version | cut -d' ' -f2)
from_tree() { # from_tree V TREE: what the installed rock answers
  LUA_CPATH="$2/lib/lua/$1/?.so;;" LUA_PATH="$2/share/lua/$1/?.lua;;" \
    "lua$1" -e 'local hs = require "httpstatus"; require "httpstatus.luassert"
      io.write(hs.phrase(404), " ", hs._VERSION)'
}
for v in $versions; do
  if luarocks --lua-version="$v" --tree="$tree" make \
       rockspec/httpstatus-scm-1.rockspec > "$scratch/make-$v.log" 2>&1; then
    ok "luarocks make --tree for Lua $v"
  else
    cat "$scratch/make-$v.log" >&2; fail "luarocks make --tree for Lua $v"; continue
  fi
  got=$(from_tree "$v" "$tree")
  check "Lua $v from the rock: '$got'" [ "$got" = "Not Found $version" ]
  # luarocks test: the busted specs against the installed rock
  if (eval "$(luarocks --lua-version="$v" --tree="$tree" path)" &&
      luarocks --lua-version="$v" --tree="$tree" test \
        rockspec/httpstatus-scm-1.rockspec) > "$scratch/test-$v.log" 2>&1
  then ok "luarocks test, Lua $v"
  else cat "$scratch/test-$v.log" >&2; fail "luarocks test, Lua $v"; fi
done
# --local, as the README installs: into the scratch HOME's ~/.luarocks.
# (luarocks 3.11, forky's, refuses --local to root: as root there, the
# --tree installs above are the test.)
locals=${versions%% *}
[ "$locals" = "$last" ] || locals="$locals $last"
luarocks --version | grep -q ' 3\.[0-9]\.' || [ "$(id -u)" != 0 ] || locals=
for v in $locals; do
  if env HOME="$scratch/home" luarocks --lua-version="$v" make --local \
       rockspec/httpstatus-scm-1.rockspec > "$scratch/local-$v.log" 2>&1; then
    got=$(from_tree "$v" "$scratch/home/.luarocks")
    check "Lua $v from the --local rock: '$got'" [ "$got" = "Not Found $version" ]
  else
    cat "$scratch/local-$v.log" >&2; fail "luarocks make --local for Lua $v"
  fi
done
listing > "$scratch/after"
if diff "$scratch/before" "$scratch/after" >&2; then
  ok "luarocks make left the source tree as it found it"
else
  fail "luarocks make changed the source tree (diff above)"
fi

check "luarocks lint" luarocks lint rockspec/httpstatus-scm-1.rockspec
# The installed rock packs into a binary rock (for another machine).
if (cd "$scratch" && luarocks --lua-version="$last" --tree="$tree" pack httpstatus \
      > pack.log 2>&1) && ls "$scratch"/httpstatus-scm-1.*.rock >/dev/null; then
  ok "luarocks pack"; else cat "$scratch/pack.log" >&2; fail "luarocks pack"; fi

# The release rockspec, made as a release makes it (luarocks new_version,
# tag v$version), carries the C core's version and installs that version.
release=$scratch/httpstatus-$version-1.rockspec
if (cd "$scratch" && luarocks new_version "$OLDPWD/rockspec/httpstatus-scm-1.rockspec" \
      "$version" --tag="v$version" > new_version.log 2>&1) && [ -f "$release" ]; then
  ok "luarocks new_version $version"
  check "release rockspec version" grep -q "^version = \"$version-1\"" "$release"
  check "release rockspec tag" grep -q "tag = \"v$version\"" "$release"
  check "release rockspec lint" luarocks lint "$release"
  if luarocks --lua-version="$last" --tree="$scratch/release" make "$release" \
       > "$scratch/release.log" 2>&1; then
    got=$(from_tree "$last" "$scratch/release")
    check "the release rock is version $version: '$got'" [ "$got" = "Not Found $version" ]
  else cat "$scratch/release.log" >&2; fail "luarocks make of the release rockspec"; fi
else
  cat "$scratch/new_version.log" >&2; fail "luarocks new_version $version"
fi
tap_done
