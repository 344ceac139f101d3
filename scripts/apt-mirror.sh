#!/bin/sh
# apt-mirror.sh: prints the Debian mirror this machine's apt configuration
# names (the first non-security source, deb822 or one-line format) for
# debootstrap; fails with a message when the configuration names none.
set -u
dir=${APT_SOURCES_DIR:-/etc/apt}
mirror=$(
  { cat "$dir"/sources.list.d/*.sources 2>/dev/null |
      sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n'
    cat "$dir"/sources.list "$dir"/sources.list.d/*.list 2>/dev/null |
      sed -n 's/^[[:space:]]*deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]*\)\{0,1\}\([^[:space:]]*\).*/\2/p'
  } | grep -E '^(https?|file)://' | grep -v -- '-security' | head -n 1)
if [ -z "$mirror" ]; then
  echo "apt-mirror.sh: $dir names no Debian mirror (sources.list.d/*.sources or sources.list); add one" >&2
  exit 1
fi
echo "$mirror"
