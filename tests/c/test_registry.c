/*
 * test_registry.c - the C core against the reference tables and RFC 9110.
 *
 *   test_registry DATA_DIR      (DATA_DIR holds the tests/data TSV files)
 *
 * Expected values come from the IANA and unofficial TSVs and from the RFC
 * facts written out below, never from the registry itself.
 */
#include <httpstatus.h>
#include "hs_internal.h" /* hs_field_at: private, tested here */

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define MAX_FIELDS 6

/* Reads DIR/NAME, calls row() for each data row split at tabs. */
static int each_row(const char *dir, const char *name,
                    void (*row)(char **f, int n)) {
  char path[1024], line[1024];
  int rows = 0;
  FILE *fp;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  fp = fopen(path, "r");
  if (!fp) {
    perror(path);
    exit(2);
  }
  while (fgets(line, sizeof line, fp)) {
    char *f[MAX_FIELDS], *p = line;
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '#' || line[0] == '\0' || strncmp(line, "code\t", 5) == 0)
      continue;
    while (n < MAX_FIELDS) {
      f[n++] = p;
      p = strchr(p, '\t');
      if (!p) break;
      *p++ = '\0';
    }
    row(f, n);
    rows++;
  }
  fclose(fp);
  return rows;
}

static int starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int http_rows, ws_rows, unofficial_rows;
static int iana_by_state[5];
static int listed[600]; /* 1 IANA, 2 unofficial */

/* "RFC 9110 S 15.5.5" in the TSV is "RFC 9110, Section 15.5.5" here; other
 * references match up to the TSV's parenthesized note. */
static void check_reference(int code, const char *tsv, const char *ref) {
  char want[256];
  size_t n;
  CHECK(ref != NULL, "%d has no reference", code);
  if (!ref) return;
  if (starts_with(tsv, "RFC 9110 S ")) {
    snprintf(want, sizeof want, "RFC 9110, Section %s", tsv + 11);
    CHECK(strcmp(ref, want) == 0, "%d reference '%s', want '%s'", code, ref,
          want);
    return;
  }
  n = strcspn(tsv, "(");
  while (n > 0 && tsv[n - 1] == ' ') n--;
  CHECK(strncmp(ref, tsv, n) == 0, "%d reference '%s', want '%.*s'", code, ref,
        (int)n, tsv);
}

static void iana_row(char **f, int n) {
  int code = atoi(f[0]);
  const hs_status *s = hs_get(code);
  const char *state = n > 3 ? f[3] : "";
  http_rows++;
  listed[code] = 1;
  CHECK(s != NULL, "IANA code %d missing", code);
  if (!s) return;
  CHECK(s->code == code && s->kind == HS_KIND_HTTP, "%d: wrong entry", code);
  /* 418 keeps CPython's name and phrase (RFC 9110 15.5.19 reserves it). */
  if (code == 418)
    CHECK(strcmp(s->phrase, "I'm a Teapot") == 0 &&
              strcmp(s->name, "IM_A_TEAPOT") == 0,
          "418 is %s '%s'", s->name, s->phrase);
  else
    CHECK(strcmp(s->phrase, f[1]) == 0, "%d phrase '%s', IANA says '%s'",
          code, s->phrase, f[1]);
  check_reference(code, f[2], s->reference);
  CHECK(starts_with(state, hs_state_name(s->state)), "%d state %s, IANA %s",
        code, hs_state_name(s->state), state);
  CHECK(s->source == NULL, "%d is registered yet has a source", code);
  if (s->state < 5) iana_by_state[s->state]++;
}

static void unofficial_row(char **f, int n) {
  int code = atoi(f[0]);
  const hs_status *s = hs_get(code);
  (void)n;
  unofficial_rows++;
  listed[code] = 2;
  CHECK(s != NULL, "unofficial code %d missing", code);
  if (!s) return;
  CHECK(strcmp(s->phrase, f[1]) == 0, "%d phrase '%s', want '%s'", code,
        s->phrase, f[1]);
  CHECK(s->state == HS_STATE_UNOFFICIAL, "%d not unofficial", code);
  CHECK(s->source && strcmp(s->source, f[2]) == 0, "%d source '%s', want '%s'",
        code, s->source ? s->source : "(null)", f[2]);
  CHECK(s->reference == NULL, "%d unofficial with a reference", code);
}

static void ws_row(char **f, int n) {
  int code = atoi(f[0]);
  const hs_status *s = hs_ws_get(code);
  ws_rows++;
  CHECK(s != NULL, "WebSocket code %d missing", code);
  if (!s || n < 4) return;
  CHECK(s->kind == HS_KIND_WEBSOCKET && s->code == code, "%d wrong", code);
  CHECK(strcmp(s->phrase, f[1]) == 0, "%d phrase '%s', want '%s'", code,
        s->phrase, f[1]);
  CHECK(s->reference && strcmp(s->reference, f[2]) == 0, "%d reference", code);
  CHECK(((s->flags & HS_F_SENDABLE) != 0) == starts_with(f[3], "yes"),
        "%d sendable flag against '%s'", code, f[3]);
  CHECK(hs_ws_sendable(code) == starts_with(f[3], "yes"), "%d sendable", code);
  CHECK(hs_get(code) == NULL, "close code %d answered as HTTP", code);
}

