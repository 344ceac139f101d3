/*
 * cli_random.c - property test of the command: hs_cli_main with random
 * argument vectors (options, codes, classes, words, random bytes, long
 * strings, in any order) from one seeded stream.  Every run must exit 0, 1
 * or 2 (stdout is /dev/null, so never 3), and all it wrote to stderr must
 * be valid UTF-8 with no control character but the newline, in lines of
 * bounded length: echoed input is escaped and cut.  Built with ASan and
 * UBSan by tests/c/run.sh.
 *
 *   cli_random CALLS SEED STDERR_FILE
 */
#define _POSIX_C_SOURCE 200809L /* dup, fdopen */
#include "hs_cli.h"

#include <stdint.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state;

static uint32_t next(void) { /* xorshift64* */
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return (uint32_t)((state * 2685821657736338717ULL) >> 32);
}

static const char *const tokens[] = {
    "404", "200", "1000", "599", "597", "0", "-5", "99999999999999999999",
    "--json", "--list", "-l", "--lang", "--lang=zh", "--lang=fr", "zh", "en",
    "--", "-", "--help", "--version", "--bogus", "-x", "search", "4xx", "5XX",
    "ws", "6xx", "not", "found", "teapot", "gateway", "timeout", "NOT_FOUND",
    "未找到", "going", "away", "", " ", "\x1b[2J", "\xff", "\xc2\x9b", "\t",
    "--problem", "--detail", "--detail=\"x\\", "--instance", "--instance=/a",
    "HTTP/1.1", "HTTP_404_NOT_FOUND", "WS_1000_NORMAL_CLOSURE", "Modified",
};
#define N_TOKENS (sizeof tokens / sizeof tokens[0])
#define MAX_ARGS 12
#define ARG_BYTES 2048

/* Argument i: a token, random bytes (no NUL), or a long run of one byte. */
static void make_arg(char *buf) {
  uint32_t kind = next() % 8, n, i;
  if (kind < 5) {
    strcpy(buf, tokens[next() % N_TOKENS]);
  } else if (kind < 7) {
    n = next() % 24;
    for (i = 0; i < n; i++) buf[i] = (char)(next() % 255 + 1);
    buf[n] = '\0';
  } else {
    n = next() % (ARG_BYTES - 1);
    memset(buf, "a9 \x1b\xe6"[next() % 5], n);
    buf[n] = '\0';
  }
}

/* 1 when the file is valid UTF-8 without controls but \n, lines < 400. */
static int clean(FILE *f, long *bad_at) {
  int c, line = 0, need = 0;
  long at = 0;
  for (; (c = getc(f)) != EOF; at++) {
    if (need) {
      if ((c & 0xC0) != 0x80) break;
      need--;
    } else if (c == '\n') {
      line = -1;
    } else if (c < 0x20 || c == 0x7F) {
      break;
    } else if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
    } else if (c >= 0x80) {
      break;
    }
    if (++line >= 400) break;
  }
  *bad_at = at;
  return c == EOF && !need;
}

int main(int argc, char **argv) {
  long calls = argc > 1 ? atol(argv[1]) : 100000, i, bad_at;
  const char *err_path = argc > 3 ? argv[3] : "cli_random.err";
  static char args[MAX_ARGS][ARG_BYTES];
  char *av[MAX_ARGS + 2];
  long counts[4] = {0, 0, 0, 0}, bad_exits = 0;
  int clean_err;
  FILE *f, *report = fdopen(dup(1), "w");
  state = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
  if (!state) state = 1;
  if (!report || !freopen("/dev/null", "w", stdout) || !freopen(err_path, "w", stderr))
    return 2;
  for (i = 0; i < calls; i++) {
    int n = (int)(next() % (MAX_ARGS + 1)), k, rc;
    av[0] = (char *)"httpstatus";
    for (k = 0; k < n; k++) {
      make_arg(args[k]);
      av[k + 1] = args[k];
    }
    av[n + 1] = NULL;
    rc = hs_cli_main(n + 1, av);
    if (rc < 0 || rc > 2) {
      bad_exits++;
      fprintf(stderr, "FAIL: call %ld exited %d\n", i, rc);
    } else {
      counts[rc]++;
    }
  }
  fflush(stderr);
  f = fopen(err_path, "rb");
  bad_at = 0;
  clean_err = f && clean(f, &bad_at);
  if (f) fclose(f);
  fprintf(report,
          "# %ld calls (seed %llu): %ld found, %ld not registered, %ld usage "
          "errors\n",
          calls, argc > 2 ? strtoull(argv[2], NULL, 10) : 1ULL, counts[0],
          counts[1], counts[2]);
  fprintf(report, "%sok 1 - every call exits 0, 1 or 2 (%ld did not)\n",
          bad_exits ? "not " : "", bad_exits);
  fprintf(report,
          "%sok 2 - stderr is UTF-8 with no control character but newline, "
          "lines under 400 bytes (%s at byte %ld of %s)\n",
          clean_err ? "" : "not ", clean_err ? "checked" : "broken", bad_at,
          err_path);
  fprintf(report, "1..2\n");
  fclose(report);
  return bad_exits || !clean_err;
}
