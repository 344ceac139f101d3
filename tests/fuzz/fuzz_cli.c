/*
 * fuzz_cli.c - libFuzzer target over the command's argument handling
 * (hs_cli_main, as cli/main.c and python -m httpstatus call it) and over
 * hs_status_line with a version taken from the same input, and over
 * hs_search (the ranking of "did you mean" and Python's search).
 *
 * Input: NUL-separated arguments (argv[1..], at most 64); argv is built in
 * one malloc'ed block of exactly the input's size plus terminators, so
 * AddressSanitizer sees any read past an argument.  The first argument,
 * read as a number, and the second, as the version, also go to
 * hs_status_line with a buffer of (input size % 96) bytes, malloc'ed
 * exactly.  stdout goes to /dev/null; run with -close_fd_mask=2 to keep
 * stderr quiet (libFuzzer still reports).
 */
#include "hs_cli.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  if (!freopen("/dev/null", "w", stdout)) abort();
  return 0;
}

#define MAX_ARGS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = (char *)malloc(size + 1), *argv[MAX_ARGS + 2], *buf;
  size_t at = 0, bufsize = size % 96;
  int argc = 1, rc, n;
  if (!text) abort();
  memcpy(text, data, size);
  text[size] = '\0';
  argv[0] = (char *)"httpstatus";
  while (at <= size && argc <= MAX_ARGS && size) {
    argv[argc++] = text + at;
    at += strlen(text + at) + 1;
  }
  argv[argc] = NULL;

  rc = hs_cli_main(argc, argv);
  if (rc < HS_EXIT_FOUND || rc > HS_EXIT_WRITE) abort();

  { /* search, into an exactly-sized array of (size % 4) entries */
    size_t max = size % 4, k;
    hs_match *found = (hs_match *)malloc((max ? max : 1) * sizeof *found);
    const char *q = argc > 1 ? argv[1] : NULL;
    size_t got = hs_search(q, q ? strlen(q) : 0, found, max);
    if (!found || got > max) abort();
    for (k = 0; k < got; k++)
      if (!found[k].status ||
          (found[k].status->kind == HS_KIND_HTTP
               ? hs_get(found[k].status->code)
               : hs_ws_get(found[k].status->code)) != found[k].status ||
          (k && found[k].score > found[k - 1].score))
        abort();
    free(found);
  }
  buf = (char *)malloc(bufsize ? bufsize : 1);
  if (!buf) abort();
  n = hs_status_line(bufsize ? buf : NULL, bufsize,
                     argc > 1 ? atoi(argv[1]) : 0, argc > 2 ? argv[2] : NULL);
  if (n >= 0 && bufsize &&
      strlen(buf) != ((size_t)n < bufsize ? (size_t)n : bufsize - 1))
    abort();
  free(buf);
  free(text);
  return 0;
}
