/* now.h - the benchmarks' clock: seconds on the monotonic clock, which no
 * change of the wall clock moves.  Define _POSIX_C_SOURCE first. */
#ifndef HS_BENCH_NOW_H
#define HS_BENCH_NOW_H

#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#endif
