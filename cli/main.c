/* httpstatus - look up HTTP status and WebSocket close codes. */
#include <signal.h>

#include "hs_cli.h"

int main(int argc, char **argv) {
  /* A reader that goes away is a write error reported like any other
   * (exit 3, one line on stderr), as python -m httpstatus does too.
   * Windows has no SIGPIPE: a write to a closed pipe fails there anyway. */
#ifdef SIGPIPE
  signal(SIGPIPE, SIG_IGN);
#endif
  return hs_cli_main(argc, argv);
}
