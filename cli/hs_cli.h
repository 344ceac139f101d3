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

/* What a text that names nothing may mean, as the command's "did you
 * mean" ranks it: the entry of the code the text starts with ("404 Not
 * Modified" gives 404 first), then the entries sharing the most of its
 * words (three bytes or more, valid UTF-8, not digits, not "http") with
 * their names, phrases or descriptions, best first, each in registry order;
 * a text that looks like HTTP (a code in 100..599, an HTTP prefix) gets no
 * WebSocket entry, and the reverse.  Fills out with at most max entries
 * and returns how many; 0 for NULL, or text over HS_LOOKUP_MAX bytes. */
size_t hs_cli_search(const char *text, const hs_status **out, size_t max);

#ifdef __cplusplus
}
#endif

#endif /* HS_CLI_H */
