/*
 * test_threads.c - several threads looking up every code, every name and
 * every status line at once get what one thread gets.  Built with
 * -fsanitize=thread too, which reports any data race.
 */
#include <httpstatus.h>

#include <pthread.h>
#include <string.h>

#include "check.h"

#define THREADS 8
#define LOW (-1)
#define HIGH 5001

/* What one pass sees: one fingerprint per question, so threads compare
 * whole passes without sharing anything mutable. */
typedef struct pass {
  const void *http[HIGH - LOW + 1];
  const void *ws[HIGH - LOW + 1];
  const void *by_name[512];
  const void *searched[512]; /* what hs_search ranked, and the scores */
  int scores[512];
  unsigned long lines;
} pass;

static void one_pass(pass *p) {
  int code;
  size_t i, k = 0;
  const hs_status *s;
  char buf[64];
  memset(p, 0, sizeof *p);
  for (code = LOW; code <= HIGH; code++) {
    p->http[code - LOW] = hs_get(code);
    p->ws[code - LOW] = hs_ws_get(code);
    if (hs_status_line(buf, sizeof buf, code, NULL) > 0)
      p->lines = p->lines * 31 + (unsigned long)strlen(buf) + (unsigned long)code;
  }
  for (i = 0; (s = hs_at(i)) != NULL && k + 2 < 512; i++) {
    const hs_status *(*find)(const char *, size_t) =
        s->kind == HS_KIND_HTTP ? hs_lookup : hs_ws_lookup;
    p->by_name[k++] = find(s->name, strlen(s->name));
    p->by_name[k++] = find(s->phrase, strlen(s->phrase));
  }
  for (i = 0, k = 0; (s = hs_at(i)) != NULL && k + 4 <= 512; i++) {
    hs_match m[4];
    size_t n = hs_search(s->phrase, strlen(s->phrase), m, 4), j;
    for (j = 0; j < n; j++, k++)
      p->searched[k] = m[j].status, p->scores[k] = m[j].score;
  }
}

static pass reference, results[THREADS];

static void *worker(void *arg) {
  int round;
  for (round = 0; round < 20; round++) one_pass((pass *)arg);
  return NULL;
}

int main(void) {
  pthread_t t[THREADS];
  int i;
  one_pass(&reference);
  for (i = 0; i < THREADS; i++)
    CHECK(pthread_create(&t[i], NULL, worker, &results[i]) == 0, "create");
  for (i = 0; i < THREADS; i++) {
    pthread_join(t[i], NULL);
    CHECK(memcmp(&results[i], &reference, sizeof reference) == 0,
          "thread %d saw something else", i);
  }
  return check_report();
}
