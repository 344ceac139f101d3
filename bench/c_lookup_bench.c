/*
 * c_lookup_bench.c - hs_lookup of every text form users hold, each against
 * hs_lookup("404") in the same run, and hs_search of a few queries.
 *
 *   c_lookup_bench          times every form, best of 7, and the ratios
 *   c_lookup_bench I N      looks form I up N times (for callgrind; I = -1
 *                           does nothing, the loop's own cost)
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <httpstatus.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "now.h"

/* The anchor first, then each form a user holds, then misses. */
static const char *const forms[] = {
    "404", /* the anchor */
    "not found",
    "NOT_FOUND",
    "Not-Found",
    "未找到",
    "Railgun 错误",
    "404 Not Found",
    "HTTP/1.1 404 Not Found",
    "HTTP_404_NOT_FOUND",
    "HTTP_NOT_ALLOWED",
    "REQUEST_ENTITY_TOO_LARGE",
    "Service Temporarily Unavailable",
    "network authentication required",
    "zzz (a miss)",
    "no such status at all (a miss)",
};
#define NFORMS (sizeof forms / sizeof *forms)

static const char *const queries[] = {"not found", "not fond", "bad gatway",
                                      "internal error", "unauthorised"};
#define NQUERIES (sizeof queries / sizeof *queries)

static size_t lens[NFORMS];

/* text is the form up to " (a miss)", which only labels it. */
static void measure_lengths(void) {
  size_t i;
  for (i = 0; i < NFORMS; i++) {
    const char *cut = strstr(forms[i], " (a miss)");
    lens[i] = cut ? (size_t)(cut - forms[i]) : strlen(forms[i]);
  }
}

static size_t run(long form, long n) {
  size_t sum = 0;
  long i;
  for (i = 0; i < n; i++) {
    const char *text = form < 0 ? "" : forms[form];
    const hs_status *s = form < 0 ? NULL : hs_lookup(text, lens[form]);
    sum += s ? (size_t)s->code : 1;
    __asm__ volatile("" ::: "memory"); /* one lookup per turn, not hoisted */
  }
  return sum;
}

int main(int argc, char **argv) {
  long n = 5000000, f;
  double best[NFORMS + 1], t, empty, anchor;
  size_t sink = 0, q;
  int r;
  measure_lengths();
  if (argc == 3) return (int)(run(atol(argv[1]), atol(argv[2])) & 1);
  for (f = 0; f <= (long)NFORMS; f++) best[f] = 1e9;
  for (r = 0; r < 7; r++)
    for (f = -1; f < (long)NFORMS; f++) {
      t = now();
      sink += run(f, n);
      t = now() - t;
      if (t < best[f + 1]) best[f + 1] = t;
    }
  empty = best[0];
  anchor = (best[1] - empty) / (double)n * 1e9;
  printf("%-40s %9s %7s\n", "hs_lookup(text)", "ns/call", "ratio");
  for (f = 0; f < (long)NFORMS; f++) {
    double ns = (best[f + 1] - empty) / (double)n * 1e9;
    printf("%-40s %9.2f %6.2fx%s\n", forms[f], ns, ns / anchor,
           f == 0 ? "  (anchor: hs_lookup(\"404\"))" : "");
  }
  printf("\n%-40s %9s\n", "hs_search(text), every match", "us/call");
  for (q = 0; q < NQUERIES; q++) {
    hs_match m[256];
    long i, reps = 2000;
    double bestq = 1e9;
    for (r = 0; r < 5; r++) {
      t = now();
      for (i = 0; i < reps; i++)
        sink += hs_search(queries[q], strlen(queries[q]), m, 256);
      t = now() - t;
      if (t < bestq) bestq = t;
    }
    printf("%-40s %9.1f\n", queries[q], bestq / (double)reps * 1e6);
  }
  return sink == 0; /* keeps the loops */
}
