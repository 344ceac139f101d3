/*
 * test_search.c - hs_search against tests/data/search-ranking.tsv (what a
 * user typing each query means), its two properties over the whole
 * registry, bad input, and hs_json.
 *
 *   test_search DATA_DIR
 *
 * The properties: any prefix of four or more letters of a phrase finds its
 * entry among the first three; so does the phrase with any one-letter typo
 * (a letter dropped, doubled, changed or swapped with the next) in a word
 * of five letters or more.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "httpstatus.h"

#define TOP 5

static int ranking_rows;

/* The first codes hs_search gives for text, into codes (at most TOP). */
static size_t searched(const char *text, int *codes) {
  hs_match m[TOP];
  size_t n = hs_search(text, strlen(text), m, TOP), i;
  for (i = 0; i < n; i++) codes[i] = m[i].status->code;
  return n;
}

static void ranking_row(char *query, char *first, char *absent) {
  int codes[TOP];
  size_t n = searched(query, codes), i;
  char *word;
  ranking_rows++;
  CHECK(n > 0 && codes[0] == atoi(first), "search('%s') first %d, want %s",
        query, n ? codes[0] : 0, first);
  if (strcmp(absent, "-") == 0) return;
  for (word = strtok(absent, ","); word; word = strtok(NULL, ","))
    for (i = 0; i < n; i++)
      CHECK(codes[i] != atoi(word), "search('%s') has %s among its first %d",
            query, word, TOP);
}

static void read_ranking(const char *dir) {
  char path[1024], line[1024];
  FILE *fp;
  snprintf(path, sizeof path, "%s/search-ranking.tsv", dir);
  if (!(fp = fopen(path, "r"))) {
    perror(path);
    exit(2);
  }
  while (fgets(line, sizeof line, fp)) {
    char *f[4], *p = line;
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '#' || line[0] == '\0' || strncmp(line, "query\t", 6) == 0)
      continue;
    while (n < 4 && p) {
      f[n++] = p;
      if ((p = strchr(p, '\t')) != NULL) *p++ = '\0';
    }
    CHECK(n == 4, "search-ranking.tsv: a row of %d fields: %s", n, line);
    if (n == 4) ranking_row(f[0], f[1], f[2]);
  }
  fclose(fp);
}

/* Whether s is among the first three hs_search gives for text. */
static int in_top3(const char *text, const hs_status *s) {
  hs_match m[3];
  size_t n = hs_search(text, strlen(text), m, 3), i;
  for (i = 0; i < n; i++)
    if (m[i].status == s) return 1;
  return 0;
}

static int is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void test_prefixes(void) {
  const hs_status *s;
  char text[HS_LOOKUP_MAX + 1];
  size_t i, len, letters;
  for (i = 0; (s = hs_at(i)) != NULL; i++)
    for (len = 1, letters = 0; s->phrase[len - 1]; len++) {
      if (is_letter(s->phrase[len - 1])) letters++;
      if (letters < 4) continue;
      memcpy(text, s->phrase, len);
      text[len] = '\0';
      CHECK(in_top3(text, s), "prefix '%s' misses %d", text, s->code);
    }
}

/* Each one-letter typo of each word of five letters or more of s's phrase,
 * in the whole phrase. */
static void typos_of(const hs_status *s) {
  const char *p = s->phrase;
  char text[HS_LOOKUP_MAX + 2];
  size_t start, end, at, len = strlen(p);
  for (start = 0; start < len; start = end + 1) {
    for (; start < len && !is_letter(p[start]); start++) continue;
    for (end = start; end < len && is_letter(p[end]); end++) continue;
    if (end - start < 5) continue;
    for (at = start; at < end; at++) {
      /* dropped */
      memcpy(text, p, at);
      strcpy(text + at, p + at + 1);
      CHECK(in_top3(text, s), "'%s' (a letter dropped) misses %d", text, s->code);
      /* doubled */
      memcpy(text, p, at + 1);
      strcpy(text + at + 1, p + at);
      CHECK(in_top3(text, s), "'%s' (a letter doubled) misses %d", text, s->code);
      /* changed */
      strcpy(text, p);
      text[at] = text[at] == 'x' ? 'q' : 'x';
      CHECK(in_top3(text, s), "'%s' (a letter changed) misses %d", text, s->code);
      /* swapped with the next, where they differ */
      if (at + 1 < end && p[at] != p[at + 1]) {
        strcpy(text, p);
        text[at] = p[at + 1], text[at + 1] = p[at];
        CHECK(in_top3(text, s), "'%s' (letters swapped) misses %d", text, s->code);
      }
    }
  }
}