/* The RFC flag sets of tests/data/rfc-flags.tsv: the codes that carry
 * each flag ("1xx" is the whole class), read into one table per flag. */
static const struct {
  const char *key;
  unsigned bit;
} flag_keys[] = {{"cacheable", HS_F_CACHEABLE},
                 {"empty", HS_F_EMPTY},
                 {"redirect", HS_F_REDIRECT},
                 {"retryable", HS_F_RETRYABLE}};
#define N_FLAGS (sizeof flag_keys / sizeof flag_keys[0])
static char flag_set[N_FLAGS][600]; /* [flag][code]: 1 when it carries it */
static int flag_rows;

static void flag_row(char **f, int n) {
  size_t k;
  char *word;
  if (n < 2 || strcmp(f[0], "flag") == 0) return; /* the header */
  for (k = 0; k < N_FLAGS; k++)
    if (strcmp(f[0], flag_keys[k].key) == 0) break;
  CHECK(k < N_FLAGS, "rfc-flags.tsv: unknown flag '%s'", f[0]);
  if (k == N_FLAGS) return;
  flag_rows++;
  for (word = strtok(f[1], " "); word; word = strtok(NULL, " ")) {
    int code = atoi(word), c;
    if (word[1] == 'x')
      for (c = code * 100; c < code * 100 + 100; c++) flag_set[k][c] = 1;
    else if (code >= 100 && code <= 599)
      flag_set[k][code] = 1;
  }
}

static int has_non_ascii(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s >= 0x80) return 1;
  return 0;
}

static void test_every_entry(void) {
  size_t i, k, n = hs_count(), http = 0, ws = 0;
  const hs_status *s, *prev = NULL;
  CHECK(flag_rows == (int)N_FLAGS, "rfc-flags.tsv has %d of the %d flags",
        flag_rows, (int)N_FLAGS);
  for (i = 0; (s = hs_at(i)) != NULL; i++, prev = s) {
    int c = s->code;
    CHECK(s->name && s->name[0] && s->phrase && s->phrase[0], "%d names", c);
    CHECK(s->phrase_zh && has_non_ascii(s->phrase_zh), "%d phrase_zh", c);
    CHECK(s->description && strlen(s->description) > 20, "%d description", c);
    CHECK(s->description_zh && has_non_ascii(s->description_zh),
          "%d description_zh", c);
    CHECK((s->reference != NULL) != (s->source != NULL),
          "%d: exactly one of reference, source", c);
    CHECK(!prev || prev->code < s->code || prev->kind < s->kind,
          "%d not in code order", c);
    if (s->kind == HS_KIND_HTTP) {
      http++;
      CHECK(ws == 0, "HTTP entry %d after WebSocket ones", c);
      CHECK(hs_get(c) == s, "hs_get(%d) does not give its entry", c);
      CHECK(listed[c] != 0, "%d is in neither reference table", c);
      for (k = 0; k < N_FLAGS; k++)
        CHECK(!!(s->flags & flag_keys[k].bit) == flag_set[k][c], "%d %s", c,
              flag_keys[k].key);
      CHECK(!(s->flags & HS_F_SENDABLE), "%d sendable", c);
      CHECK(hs_lookup(s->name, strlen(s->name)) == s, "lookup name %s",
            s->name);
      CHECK(hs_lookup(s->phrase, strlen(s->phrase)) == s, "lookup '%s'",
            s->phrase);
      CHECK(hs_lookup(s->phrase_zh, strlen(s->phrase_zh)) == s, "lookup %s",
            s->phrase_zh);
    } else {
      ws++;
      CHECK(s->kind == HS_KIND_WEBSOCKET, "%d kind", c);
      CHECK(hs_ws_get(c) == s, "hs_ws_get(%d)", c);
      CHECK(!(s->flags & ~HS_F_SENDABLE), "%d has HTTP flags", c);
      CHECK(hs_ws_lookup(s->name, strlen(s->name)) == s, "ws lookup %s",
            s->name);
      CHECK(hs_ws_lookup(s->phrase, strlen(s->phrase)) == s, "ws lookup %s",
            s->phrase);
    }
  }
  CHECK(i == n && hs_at(n) == NULL && hs_at((size_t)-1) == NULL, "hs_at end");
  CHECK((int)http == http_rows + unofficial_rows, "HTTP entries %zu vs %d",
        http, http_rows + unofficial_rows);
  CHECK((int)ws == ws_rows, "WebSocket entries %zu vs %d", ws, ws_rows);
  printf("# registry: %zu HTTP (%d IANA: %d permanent, %d temporary, %d unused, "
         "%d obsoleted; %d unofficial), %zu WebSocket\n",
         http, http_rows, iana_by_state[HS_STATE_PERMANENT],
         iana_by_state[HS_STATE_TEMPORARY], iana_by_state[HS_STATE_UNUSED],
         iana_by_state[HS_STATE_OBSOLETED], unofficial_rows, ws);
}

