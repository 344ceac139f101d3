/*
 * hs_cli.c - the httpstatus command: what a person (or a script, with
 * --json) wants to know about a code.  Compiled into the C program and into
 * the Python extension, so that `httpstatus` and `python -m httpstatus` are
 * one program with one output.  The manual is cli/httpstatus.1.
 */
#include "hs_cli.h"
#include "hs_text.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char hs_usage[] =
    "usage: httpstatus [OPTION]... QUERY...\n"
    "       httpstatus [OPTION]... search WORD...\n"
    "       httpstatus [OPTION]... --list [1xx|2xx|3xx|4xx|5xx|ws]\n"
    "       httpstatus --problem CODE [--detail TEXT] [--instance URI]\n"
    "Try 'httpstatus --help' for more.\n";

static const char hs_help[] =
    "usage: httpstatus [OPTION]... QUERY...\n"
    "       httpstatus [OPTION]... search WORD...\n"
    "       httpstatus [OPTION]... --list [1xx|2xx|3xx|4xx|5xx|ws]\n"
    "       httpstatus --problem CODE [--detail TEXT] [--instance URI]\n"
    "Look up HTTP status codes and WebSocket close codes.\n"
    "\n"
    "A QUERY is one of:\n"
    "  CODE    an HTTP status code (" HS__XSTR(HS_HTTP_MIN) "-" HS__XSTR(
        HS_HTTP_MAX) ") or a WebSocket close code\n"
    "          (" HS__XSTR(HS_WS_MIN) "-" HS__XSTR(HS_WS_MAX) "): httpstatus 404\n"
    "  NXX     a class, listed: httpstatus 4xx\n"
    "  NAME    a name, old name or phrase, case and separators ignored;\n"
    "          words that are not codes make one phrase:\n"
    "          httpstatus not found, httpstatus NOT_FOUND, httpstatus 未找到;\n"
    "          also 404 Not Found, HTTP/1.1 404 Not Found, HTTP_404_NOT_FOUND\n"
    "A name that matches nothing is answered with the closest entries.\n"
    "What is echoed back is cut at 64 bytes, control characters as \\xNN.\n"
    "'search WORD...' lists what the words may mean, best first: exact\n"
    "names and phrases, those that start with them, then entries holding\n"
    "every word or a typo of it (not fond: 404), then descriptions.\n"
    "\n"
    "Options (anywhere on the line; '--' ends them):\n"
    "  --json           JSON: an object per entry, an array per list; with\n"
    "                   no QUERY, every entry\n"
    "  --lang en|zh     English (default) or Chinese text\n"
    "  -l, --list [F]   every entry, or those of class F (1xx-5xx, ws)\n"
    "  --problem CODE   RFC 9457 problem details (application/problem+json)\n"
    "                   of an HTTP status, with --detail TEXT and\n"
    "                   --instance URI when given\n"
    "  -h, --help       this text\n"
    "  --version        the version\n"
    "\n"
    "Exit status: 0 every query found, 1 some query not registered,\n"
    "2 usage error, 3 the output could not be written (a full disk, a\n"
    "closed pipe or stdout).\n";

typedef struct hs_opts {
  int zh;   /* --lang zh */
  int json; /* --json */
} hs_opts;

/* Labels of the human-readable view, [0] English and [1] Chinese. */
enum hs_label {
  HS_L_NAME, HS_L_CLASS, HS_L_RANGE, HS_L_DESC, HS_L_FLAGS,
  HS_L_REF, HS_L_STATE, HS_L_SOURCE, HS_L_ALIASES
};
static const char *const hs_labels[][2] = {
    [HS_L_NAME] = {"name", "名称"},
    [HS_L_CLASS] = {"class", "类别"},
    [HS_L_RANGE] = {"range", "范围"},
    [HS_L_DESC] = {"description", "说明"},
    [HS_L_FLAGS] = {"flags", "特性"},
    [HS_L_REF] = {"reference", "参考"},
    [HS_L_STATE] = {"state", "状态"},
    [HS_L_SOURCE] = {"source", "来源"},
    [HS_L_ALIASES] = {"old names", "旧名称"},
};

