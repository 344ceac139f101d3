/* hs_cli.h - the httpstatus command as a function, shared by the C program
 * (cli/main.c) and python -m httpstatus.  Not installed: the library's API
 * is httpstatus.h; this is the program's. */
#ifndef HS_CLI_H
#define HS_CLI_H

#include "httpstatus.h"

#ifdef __cplusplus
extern "C" {
#endif

enum hs_cli_exit {
  HS_EXIT_FOUND = 0,   /* every query answered */
  HS_EXIT_MISSING = 1, /* some query named nothing registered */
  HS_EXIT_USAGE = 2,   /* bad options, or argc < 1 or argv NULL */
  HS_EXIT_WRITE = 3    /* stdout could not be written */
};

/* Runs `httpstatus argv[1..]` (see cli/httpstatus.1), printing to stdout
 * and stderr, and returns an hs_cli_exit.  argv[argc] must be NULL, as
 * main's is; argv is not changed. */
int hs_cli_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif /* HS_CLI_H */