/* The IANA table is whole: its rows are exactly the codes of 100..599 its
 * header does not list as unassigned ("# Unassigned ranges: 105-199, ..."),
 * so no count is typed here and a lost or extra row shows. */
static void test_counts(const char *dir) {
  char path[1024], line[1024];
  static int unassigned[600];
  const char *key = "# Unassigned ranges:";
  int c, found = 0;
  FILE *fp;
  snprintf(path, sizeof path, "%s/iana-http-status.tsv", dir);
  fp = fopen(path, "r");
  while (fp && fgets(line, sizeof line, fp))
    if (starts_with(line, key)) {
      char *p = line + strlen(key);
      found = 1;
      while (*p) {
        long lo = strtol(p, &p, 10), hi = lo;
        if (*p == '-') hi = strtol(p + 1, &p, 10);
        for (c = (int)lo; c <= hi && c >= 100 && c <= 599; c++)
          unassigned[c] = 1;
        p += strcspn(p, "0123456789");
      }
    }
  if (fp) fclose(fp);
  CHECK(found, "%s has its unassigned ranges", path);
  for (c = 100; c <= 599; c++)
    CHECK((listed[c] == 1) == !unassigned[c], "%d: %s by the header, %s", c,
          unassigned[c] ? "unassigned" : "assigned",
          listed[c] == 1 ? "a row" : "no row");
}

static const struct {
  const char *text;
  int code; /* 0: no match */
} lookups[] = {
    {"not found", 404},
    {"NOT_FOUND", 404},
    {"Not Found", 404},
    {"nOt_FoUnD", 404},
    {"  not-found ", 404},
    {"Request Entity Too Large", 413},
    {"REQUEST_ENTITY_TOO_LARGE", 413},
    {"payload too large", 413},
    {"content too large", 413},
    {"Request-URI Too Long", 414},
    {"requested range not satisfiable", 416},
    {"UNPROCESSABLE_ENTITY", 422},
    {"unprocessable content", 422},
    {"moved temporarily", 302},
    {"I'm a teapot", 418},
    {"im a teapot", 418},
    {"non-authoritative information", 203},
    {"未找到", 404},
    {"服务器内部错误", 500},
    {"服务不可用", 503},
    {"no response", 444},
    {"client closed request", 499},
    {"", 0},
    {" ", 0},
    {"___", 0},
    {"not", 0},
    {"found", 302},
    {"foun", 0},
    {"not found please", 0},
    /* numeric strings, CODE PHRASE and status lines: code and name must
     * agree (RFC 9112 Section 4 for the line's shape) */
    {"404", 404},
    {" 404\t", 404},
    {"0404", 404},
    {"597", 0},
    {"1000", 0},
    {"-404", 0},
    {"+404", 0},
    {"404x", 0},
    {"4 04", 0},
    {"99999999999999999999404", 0},
    {"404 Not Found", 404},
    {"404 not-found", 404},
    {"404 NOT_FOUND", 404},
    {"404 未找到", 404},
    {"404 Not Modified", 0},
    {"404 Normal Closure", 0},
    {"413 Payload Too Large", 413},
    {"HTTP/1.1 404 Not Found", 404},
    {"HTTP/1.0 200 OK", 200},
    {"http/2 204 No Content", 204},
    {"HTTP/1.1 418", 418},
    {"HTTP/1.1 404 Not Modified", 0},
    {"HTTP/1.1 597 ", 0},
    {"HTTP/1.1", 0},
    {"HTTP/ 404 Not Found", 0},
    {"HTTP/1.1404 Not Found", 0},
    {"HTTP/x 404 Not Found", 0},
    {"HTTP/1.1 Not Found", 0},
    /* Starlette, FastAPI and Django REST framework names */
    {"HTTP_404_NOT_FOUND", 404},
    {"HTTP_413_REQUEST_ENTITY_TOO_LARGE", 413},
    {"HTTP_422_UNPROCESSABLE_ENTITY", 422},
    {"HTTP_418_IM_A_TEAPOT", 418},
    {"http_200_ok", 200},
    {"HTTP_404_OK", 0},
    {"HTTP_404", 404},
    {"HTTP_597_NOT_FOUND", 0},
    {"WS_1000_NORMAL_CLOSURE", 0},
    /* nginx's older phrase for 501 */
    {"Method Not Implemented", 501},
    {"not found!", 0},
    {"not\tfound", 404},
    {"Normal Closure", 0}, /* a WebSocket phrase, not an HTTP one */
    {"未找", 0},
    /* OpenResty's ngx.HTTP_* names, with and without the prefix */
    {"HTTP_NOT_FOUND", 404},
    {"HTTP_MOVED_TEMPORARILY", 302},
    {"HTTP_SPECIAL_RESPONSE", 300},
    {"SPECIAL_RESPONSE", 300},
    {"HTTP_NOT_ALLOWED", 405},
    {"NOT_ALLOWED", 405},
    {"HTTP_CLOSE", 444},
    {"HTTP_ILLEGAL", 451},
    {"HTTP_METHOD_NOT_IMPLEMENTED", 501},
    {"HTTP_VERSION_NOT_SUPPORTED", 505},
    {"VERSION_NOT_SUPPORTED", 505},
    {"HTTP_INSUFFICIENT_STORAGE", 507},
    {"HTTP_", 0},
    {"HTTP", 0},
    {"HTTPNOT_FOUND", 0},
    {"HTTP_HTTP_NOT_FOUND", 0},
};

