/* check.h - the smallest TAP producer that counts test cases, not checks.
 *
 *   CHECK_CASE("what is tested");   starts a test case (optional)
 *   CHECK(cond, printf-args...);    one check inside the current case
 *   return check_report();          closes the last case, prints the plan
 *
 * Each case is one TAP line, "ok N - what (K checks)" or "not ok N - what
 * (F of K checks failed)", so a loop over 108 entries is one test with 108
 * checks.  A failing check prints "# file:line: message" before its case's
 * line (the first 20 of a case).  Without CHECK_CASE, checks are grouped by
 * the function they are written in.  A case with no check fails: it could
 * not have failed otherwise. */
#ifndef HS_CHECK_H
#define HS_CHECK_H

#include <stdio.h>
#include <string.h>

#define CHECK_SHOWN 20 /* failures printed per case */

static struct {
  const char *name; /* the open case; NULL before the first */
  int named;        /* opened by CHECK_CASE, not by a function's name */
  int checks, failed;
  int cases, cases_failed, total_checks;
} check_state;

static inline void check_close(void) {
  if (!check_state.name) return;
  check_state.cases++;
  if (check_state.checks == 0 || check_state.failed) {
    check_state.cases_failed++;
    if (check_state.checks == 0)
      printf("not ok %d - %s (no checks)\n", check_state.cases,
             check_state.name);
    else
      printf("not ok %d - %s (%d of %d checks failed)\n", check_state.cases,
             check_state.name, check_state.failed, check_state.checks);
  } else {
    printf("ok %d - %s (%d checks)\n", check_state.cases, check_state.name,
           check_state.checks);
  }
  check_state.name = NULL;
}

static inline void check_open(const char *name, int named) {
  check_close();
  check_state.name = name;
  check_state.named = named;
  check_state.checks = check_state.failed = 0;
}

#define CHECK_CASE(name) check_open((name), 1)

/* Counts one check in the case open for FUNC; returns whether to print
 * the failure's message. */
static inline int check_one(int passed, const char *func, const char *file,
                            int line) {
  if (!check_state.name ||
      (!check_state.named && strcmp(check_state.name, func) != 0))
    check_open(func, 0);
  check_state.checks++;
  check_state.total_checks++;
  if (passed) return 0;
  if (++check_state.failed > CHECK_SHOWN) return 0;
  printf("# %s:%d: ", file, line);
  return 1;
}

#define CHECK(cond, ...)                                                       \
  do {                                                                         \
    if (check_one((cond) ? 1 : 0, __func__, __FILE__, __LINE__)) {             \
      printf(__VA_ARGS__);                                                     \
      putchar('\n');                                                           \
    }                                                                          \
  } while (0)

static inline int check_report(void) {
  check_close();
  printf("1..%d\n", check_state.cases);
  printf("# %d test cases, %d checks, %d cases failed\n", check_state.cases,
         check_state.total_checks, check_state.cases_failed);
  return check_state.cases_failed || check_state.cases == 0 ? 1 : 0;
}

#endif