/* How the command words each flag of HS_FLAG_MAP, in English and
 * Chinese: XX(NAME, English, Chinese).  Its own words, so they are here
 * and not in the public header; a flag renamed there fails to compile
 * here (HS_F_##NAME), and one added there without words fails the size
 * check below. */
#define HS_CLI_FLAG_WORDS(XX)                                                  \
  XX(CACHEABLE, "cacheable by default", "默认可缓存")                          \
  XX(EMPTY, "never has content", "无响应内容")                                 \
  XX(REDIRECT, "redirect", "重定向")                                           \
  XX(RETRYABLE, "retryable", "可重试")                                         \
  XX(SENDABLE, "may be sent in a Close frame", "可在关闭帧中发送")

static const struct {
  unsigned flag;
  const char *text[2];
} hs_flag_labels[] = {
#define HS_CLI_FLAG(NAME, en, zh) {HS_F_##NAME, {en, zh}},
    HS_CLI_FLAG_WORDS(HS_CLI_FLAG)
#undef HS_CLI_FLAG
};

#define HS_CLI_ONE(NAME, bit, key, kind) +1
/* Fails to compile (an array of size -1) unless every flag has words. */
typedef char hs_cli_every_flag_has_words
    [sizeof hs_flag_labels / sizeof hs_flag_labels[0] ==
             (0 HS_FLAG_MAP(HS_CLI_ONE))
         ? 1
         : -1];
#undef HS_CLI_ONE

static const char *const hs_state_text[][2] = {
#define HS_CLI_STATE(NAME, en, zh) [HS_STATE_##NAME] = {en, zh},
    HS_STATE_MAP(HS_CLI_STATE)
#undef HS_CLI_STATE
};

static const char *hs_pick(const hs_opts *o, const char *en, const char *zh) {
  return o->zh ? zh : en;
}

/* ---- echoing what the user typed ------------------------------------------ */

/* Longest stretch of a query echoed back in a message. */
#define HS_ECHO_MAX 64

/* Writes text in quotes with control characters (C0, DEL, C1) and bytes
 * that are not UTF-8 as \xNN, so that no query can drive the terminal;
 * at most HS_ECHO_MAX bytes of it, then "...". */
static void hs_echo(FILE *out, const char *text) {
  const unsigned char *p = (const unsigned char *)text;
  size_t n = strlen(text), at = 0, len;
  putc('\'', out);
  while (at < n && at < HS_ECHO_MAX) {
    len = hs_utf8_len(p + at, n - at);
    if (len == 0 || p[at] < 0x20 || p[at] == 0x7F ||
        (p[at] == 0xC2 && p[at + 1] < 0xA0)) {
      if (len == 0) len = 1;
      for (; len; len--, at++) fprintf(out, "\\x%02X", p[at]);
    } else if (p[at] == '\\' || p[at] == '\'') {
      fprintf(out, "\\%c", p[at++]);
    } else {
      fwrite(p + at, 1, len, out);
      at += len;
    }
  }
  fputs(at < n ? "'..." : "'", out);
}

/* ---- JSON --------------------------------------------------------------- */

/* One entry as a JSON object: the core's writer (hs_json). */
static void hs_json_entry(FILE *out, const hs_status *s) {
  char small[4096], *buf = small;
  int n = hs_json(small, sizeof small, s);
  if (n >= (int)sizeof small) { /* no entry comes near it */
    if (!(buf = (char *)malloc((size_t)n + 1))) return;
    hs_json(buf, (size_t)n + 1, s);
  }
  if (n > 0) fwrite(buf, 1, (size_t)n, out);
  if (buf != small) free(buf);
}

/* ---- human-readable ----------------------------------------------------- */