static void test_lookup(void) {
  size_t i;
  char big[10000];
  for (i = 0; i < sizeof lookups / sizeof lookups[0]; i++) {
    const hs_status *s = hs_lookup(lookups[i].text, strlen(lookups[i].text));
    int got = s ? s->code : 0;
    CHECK(got == lookups[i].code, "lookup('%s') = %d, want %d",
          lookups[i].text, got, lookups[i].code);
  }
  {
    hs_field f;
    char one[1];
    CHECK(hs_field_at(NULL, 0, &f) == 0, "field of a NULL record");
    CHECK(hs_field_at(hs_get(404), 0, NULL) == 0, "field into NULL");
    CHECK(hs_alias(NULL, 0) == NULL, "alias of a NULL record");
    CHECK(hs_status_line(NULL, 0, 404, NULL) == 22, "measure, NULL buffer");
    CHECK(hs_status_line(NULL, 64, 404, NULL) == 22, "NULL buffer, size");
    CHECK(hs_status_line(one, 1, 404, NULL) == 22 && one[0] == '\0',
          "one byte: the terminator only");
    CHECK(hs_ws_lookup(NULL, 3) == NULL, "NULL text, WebSocket");
  }
  CHECK(hs_lookup("not\0found", 9) == NULL, "NUL inside text matches");
  CHECK(hs_lookup("not found\0", 10) == NULL, "trailing NUL matches");
  CHECK(hs_lookup(NULL, 5) == NULL && hs_lookup("x", 0) == NULL, "NULL text");
  CHECK(hs_lookup("not found", 3) == NULL, "length is honoured");
  memset(big, 'a', sizeof big);
  CHECK(hs_lookup(big, sizeof big) == NULL, "long text");
  memcpy(big, "not found", 9);
  memset(big + 9, ' ', sizeof big - 9);
  CHECK(hs_lookup(big, sizeof big) == NULL, "padded beyond the limit");
  for (i = 0; i < 256; i++) {
    char c = (char)i;
    CHECK(hs_lookup(&c, 1) == NULL, "one byte %zu matched", i);
  }
  CHECK(hs_ws_lookup("normal closure", 14) &&
            hs_ws_lookup("normal closure", 14)->code == 1000,
        "ws lookup by phrase");
  CHECK(hs_ws_lookup("CLOSE_NORMAL", 12)->code == 1000, "ws alias");
  CHECK(hs_ws_lookup("bad gateway", 11)->code == 1014, "ws 1014");
  CHECK(hs_ws_lookup("not found", 9) == NULL, "HTTP phrase in ws lookup");
  {
    static const struct {
      const char *text;
      int code;
    } ws[] = {{"WS_1000_NORMAL_CLOSURE", 1000},
              {"WS_1008_POLICY_VIOLATION", 1008},
              {"ws_1001_going_away", 1001},
              {"WS_1000_GOING_AWAY", 0},
              {"WS_404_NOT_FOUND", 0},
              {"1000", 1000},
              {"1000 Normal Closure", 1000},
              {"1000 CLOSE_NORMAL", 1000},
              {"1001 Normal Closure", 0},
              {"404", 0},
              {"2999", 0},
              {"HTTP/1.1 1000 Normal Closure", 0}};
    for (i = 0; i < sizeof ws / sizeof ws[0]; i++) {
      const hs_status *w = hs_ws_lookup(ws[i].text, strlen(ws[i].text));
      CHECK((w ? w->code : 0) == ws[i].code, "ws lookup('%s') = %d, want %d",
            ws[i].text, w ? w->code : 0, ws[i].code);
    }
  }
}

