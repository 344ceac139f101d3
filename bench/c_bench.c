/*
 * c_bench.c - hs_get and hs_phrase against an http-parser-style switch over
 * the same codes (generated from the same registry), in one run.
 *
 *   c_bench                 times every variant, best of 7, and the ratios
 *   c_bench MODE N          runs one variant N times (for callgrind):
 *                           MODE is none, switch, hs_get or hs_phrase
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <httpstatus.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "now.h"

#define NCODES 1024

/* The anchor: what http-parser's http_status_str() does, a switch. */
static const char *switch_phrase(int code) {
  switch (code) {
#define HS_BENCH_CASE(code, name, phrase, ...)                                 \
  case code:                                                                   \
    return phrase;
    HS_HTTP_MAP(HS_BENCH_CASE)
#undef HS_BENCH_CASE
  default:
    return NULL;
  }
}

static const char *none_phrase(int code) { return code ? "" : NULL; }

static const char *get_phrase(int code) {
  const hs_status *s = hs_get(code);
  return s ? s->phrase : NULL;
}

typedef const char *(*lookup_fn)(int);
static const struct {
  const char *name;
  lookup_fn fn;
} variants[] = {{"none", none_phrase},
                {"switch", switch_phrase},
                {"hs_get", get_phrase},
                {"hs_phrase", hs_phrase}};

static int codes[NCODES];

/* The same codes every run: registered ones and some that are not. */
static void make_codes(void) {
  unsigned seed = 12345;
  int i;
  for (i = 0; i < NCODES; i++) {
    seed = seed * 1103515245u + 12345u;
    codes[i] = 100 + (int)((seed >> 8) % 500);
  }
}

static size_t run(lookup_fn fn, long n) {
  size_t sum = 0;
  long i;
  for (i = 0; i < n; i++) {
    const char *p = fn(codes[i & (NCODES - 1)]);
    sum += p ? (unsigned char)p[0] : 1;
  }
  return sum;
}

int main(int argc, char **argv) {
  long n = 20000000;
  size_t v, sink = 0;
  int r;
  double best[4];
  make_codes();
  if (argc == 3) {
    for (v = 0; v < 4; v++)
      if (strcmp(argv[1], variants[v].name) == 0)
        return (int)(run(variants[v].fn, atol(argv[2])) & 1);
    fprintf(stderr, "c_bench: unknown mode %s\n", argv[1]);
    return 2;
  }
  for (v = 0; v < 4; v++) best[v] = 1e9;
  for (r = 0; r < 7; r++)
    for (v = 0; v < 4; v++) {
      double t = now();
      sink += run(variants[v].fn, n);
      t = now() - t;
      if (t < best[v]) best[v] = t;
    }
  printf("%-28s %9s %7s\n", "lookup (random codes 100-599)", "ns/call",
         "ratio");
  for (v = 1; v < 4; v++) {
    double ns = (best[v] - best[0]) / (double)n * 1e9;
    double anchor = (best[1] - best[0]) / (double)n * 1e9;
    printf("%-28s %9.2f %6.2fx%s\n", variants[v].name, ns, ns / anchor,
           v == 1 ? "  (anchor: http-parser-style switch)" : "");
  }
  return sink == 0; /* keeps the loops */
}