/* Columns on a terminal: a CJK character (3 bytes in UTF-8) takes two. */
static int hs_columns(const char *s) {
  int w = 0;
  for (; *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80)
      w += (unsigned char)*s >= 0xE0 ? 2 : 1;
  return w;
}

static void hs_line(const hs_opts *o, enum hs_label label, const char *value) {
  const char *l = hs_labels[label][o->zh];
  if (value && *value) printf("  %s%*s %s\n", l, 12 - hs_columns(l), "", value);
}

/* Appends "sep text" to buf (size bytes, *n used, NUL-terminated),
 * cutting what won't fit; byte by byte, so no compiler has a truncation to
 * warn of. */
static void hs_append(char *buf, size_t size, size_t *n, const char *text) {
  const char *parts[2];
  size_t k;
  parts[0] = *n ? ", " : "";
  parts[1] = text;
  for (k = 0; k < 2; k++)
    for (; *parts[k] && *n + 1 < size; parts[k]++) buf[(*n)++] = *parts[k];
  buf[*n] = '\0';
}

static void hs_show(const hs_opts *o, const hs_status *s) {
  const hs_group *g = s->kind == HS_KIND_HTTP ? hs_class_info(s->code)
                                              : hs_ws_range(s->code);
  const char *alias;
  char buf[256];
  size_t i, n = 0;

  printf("%d %s (%s)\n", s->code, hs_pick(o, s->phrase, s->phrase_zh),
         hs_pick(o, s->phrase_zh, s->phrase));
  hs_line(o, HS_L_NAME, s->name);
  if (s->kind == HS_KIND_HTTP)
    snprintf(buf, sizeof buf, "%dxx %s", s->code / 100,
             hs_pick(o, g->name, g->name_zh));
  else
    snprintf(buf, sizeof buf, "%d-%d %s", g->low, g->high,
             hs_pick(o, g->name, g->name_zh));
  hs_line(o, s->kind == HS_KIND_HTTP ? HS_L_CLASS : HS_L_RANGE, buf);
  hs_line(o, HS_L_DESC, hs_pick(o, s->description, s->description_zh));
  buf[0] = '\0';
  for (i = 0; i < sizeof hs_flag_labels / sizeof hs_flag_labels[0]; i++)
    if (s->flags & hs_flag_labels[i].flag)
      hs_append(buf, sizeof buf, &n, hs_flag_labels[i].text[o->zh]);
  hs_line(o, HS_L_FLAGS, buf);
  hs_line(o, HS_L_REF, s->reference);
  hs_line(o, HS_L_STATE, hs_state_text[s->state][o->zh]);
  hs_line(o, HS_L_SOURCE, s->source);
  buf[0] = '\0';
  for (i = 0, n = 0; (alias = hs_alias(s, i)) != NULL; i++)
    hs_append(buf, sizeof buf, &n, alias);
  hs_line(o, HS_L_ALIASES, buf);
}

static void hs_brief(FILE *out, const hs_opts *o, const hs_status *s) {
  fprintf(out, "%d %s", s->code, hs_pick(o, s->phrase, s->phrase_zh));
  if (s->state == HS_STATE_UNOFFICIAL)
    fprintf(out, o->zh ? "  [非官方: %s]" : "  [unofficial: %s]", s->source);
  putc('\n', out);
}

/* ---- lists and search --------------------------------------------------- */

typedef int (*hs_filter)(const hs_status *s, const void *arg);

/* Prints the entries keep() accepts: a JSON array, or one line each. */
static int hs_print_list(const hs_opts *o, hs_filter keep, const void *arg) {
  size_t i, found = 0;
  const hs_status *s;
  if (o->json) putchar('[');
  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    if (!keep(s, arg)) continue;
    if (o->json) {
      fputs(found ? ",\n " : "", stdout);
      hs_json_entry(stdout, s);
    } else {
      hs_brief(stdout, o, s);
    }
    found++;
  }
  if (o->json) puts("]");
  return found ? HS_EXIT_FOUND : HS_EXIT_MISSING;
}