static void test_aliases(void) {
  static const struct {
    const char *name;
    int code;
  } old[] = {{"REQUEST_ENTITY_TOO_LARGE", 413},
             {"PAYLOAD_TOO_LARGE", 413},
             {"REQUEST_URI_TOO_LONG", 414},
             {"REQUESTED_RANGE_NOT_SATISFIABLE", 416},
             {"UNPROCESSABLE_ENTITY", 422}};
  size_t i, k;
  for (i = 0; i < sizeof old / sizeof old[0]; i++) {
    const hs_status *s = hs_get(old[i].code);
    const char *a;
    int found = 0;
    for (k = 0; (a = hs_alias(s, k)) != NULL; k++)
      found |= strcmp(a, old[i].name) == 0;
    CHECK(found, "%s not an alias of %d", old[i].name, old[i].code);
  }
  CHECK(HS_REQUEST_ENTITY_TOO_LARGE == 413 && HS_PAYLOAD_TOO_LARGE == 413 &&
            HS_CONTENT_TOO_LARGE == 413 && HS_NOT_FOUND == 404 &&
            HS_UNPROCESSABLE_ENTITY == 422 && HS_IM_A_TEAPOT == 418,
        "enum constants");
  CHECK(HS_WS_NORMAL_CLOSURE == 1000 && HS_WS_CLOSE_NORMAL == 1000 &&
            HS_WS_TLS_HANDSHAKE == 1015,
        "ws enum constants");
  CHECK(hs_alias(hs_get(404), 0) == NULL, "404 has no old name");
  CHECK(hs_alias(NULL, 0) == NULL, "hs_alias(NULL)");
  CHECK(strcmp(hs_get(422)->name, "UNPROCESSABLE_CONTENT") == 0, "422 name");
}

static void check_int(int code) {
  const hs_status *s = hs_get(code), *w = hs_ws_get(code);
  /* RFC 9110 Section 15 and RFC 6455 Section 7.4.2 */
  int kind = code >= 100 && code <= 599     ? HS_KIND_HTTP
             : code >= 1000 && code <= 4999 ? HS_KIND_WEBSOCKET
                                            : 0;
  CHECK(hs_code_kind(code) == kind, "hs_code_kind(%d) = %d", code,
        hs_code_kind(code));
  const hs_group *g = hs_class_info(code), *r = hs_ws_range(code);
  int want = code >= 100 && code <= 599 ? code / 100 : 0;
  CHECK(hs_class(code) == want, "hs_class(%d) = %d", code, hs_class(code));
  CHECK(want ? g && g->low <= code && code <= g->high : g == NULL,
        "class info of %d", code);
  CHECK(!s || s->code == code, "hs_get(%d) gives %d", code, s->code);
  CHECK(!w || w->code == code, "hs_ws_get(%d)", code);
  CHECK(s == NULL || (code >= 100 && code <= 599), "hs_get(%d)", code);
  CHECK((hs_phrase(code) != NULL) == (s != NULL), "hs_phrase(%d)", code);
  CHECK((code >= 0 && code <= 4999) ? r && r->low <= code && code <= r->high
                                    : r == NULL,
        "ws range of %d", code);
}

/* RFC 9110 Section 15: an unrecognized code is read as the x00 code of
 * its class; a registered one (unofficial too) as itself. */
static void check_understood_as(int code) {
  const hs_status *u = hs_understood_as(code);
  int want = 0;
  if (code >= 100 && code <= 599)
    want = listed[code] ? code : code / 100 * 100;
  CHECK(u ? u->code == want && u->kind == HS_KIND_HTTP : want == 0,
        "hs_understood_as(%d) = %d, want %d", code, u ? u->code : 0, want);
}

static void test_every_int(void) {
  int c;
  static const char *const keys[] = {NULL,          "informational",
                                     "success",     "redirection",
                                     "client_error", "server_error"};
  for (c = -1; c <= 5001; c++) check_int(c), check_understood_as(c);
  check_understood_as(INT_MIN);
  check_understood_as(INT_MAX);
  CHECK(hs_understood_as(597) == hs_get(500) && hs_understood_as(499)->code == 499 &&
            hs_understood_as(150) == hs_get(100),
        "597 as 500, 499 (nginx) as itself, 150 as 100");
  check_int(INT_MIN);
  check_int(INT_MIN + 1);
  check_int(INT_MAX);
  check_int(INT_MAX - 1);
  for (c = 1; c <= 5; c++)
    CHECK(strcmp(hs_class_info(c * 100)->key, keys[c]) == 0, "class key %d",
          c);
  CHECK(strcmp(hs_ws_range(999)->key, "unused") == 0, "range 999");
  CHECK(strcmp(hs_ws_range(1000)->key, "protocol") == 0, "range 1000");
  CHECK(strcmp(hs_ws_range(2999)->key, "protocol") == 0, "range 2999");
  CHECK(strcmp(hs_ws_range(3000)->key, "library") == 0, "range 3000");
  CHECK(strcmp(hs_ws_range(4999)->key, "private") == 0, "range 4999");
  /* RFC 6455 7.4: valid on the wire 1000-1003, 1007-1014, 3000-4999. */
  for (c = -1; c <= 5001; c++) {
    int wire = (c >= 1000 && c <= 1003) || (c >= 1007 && c <= 1014) ||
               (c >= 3000 && c <= 4999);
    CHECK(hs_ws_sendable(c) == wire, "hs_ws_sendable(%d)", c);
  }
  CHECK(!hs_ws_sendable(INT_MIN) && !hs_ws_sendable(INT_MAX), "sendable ends");
}

