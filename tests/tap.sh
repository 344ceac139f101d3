# tap.sh - sourced by the shell test drivers: each check is a TAP line on
# stdout ("ok N - what", "not ok N - what"), the plan comes last.
#   check WHAT COMMAND...   ok when COMMAND succeeds
#   ok WHAT / fail WHAT     a result decided by the driver
#   tap_done                prints the plan; fails when anything failed
# WHAT is cut to one line of 120 bytes without control characters.
tap_n=0 tap_failed=0
tap_line() {
  printf '%s - %s\n' "$1" "$(printf '%s' "$2" | tr -d '\000-\037' | cut -c1-120)"
}
ok() { tap_n=$((tap_n + 1)); tap_line "ok $tap_n" "$*"; }
fail() {
  tap_n=$((tap_n + 1)) tap_failed=$((tap_failed + 1))
  tap_line "not ok $tap_n" "$*"
}
check() { _what=$1; shift; if "$@"; then ok "$_what"; else fail "$_what"; fi; }
tap_done() { echo "1..$tap_n"; [ "$tap_failed" -eq 0 ]; }