static int hs_keep_all(const hs_status *s, const void *arg) {
  (void)s, (void)arg;
  return 1;
}

static int hs_keep_class(const hs_status *s, const void *arg) {
  int want = *(const int *)arg; /* 1..5, or 0 for WebSocket */
  if (want == 0) return s->kind == HS_KIND_WEBSOCKET;
  return s->kind == HS_KIND_HTTP && hs_class(s->code) == want;
}

/* "4xx" -> 4, "ws" -> 0 (when ws is allowed), else -1. */
static int hs_parse_class(const char *text, int ws) {
  if (ws && strcmp(text, "ws") == 0) return 0;
  if (text[0] >= '1' && text[0] <= '5' && (text[1] == 'x' || text[1] == 'X') &&
      (text[2] == 'x' || text[2] == 'X') && !text[3])
    return text[0] - '0';
  return -1;
}

/* Prints found[0..n): a JSON array, or one line each. */
static int hs_print_found(const hs_opts *o, const hs_match *found, size_t n) {
  size_t i;
  if (o->json) putchar('[');
  for (i = 0; i < n; i++) {
    if (o->json) {
      fputs(i ? ",\n " : "", stdout);
      hs_json_entry(stdout, found[i].status);
    } else {
      hs_brief(stdout, o, found[i].status);
    }
  }
  if (o->json) puts("]");
  return n ? HS_EXIT_FOUND : HS_EXIT_MISSING;
}

/* Room for every entry a search can give. */
#define HS_FOUND_MAX 256

/* search WORD...: the entries the core's search ranks for the words
 * joined by spaces, best first; words longer than a lookup find nothing. */
static int hs_search_words(const hs_opts *o, char **words) {
  char text[HS_LOOKUP_MAX + 1];
  hs_match found[HS_FOUND_MAX];
  size_t len = 0, w, n = 0;
  for (; *words; words++) {
    w = strlen(*words);
    if (len + (len > 0) + w > HS_LOOKUP_MAX) return hs_print_found(o, NULL, 0);
    if (len) text[len++] = ' ';
    memcpy(text + len, *words, w);
    len += w;
  }
  n = hs_search(text, len, found, HS_FOUND_MAX);
  return hs_print_found(o, found, n);
}

/* ---- one query ---------------------------------------------------------- */

/* Longest phrase a query is read as: the core's lookup bound, past which
 * nothing matches (so a longer query is only echoed, cut). */
#define HS_QUERY_MAX HS_LOOKUP_MAX
#define HS_SUGGEST 5

static unsigned char hs_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Whether text starts with word (ASCII, any case) and then a separator or
 * the end. */
static int hs_starts_word(const char *text, const char *word) {
  for (; *word; text++, word++)
    if (hs_lower((unsigned char)*text) != (unsigned char)*word) return 0;
  return !*text || hs_is_separator((unsigned char)*text) || *text == '/';
}

/* On stderr, what a query that matched nothing may have meant, as the
 * core's search ranks it: the entry of the code it starts with, if any,
 * then the matches of the best band after it, and no weaker ones (a word as
 * common as "not" would otherwise bring in half the registry). */
static void hs_suggest(const hs_opts *o, const char *text, size_t len) {
  hs_match found[HS_SUGGEST];
  size_t n = hs_search(text, len, found, HS_SUGGEST), i;
  int band = 0, b;
  for (i = 0; i < n; i++) {
    b = found[i].score - found[i].score % 100;
    if (b != HS_SCORE_EXACT && band && b < band) break;
    if (b != HS_SCORE_EXACT && !band) band = b;
    fputs(i ? "  " : "httpstatus: did you mean:\n  ", stderr);
    hs_brief(stderr, o, found[i].status);
  }
}

