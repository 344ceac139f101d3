/* httpstatus - look up HTTP status and WebSocket close codes. */
#include <hs_cli.h>

int main(int argc, char **argv) { return hs_cli_main(argc, argv); }