static void test_status_line(void) {
  const char *want = "HTTP/1.1 404 Not Found";
  int len = (int)strlen(want);
  char buf[64];
  size_t size;
  for (size = 0; size <= (size_t)len + 2; size++) {
    memset(buf, 'X', sizeof buf);
    CHECK(hs_status_line(buf, size, 404, NULL) == len, "size %zu", size);
    if (size > 0) {
      size_t kept = size - 1 < (size_t)len ? size - 1 : (size_t)len;
      CHECK(strncmp(buf, want, kept) == 0 && buf[kept] == '\0',
            "truncated line at size %zu: '%s'", size, buf);
    } else {
      CHECK(buf[0] == 'X', "size 0 wrote");
    }
    CHECK(buf[size] == 'X', "wrote past size %zu", size);
  }
  CHECK(hs_status_line(NULL, 0, 404, NULL) == len, "NULL buffer");
  CHECK(hs_status_line(buf, sizeof buf, 200, "HTTP/1.0") == 15 &&
            strcmp(buf, "HTTP/1.0 200 OK") == 0,
        "HTTP/1.0 200 OK: '%s'", buf);
  CHECK(hs_status_line(buf, sizeof buf, 597, NULL) == 13 &&
            strcmp(buf, "HTTP/1.1 597 ") == 0,
        "unregistered code, empty reason: '%s'", buf);
  CHECK(hs_status_line(buf, sizeof buf, 418, NULL) > 0 &&
            strcmp(buf, "HTTP/1.1 418 I'm a Teapot") == 0,
        "418: '%s'", buf);
  strcpy(buf, "untouched");
  /* A bad code and a bad version are told apart; the version is checked
   * first.  Three digits (RFC 9112): 100..999. */
  CHECK(HS_LINE_BAD_CODE < 0 && HS_LINE_BAD_VERSION < 0 &&
            HS_LINE_BAD_CODE != HS_LINE_BAD_VERSION,
        "two distinct negative answers");
  CHECK(hs_status_line(buf, sizeof buf, 99, NULL) == HS_LINE_BAD_CODE, "99");
  CHECK(hs_status_line(buf, sizeof buf, 1000, NULL) == HS_LINE_BAD_CODE,
        "1000");
  CHECK(hs_status_line(buf, sizeof buf, INT_MIN, NULL) == HS_LINE_BAD_CODE,
        "INT_MIN");
  CHECK(hs_status_line(buf, sizeof buf, INT_MAX, "HTTP/2") == HS_LINE_BAD_CODE,
        "INT_MAX");
  CHECK(hs_status_line(buf, sizeof buf, 200, "") == HS_LINE_BAD_VERSION,
        "empty version");
  CHECK(hs_status_line(buf, sizeof buf, 200, "HTTP/1.1\r\n") ==
            HS_LINE_BAD_VERSION,
        "CRLF");
  CHECK(hs_status_line(buf, sizeof buf, 200, "HTTP 1.1") == HS_LINE_BAD_VERSION,
        "space");
  CHECK(hs_status_line(buf, sizeof buf, 200,
                       "HTTP/1.1-and-a-very-long-version-string") ==
            HS_LINE_BAD_VERSION,
        "long version");
  CHECK(hs_status_line(buf, sizeof buf, 99, "HTTP 1.1") == HS_LINE_BAD_VERSION,
        "both bad: the version is named");
  CHECK(hs_status_line(NULL, 0, 999, "H") == 6 && hs_status_line(NULL, 0, 100,
        "HTTP/1.1-and-a-very-long-versio") > 0,
        "999 and a 32-byte version are fine");
  CHECK(strcmp(buf, "untouched") == 0, "failed call wrote: '%s'", buf);
}

static void test_names(void) {
  char v[32];
  snprintf(v, sizeof v, "%d.%d.%d", HS_VERSION_MAJOR, HS_VERSION_MINOR,
           HS_VERSION_PATCH);
  CHECK(strcmp(hs_version(), v) == 0 && strcmp(HS_VERSION, v) == 0, "version");
  CHECK(strcmp(hs_state_name(HS_STATE_UNOFFICIAL), "unofficial") == 0, "st");
  CHECK(hs_state_name((hs_state)42) == NULL, "bad state");
  CHECK(strcmp(hs_kind_name(HS_KIND_WEBSOCKET), "websocket") == 0, "kind");
  CHECK(hs_kind_name((hs_kind)0) == NULL, "bad kind");
  {
    /* The seeds' usual translations (../shared/seeds). */
    static const struct {
      int code;
      const char *zh;
    } seeds[] = {{200, "成功"},           {204, "无内容"},
                 {206, "部分内容"},       {301, "永久移动"},
                 {302, "临时移动"},       {304, "未修改"},
                 {400, "错误请求"},       {401, "未授权"},
                 {403, "禁止"},           {404, "未找到"},
                 {405, "方法禁用"},       {408, "请求超时"},
                 {413, "请求实体过大"},   {429, "请求过多"},
                 {500, "服务器内部错误"}, {501, "尚未实施"},
                 {502, "错误网关"},       {503, "服务不可用"},
                 {504, "网关超时"},       {505, "HTTP 版本不受支持"}};
    size_t k;
    for (k = 0; k < sizeof seeds / sizeof seeds[0]; k++)
      CHECK(strcmp(hs_get(seeds[k].code)->phrase_zh, seeds[k].zh) == 0,
            "%d zh '%s', seeds say '%s'", seeds[k].code,
            hs_get(seeds[k].code)->phrase_zh, seeds[k].zh);
  }
}