static int hs_answer(const hs_opts *o, const hs_status *s) {
  if (o->json) {
    hs_json_entry(stdout, s);
    putchar('\n');
  } else {
    hs_show(o, s);
  }
  return HS_EXIT_FOUND;
}

/* A decimal code, maybe negative: 1 and *code, 0 when text is no number,
 * -1 when it is one no int holds. */
static int hs_parse_code(const char *text, int *code) {
  const char *p = text + (text[0] == '-');
  long v;
  if (!*p) return 0;
  for (; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  errno = 0;
  v = strtol(text, NULL, 10);
  if (errno == ERANGE || v > INT_MAX || v < INT_MIN) return -1;
  *code = (int)v;
  return 1;
}

static int hs_query_code(const hs_opts *o, const char *arg) {
  int code = 0, parsed = hs_parse_code(arg, &code);
  const hs_status *s = NULL, *u;
  const hs_group *g;
  if (parsed == 1)
    s = hs_code_kind(code) == HS_KIND_WEBSOCKET ? hs_ws_get(code) : hs_get(code);
  if (s) return hs_answer(o, s);
  fputs("httpstatus: ", stderr);
  if (parsed == 1 && (u = hs_understood_as(code)) != NULL) {
    fprintf(stderr, "%d is not registered; a client treats it as %d %s\n",
            code, u->code, hs_pick(o, u->phrase, u->phrase_zh));
  } else if (parsed == 1 && hs_code_kind(code) == HS_KIND_WEBSOCKET &&
             (g = hs_ws_range(code)) != NULL) {
    /* a close code of a known range, 4001 say: what that range is for */
    fprintf(stderr, "%d is not a registered close code; it is in the "
                    "WebSocket %s range (%d-%d)%s\n",
            code, hs_pick(o, g->name, g->name_zh), g->low, g->high,
            hs_ws_sendable(code) ? ", which a Close frame may carry" : "");
  } else {
    hs_echo(stderr, arg);
    fprintf(stderr, " is not a registered code (HTTP %d-%d, WebSocket %d-%d)\n",
            HS_HTTP_MIN, HS_HTTP_MAX, HS_WS_MIN, HS_WS_MAX);
  }
  return HS_EXIT_MISSING;
}

/* text[0..len), cut when the query went on (it then names nothing). */
static int hs_query_text(const hs_opts *o, const char *text, size_t len,
                         int cut) {
  const hs_status *s = cut ? NULL : hs_lookup(text, len);
  if (!s && !cut) s = hs_ws_lookup(text, len);
  if (s) return hs_answer(o, s);
  fputs("httpstatus: ", stderr);
  hs_echo(stderr, text);
  fputs(" is not a registered name or phrase\n", stderr);
  hs_suggest(o, text, len);
  return HS_EXIT_MISSING;
}

/* ---- the command line --------------------------------------------------- */

static int hs_usage_error(const char *what, const char *arg) {
  fprintf(stderr, "httpstatus: %s", what);
  if (arg) {
    putc(' ', stderr);
    hs_echo(stderr, arg);
  }
  fputs("\n", stderr);
  fputs(hs_usage, stderr);
  return HS_EXIT_USAGE;
}

static int hs_is_number(const char *a) {
  return a[0] == '-' && a[1] >= '0' && a[1] <= '9';
}

/* A word of a phrase: neither a class nor a code. */
static int hs_is_word(const char *a) {
  int code;
  return hs_parse_class(a, 0) < 0 && hs_parse_code(a, &code) == 0;
}

/* Whether a is an HTTP version ("HTTP/1.1"), which a code may follow
 * inside one query: a status line typed unquoted. */
static int hs_is_version(const char *a) {
  return hs_starts_word(a, "http") && a[4] == '/';
}

/* The queries in order: classes and lone codes one by one; a code
 * followed by words ("404 Not Found"), and words with what follows them up
 * to the next class or code (an HTTP version takes its code along:
 * "HTTP/1.1 404 Not Found"), joined by spaces into one query each. */
static int hs_queries(const hs_opts *o, char **args, int n) {
  char text[HS_QUERY_MAX + 1];
  int i = 0, rc = HS_EXIT_FOUND, shown = 0, r, want, code;
  while (i < n) {
    if (shown++ && !o->json) putchar('\n'); /* a blank line between */
    if ((want = hs_parse_class(args[i], 0)) >= 0) {
      r = hs_print_list(o, hs_keep_class, &want);
      i++;
    } else if (hs_parse_code(args[i], &code) != 0 &&
               (i + 1 == n || !hs_is_word(args[i + 1]))) {
      r = hs_query_code(o, args[i++]);
    } else {
      size_t len = 0, w;
      int cut = 0, first = i;
      for (; i < n && (i == first || hs_is_word(args[i]) ||
                       (hs_is_version(args[i - 1]) &&
                        hs_parse_code(args[i], &code) != 0));
           i++) {
        if (len && len < HS_QUERY_MAX) text[len++] = ' ';
        w = strlen(args[i]);
        if (w > HS_QUERY_MAX - len) w = HS_QUERY_MAX - len, cut = 1;
        memcpy(text + len, args[i], w);
        len += w;
      }
      text[len] = '\0';
      r = hs_query_text(o, text, len, cut);
    }
    if (r != HS_EXIT_FOUND) rc = HS_EXIT_MISSING;
  }
  return rc;
}

/* What an argument is: an operand, or one of the options. */
enum hs_opt { HS_OPERAND, HS_O_JSON, HS_O_LIST, HS_O_LANG, HS_O_HELP,
              HS_O_VERSION, HS_O_END, HS_O_PROBLEM, HS_O_DETAIL,
              HS_O_INSTANCE, HS_O_UNKNOWN };

/* Whether a is --name or --name=VALUE. */
static int hs_is_opt(const char *a, const char *name) {
  size_t n = strlen(name);
  return strncmp(a, name, n) == 0 && (a[n] == '\0' || a[n] == '=');
}

/* --problem CODE: the RFC 9457 problem details of an HTTP status as JSON,
 * with --detail and --instance when given (hs_problem_json). */
static int hs_problem(char **args, int n, const char *detail,
                      const char *instance) {
  int code = 0, len;
  char *buf;
  if (n != 1 || hs_parse_code(args[0], &code) == 0)
    return hs_usage_error("--problem takes one HTTP status code, not",
                          n ? args[n > 1] : "");
  len = hs_problem_json(NULL, 0, code, detail, instance);
  if (len < 0) {
    fputs("httpstatus: ", stderr);
    hs_echo(stderr, args[0]);
    fprintf(stderr, " is not an HTTP status code (%d-%d)\n", HS_HTTP_MIN,
            HS_HTTP_MAX);
    return HS_EXIT_MISSING;
  }
  if (!(buf = (char *)malloc((size_t)len + 1))) {
    fputs("httpstatus: out of memory\n", stderr);
    return HS_EXIT_USAGE;
  }
  hs_problem_json(buf, (size_t)len + 1, code, detail, instance);
  puts(buf);
  free(buf);
  return HS_EXIT_FOUND;
}

static enum hs_opt hs_option(const char *a) {
  if (a[0] != '-' || !a[1] || hs_is_number(a)) return HS_OPERAND;
  if (strcmp(a, "--") == 0) return HS_O_END;
  if (strcmp(a, "--json") == 0) return HS_O_JSON;
  if (strcmp(a, "--list") == 0 || strcmp(a, "-l") == 0) return HS_O_LIST;
  if (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0)
    return HS_O_LANG;
  if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) return HS_O_HELP;
  if (strcmp(a, "--version") == 0) return HS_O_VERSION;
  if (strcmp(a, "--problem") == 0) return HS_O_PROBLEM;
  if (hs_is_opt(a, "--detail")) return HS_O_DETAIL;
  if (hs_is_opt(a, "--instance")) return HS_O_INSTANCE;
  return HS_O_UNKNOWN;
}

