/* hs_cli.h - the httpstatus command as a function, shared by the C program
 * and python -m httpstatus. */
#ifndef HS_CLI_H
#define HS_CLI_H

#include "httpstatus.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Runs `httpstatus argv[1..]` (see --help), printing to stdout and stderr;
 * returns the exit status: 0 found, 1 not registered, 2 usage error (argc
 * below 1 or argv NULL included), 3 stdout could not be written.
 * argv[argc] must be NULL, as main's is. */
HS_API int hs_cli_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif /* HS_CLI_H */