/* The JSON/Lua keys: the list, in order, each with its type. */
static void test_fields(void) {
  static const char *const keys[] = {
      "code",      "kind",        "name",      "aliases",   "phrase",
      "phrase_zh", "description", "description_zh", "class", "state",
      "source",    "reference",   "cacheable", "empty",     "redirect",
      "retryable", "sendable"};
  const size_t nkeys = sizeof keys / sizeof keys[0];
  const hs_status *s;
  hs_field f, untouched = {"x", HS_FIELD_INT, 7, NULL};
  size_t i, k;
  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    for (k = 0; hs_field_at(s, k, &f); k++) {
      CHECK(k < nkeys && strcmp(f.key, keys[k]) == 0, "%d field %zu", s->code,
            k);
      if (strcmp(f.key, "sendable") == 0)
        CHECK(s->kind == HS_KIND_HTTP ? f.type == HS_FIELD_NULL
                                      : f.type == HS_FIELD_BOOL,
              "%d sendable type", s->code);
      if (strcmp(f.key, "code") == 0)
        CHECK(f.type == HS_FIELD_INT && f.number == s->code, "code field");
      if (strcmp(f.key, "source") == 0)
        CHECK((f.type == HS_FIELD_NULL) == (s->source == NULL), "source");
    }
    CHECK(k == nkeys, "%d has %zu fields", s->code, k);
    f = untouched;
    CHECK(!hs_field_at(s, nkeys, &f) && f.number == 7, "past the last field");
  }
}

/* RFC 9457 problem details: the members in order, "about:blank" with the
 * status phrase as title, JSON escaping, snprintf's contract. */
static void test_problem_json(void) {
  static const struct {
    int code;
    const char *detail, *instance, *want;
  } cases[] = {
      {404, NULL, NULL,
       "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"},
      {404, "no such user", "/users/7",
       "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
       "\"detail\":\"no such user\",\"instance\":\"/users/7\"}"},
      {418, "", NULL,
       "{\"type\":\"about:blank\",\"title\":\"I'm a Teapot\",\"status\":418,"
       "\"detail\":\"\"}"},
      /* unregistered: no title rather than another code's phrase */
      {597, NULL, "x",
       "{\"type\":\"about:blank\",\"status\":597,\"instance\":\"x\"}"},
      {100, "\"q\" \\ \n\t\x01\x1f\x7f", NULL,
       "{\"type\":\"about:blank\",\"title\":\"Continue\",\"status\":100,"
       "\"detail\":\"\\\"q\\\" \\\\ \\u000a\\u0009\\u0001\\u001f\\u007f\"}"},
      /* UTF-8 kept; a byte that is not UTF-8 becomes U+FFFD */
      {500, "未找到 \xff \xc3\x28 \xed\xa0\x80", NULL,
       "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
       "\"status\":500,\"detail\":\"未找到 \xef\xbf\xbd \xef\xbf\xbd( "
       "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"}"},
  };
  char buf[512], small[64];
  size_t i, size;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int n = hs_problem_json(buf, sizeof buf, cases[i].code, cases[i].detail,
                            cases[i].instance);
    CHECK(n == (int)strlen(cases[i].want) && strcmp(buf, cases[i].want) == 0,
          "problem %d: %d '%s'", cases[i].code, n, buf);
    CHECK(hs_problem_json(NULL, 0, cases[i].code, cases[i].detail,
                          cases[i].instance) == n,
          "problem %d measured", cases[i].code);
  }
  CHECK(hs_problem_json_n(buf, sizeof buf, 400, "a\0b", 3, "\0", 1) > 0 &&
            strcmp(buf, "{\"type\":\"about:blank\",\"title\":\"Bad Request\","
                        "\"status\":400,\"detail\":\"a\\u0000b\","
                        "\"instance\":\"\\u0000\"}") == 0,
        "NUL inside: '%s'", buf);
  /* every size: cut like snprintf, terminated, nothing past size */
  {
    const char *want = cases[1].want;
    int len = (int)strlen(want);
    for (size = 0; size <= (size_t)len + 2 && size < sizeof small - 1; size++) {
      memset(small, 'X', sizeof small);
      CHECK(hs_problem_json(small, size, 404, "no such user", "/users/7") == len,
            "size %zu", size);
      if (size > 0) {
        size_t kept = size - 1 < (size_t)len ? size - 1 : (size_t)len;
        CHECK(strncmp(small, want, kept) == 0 && small[kept] == '\0',
              "cut at size %zu: '%s'", size, small);
      } else {
        CHECK(small[0] == 'X', "size 0 wrote");
      }
      CHECK(small[size] == 'X', "wrote past size %zu", size);
    }
  }
  strcpy(buf, "untouched");
  CHECK(hs_problem_json(buf, sizeof buf, 99, NULL, NULL) == HS_PROBLEM_BAD_CODE &&
            hs_problem_json(buf, sizeof buf, 600, "x", NULL) ==
                HS_PROBLEM_BAD_CODE &&
            hs_problem_json(buf, sizeof buf, 1000, NULL, NULL) ==
                HS_PROBLEM_BAD_CODE &&
            hs_problem_json(buf, sizeof buf, INT_MIN, NULL, NULL) ==
                HS_PROBLEM_BAD_CODE &&
            hs_problem_json(buf, sizeof buf, INT_MAX, NULL, NULL) ==
                HS_PROBLEM_BAD_CODE,
        "codes outside 100..599");
  CHECK(strcmp(buf, "untouched") == 0, "a refused problem wrote '%s'", buf);
  for (i = 100; i <= 599; i++) {
    const char *t = hs_problem_title((int)i);
    CHECK(listed[i] ? t && strcmp(t, hs_get((int)i)->phrase) == 0 : t == NULL,
          "title of %zu", i);
  }
  CHECK(!hs_problem_title(99) && !hs_problem_title(600) &&
            !hs_problem_title(1000) && !hs_problem_title(INT_MIN),
        "no title outside 100..599");
  {
    /* a detail of 1 MB: measured and written whole */
    size_t big = 1u << 20;
    char *d = (char *)malloc(big + 1), *out = (char *)malloc(big + 200);
    int n;
    if (!d || !out) exit(2);
    memset(d, 'a', big);
    d[big] = '\0';
    n = hs_problem_json(out, big + 200, 404, d, NULL);
    CHECK(n > (int)big && (size_t)n == strlen(out), "1 MB detail: %d", n);
    free(d);
    free(out);
  }
}