static void test_typos(void) {
  const hs_status *s;
  size_t i;
  for (i = 0; (s = hs_at(i)) != NULL; i++) typos_of(s);
}

static void test_order_and_bad_input(void) {
  hs_match m[256], one[1];
  char big[1 << 20];
  size_t n, i, all;
  n = hs_search("not", 3, m, 256);
  CHECK(n > 3, "'not' finds %zu", n);
  for (i = 1; i < n; i++)
    CHECK(m[i - 1].score > m[i].score ||
              (m[i - 1].score == m[i].score &&
               m[i - 1].status->code < m[i].status->code),
          "'not': %d (%d) before %d (%d)", m[i - 1].status->code,
          m[i - 1].score, m[i].status->code, m[i].score);
  all = hs_search("not", 3, NULL, 0);
  CHECK(all == n, "measuring gives %zu, searching %zu", all, n);
  CHECK(hs_search("not", 3, one, 1) == 1 && one[0].status == m[0].status,
        "one slot holds the best");
  CHECK(hs_search("not", 3, one, 0) == 0, "no slot");
  CHECK(hs_search(NULL, 3, m, 256) == 0, "NULL text");
  CHECK(hs_search("", 0, m, 256) == 0, "empty text");
  CHECK(hs_search(" _-. /", 6, m, 256) == 0, "separators only");
  CHECK(hs_search("not\0found", 9, m, 256) == 0, "a NUL inside");
  CHECK(hs_search("not \xff", 5, m, 256) == 0, "bytes that are not UTF-8");
  CHECK(hs_search("\xe6\x89", 2, m, 256) == 0, "a cut UTF-8 character");
  memset(big, 'a', sizeof big);
  CHECK(hs_search(big, sizeof big, m, 256) == 0, "a megabyte");
  CHECK(hs_search(big, HS_LOOKUP_MAX, m, 256) == 0, "a long unknown word");
  memcpy(big, "not found ", 10);
  CHECK(hs_search(big, HS_LOOKUP_MAX + 1, m, 256) == 0, "past the bound");
  CHECK(hs_search("zzzqqq", 6, m, 256) == 0, "nothing");
  n = hs_search("unauthorised", 12, m, 256);
  CHECK(n > 0 && m[0].status->code == 401 && m[0].score >= HS_SCORE_WORDS,
        "a British spelling is the American word, not a typo of it");
  n = hs_search("404", 3, m, 256);
  CHECK(n == 1 && m[0].status->code == 404 &&
            m[0].score >= HS_SCORE_EXACT,
        "a code: its entry alone, exact");
}

static void test_json(void) {
  const hs_status *s;
  char buf[8192], small[16];
  size_t i;
  int n;
  CHECK(hs_json(buf, sizeof buf, NULL) == HS_JSON_BAD_ENTRY, "NULL entry");
  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    n = hs_json(buf, sizeof buf, s);
    CHECK(n > 0 && (size_t)n == strlen(buf), "%d: length %d", s->code, n);
    CHECK(buf[0] == '{' && buf[n - 1] == '}', "%d: an object", s->code);
    CHECK(hs_json(NULL, 0, s) == n, "%d: measured", s->code);
    CHECK(hs_json(small, sizeof small, s) == n &&
              strlen(small) == sizeof small - 1 &&
              memcmp(small, buf, sizeof small - 1) == 0,
          "%d: cut like snprintf", s->code);
  }
  n = hs_json(buf, sizeof buf, hs_get(413));
  CHECK(strstr(buf, "\"aliases\":[\"REQUEST_ENTITY_TOO_LARGE\",\"PAYLOAD_TOO_LARGE\"]") != NULL,
        "413's old names: %s", buf);
  CHECK(strstr(buf, "\"code\":413,") == buf + 1, "the code first: %s", buf);
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "tests/data";
  CHECK_CASE("the ranking table (tests/data/search-ranking.tsv)");
  read_ranking(dir);
  CHECK(ranking_rows >= 60, "%d rows in the ranking table", ranking_rows);
  CHECK_CASE("any prefix of 4+ letters of a phrase: in the first three");
  test_prefixes();
  CHECK_CASE("any one-letter typo in a word of 5+ letters: in the first three");
  test_typos();
  CHECK_CASE("order, sizes and bad input");
  test_order_and_bad_input();
  CHECK_CASE("hs_json: every entry, sizes");
  test_json();
  return check_report();
}
