/* check.h - the smallest TAP producer: each CHECK is one "ok N" or
 * "not ok N - file:line: message" line on stdout; check_report prints the
 * plan and gives main's exit status. */
#ifndef HS_CHECK_H
#define HS_CHECK_H

#include <stdio.h>

static int check_count, check_failed;

#define CHECK(cond, ...)                                                       \
  do {                                                                         \
    check_count++;                                                             \
    if (cond) {                                                                \
      printf("ok %d\n", check_count);                                          \
    } else {                                                                   \
      check_failed++;                                                          \
      printf("not ok %d - %s:%d: ", check_count, __FILE__, __LINE__);          \
      printf(__VA_ARGS__);                                                     \
      putchar('\n');                                                           \
    }                                                                          \
  } while (0)

static int check_report(void) {
  printf("1..%d\n", check_count);
  return check_failed ? 1 : 0;
}

#endif