static int hs_cli_run(int argc, char **argv) {
  hs_opts o = {0, 0};
  int i, list = 0, n = 0, ended = 0, rc, problem = 0;
  const char *detail = NULL, *instance = NULL;
  char **args;

  if (argc < 1 || !argv) { /* not even a program name */
    fputs(hs_usage, stderr);
    return HS_EXIT_USAGE;
  }
  /* Options anywhere, as GNU getopt permutes them; operands keep order. */
  if (!(args = (char **)calloc((size_t)argc + 1, sizeof *args))) {
    fputs("httpstatus: out of memory\n", stderr);
    return HS_EXIT_USAGE;
  }
  for (i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    switch (ended ? HS_OPERAND : hs_option(a)) {
    case HS_OPERAND: args[n++] = argv[i]; break;
    case HS_O_END: ended = 1; break;
    case HS_O_JSON: o.json = 1; break;
    case HS_O_LIST: list = 1; break;
    case HS_O_LANG:
      v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
      if (v && (strcmp(v, "zh") == 0 || strcmp(v, "en") == 0)) {
        o.zh = v[0] == 'z';
        break;
      }
      free(args);
      return v ? hs_usage_error("--lang takes en or zh, not", v)
               : hs_usage_error("--lang needs a value: en or zh", NULL);
    case HS_O_HELP:
      free(args);
      fputs(hs_help, stdout);
      return HS_EXIT_FOUND;
    case HS_O_VERSION:
      free(args);
      printf("httpstatus %s\n", hs_version());
      return HS_EXIT_FOUND;
    case HS_O_PROBLEM: problem = 1; break;
    case HS_O_DETAIL:
    case HS_O_INSTANCE:
      v = strchr(a, '=') ? strchr(a, '=') + 1 : (i + 1 < argc ? argv[++i] : NULL);
      if (!v) {
        free(args);
        return hs_usage_error("an option needs a value:", a);
      }
      *(a[2] == 'd' ? &detail : &instance) = v;
      break;
    case HS_O_UNKNOWN:
      free(args);
      return hs_usage_error("unknown option", a);
    }
  }
  if (problem || detail || instance) {
    rc = !problem ? hs_usage_error("--detail and --instance go with --problem",
                                   NULL)
         : list   ? hs_usage_error("--problem and --list do not mix", NULL)
                  : hs_problem(args, n, detail, instance);
    free(args);
    return rc;
  }

  if (list && n > 1) {
    rc = hs_usage_error("--list takes one filter, got also", args[1]);
  } else if (list) {
    int want = n ? hs_parse_class(args[0], 1) : 0;
    if (want < 0)
      rc = hs_usage_error("--list takes 1xx, 2xx, 3xx, 4xx, 5xx or ws, not",
                          args[0]);
    else
      rc = n ? hs_print_list(&o, hs_keep_class, &want)
             : hs_print_list(&o, hs_keep_all, NULL);
  } else if (n == 0) {
    rc = o.json ? hs_print_list(&o, hs_keep_all, NULL)
                : hs_usage_error("no query", NULL);
  } else if (strcmp(args[0], "search") == 0) {
    rc = n == 1 ? hs_usage_error("search needs at least one word", NULL)
                : hs_search_words(&o, args + 1);
  } else {
    rc = hs_queries(&o, args, n);
  }
  free(args);
  return rc;
}

int hs_cli_main(int argc, char **argv) {
  int rc = hs_cli_run(argc, argv);
  /* Output that did not arrive is a failure, as in any Unix tool. */
  if (fflush(stdout) != 0 || ferror(stdout)) {
    int err = errno;
    fprintf(stderr, "httpstatus: write error: %s\n",
            err ? strerror(err) : "output failed");
    clearerr(stdout);
    return HS_EXIT_WRITE;
  }
  return rc;
}