/* Every status line nginx writes (tests/data/nginx-status-lines.tsv) is
 * found by its phrase, as "CODE PHRASE" and as a whole line. */
static void nginx_row(char **f, int n) {
  int code = atoi(f[0]);
  char line[256];
  const hs_status *s;
  if (n < 2) return;
  s = hs_lookup(f[1], strlen(f[1]));
  CHECK(s && s->code == code, "nginx phrase '%s' gives %d, want %d", f[1],
        s ? s->code : 0, code);
  snprintf(line, sizeof line, "%d %s", code, f[1]);
  s = hs_lookup(line, strlen(line));
  CHECK(s && s->code == code, "'%s' gives %d", line, s ? s->code : 0);
  snprintf(line, sizeof line, "HTTP/1.1 %d %s", code, f[1]);
  s = hs_lookup(line, strlen(line));
  CHECK(s && s->code == code, "'%s' gives %d", line, s ? s->code : 0);
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "tests/data";
  CHECK_CASE("every IANA HTTP code: phrase, reference, state");
  each_row(dir, "iana-http-status.tsv", iana_row);
  CHECK_CASE("every unofficial code: phrase, state, source");
  each_row(dir, "unofficial-http-status.tsv", unofficial_row);
  CHECK_CASE("every WebSocket close code: phrase, reference, sendable");
  each_row(dir, "iana-websocket-close.tsv", ws_row);
  CHECK_CASE("the RFC 9110 flag sets (tests/data/rfc-flags.tsv)");
  each_row(dir, "rfc-flags.tsv", flag_row);
  CHECK_CASE("every nginx status line found by phrase, CODE PHRASE, line");
  each_row(dir, "nginx-status-lines.tsv", nginx_row);
  CHECK_CASE("every entry: fields, order, found by its names");
  test_every_entry();
  CHECK_CASE("the IANA table whole: a row for each code its header assigns");
  test_counts(dir);
  CHECK_CASE("text lookups: names, old names, phrases, ngx names, misses");
  test_lookup();
  CHECK_CASE("old names as aliases and enum constants");
  test_aliases();
  CHECK_CASE("every int: class, WebSocket range, sendable, no crash");
  test_every_int();
  CHECK_CASE("status lines: truncation, versions, refusals");
  test_status_line();
  CHECK_CASE("version, state and kind names, zh phrases from the seeds");
  test_names();
  CHECK_CASE("each entry's fields: keys, order, types");
  test_fields();
  CHECK_CASE("problem details (RFC 9457): members, escaping, sizes");
  test_problem_json();
  return check_report();
}
