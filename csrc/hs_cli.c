/*
 * hs_cli.c - the httpstatus command: what a person (or a script, with
 * --json) wants to know about a code.  It lives in the library so that the
 * C program and `python -m httpstatus` are one program with one output.
 */
#include "hs_cli.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char hs_usage[] =
    "usage: httpstatus [--lang en|zh] [--json] CODE|NAME...\n"
    "       httpstatus [--lang en|zh] [--json] search WORD...\n"
    "       httpstatus [--lang en|zh] [--json] --list [1xx|2xx|3xx|4xx|5xx|ws]\n"
    "       httpstatus --json            every entry as a JSON array\n"
    "       httpstatus --version | --help\n"
    "\n"
    "CODE is an HTTP status code (100-599) or a WebSocket close code\n"
    "(1000-4999); NAME is a name or phrase such as NOT_FOUND or \"not found\".\n"
    "Exit status: 0 found, 1 not registered, 2 usage error, 3 the output\n"
    "could not be written (a full disk, a closed pipe or stdout).\n";

enum {
  HS_EXIT_FOUND = 0,
  HS_EXIT_MISSING = 1,
  HS_EXIT_USAGE = 2,
  HS_EXIT_WRITE = 3
};

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

static const struct {
  unsigned flag;
  const char *text[2];
} hs_flag_labels[] = {
    {HS_F_CACHEABLE, {"cacheable by default", "默认可缓存"}},
    {HS_F_EMPTY, {"never has content", "无响应内容"}},
    {HS_F_REDIRECT, {"redirect", "重定向"}},
    {HS_F_RETRYABLE, {"retryable", "可重试"}},
    {HS_F_SENDABLE, {"may be sent in a Close frame", "可在关闭帧中发送"}},
};

static const char *const hs_state_zh[] = {
    [HS_STATE_PERMANENT] = "永久",  [HS_STATE_TEMPORARY] = "临时",
    [HS_STATE_UNUSED] = "未使用",   [HS_STATE_OBSOLETED] = "已废弃",
    [HS_STATE_UNOFFICIAL] = "非官方"};

static const char *hs_pick(const hs_opts *o, const char *en, const char *zh) {
  return o->zh ? zh : en;
}

/* ---- JSON --------------------------------------------------------------- */

static void hs_json_string(FILE *out, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  if (!s) {
    fputs("null", out);
    return;
  }
  putc('"', out);
  for (; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(out, "\\%c", *p);
    else if (*p < 0x20)
      fprintf(out, "\\u%04x", *p);
    else
      putc(*p, out);
  }
  putc('"', out);
}

static const hs_group *hs_group_of(const hs_status *s) {
  return s->kind == HS_KIND_HTTP ? hs_class_info(s->code)
                                 : hs_ws_range(s->code);
}

/* One entry as a JSON object: the fields of hs_field_at. */
static void hs_json_entry(FILE *out, const hs_status *s) {
  hs_field f;
  const char *alias;
  size_t i, k;
  putc('{', out);
  for (i = 0; hs_field_at(s, i, &f); i++) {
    fputs(i ? ", " : "", out);
    hs_json_string(out, f.key);
    fputs(": ", out);
    switch (f.type) {
    case HS_FIELD_NULL: fputs("null", out); break;
    case HS_FIELD_INT: fprintf(out, "%d", f.number); break;
    case HS_FIELD_BOOL: fputs(f.number ? "true" : "false", out); break;
    case HS_FIELD_STRING: hs_json_string(out, f.string); break;
    case HS_FIELD_ALIASES:
      putc('[', out);
      for (k = 0; (alias = hs_alias(s, k)) != NULL; k++) {
        fputs(k ? ", " : "", out);
        hs_json_string(out, alias);
      }
      putc(']', out);
      break;
    }
  }
  putc('}', out);
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

static void hs_show(const hs_opts *o, const hs_status *s) {
  const hs_group *g = hs_group_of(s);
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
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n ? ", " : "",
                            hs_flag_labels[i].text[o->zh]);
  hs_line(o, HS_L_FLAGS, buf);
  hs_line(o, HS_L_REF, s->reference);
  hs_line(o, HS_L_STATE,
          o->zh ? hs_state_zh[s->state] : hs_state_name(s->state));
  hs_line(o, HS_L_SOURCE, s->source);
  buf[0] = '\0';
  for (i = 0, n = 0; (alias = hs_alias(s, i)) != NULL; i++)
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? ", " : "",
                          alias);
  hs_line(o, HS_L_ALIASES, buf);
}

static void hs_brief(const hs_opts *o, const hs_status *s) {
  printf("%d %s", s->code, hs_pick(o, s->phrase, s->phrase_zh));
  if (s->state == HS_STATE_UNOFFICIAL)
    printf(o->zh ? "  [非官方: %s]" : "  [unofficial: %s]", s->source);
  putchar('\n');
}

/* ---- commands ----------------------------------------------------------- */

/* Prints a list of entries: a JSON array, or one line each. */
typedef int (*hs_filter)(const hs_status *s, const void *arg);

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
      hs_brief(o, s);
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

/* Case-insensitive substring test for ASCII; other bytes compare exactly. */
static int hs_contains(const char *hay, const char *needle) {
  size_t n = strlen(needle), i;
  if (!hay) return 0;
  for (; *hay; hay++) {
    for (i = 0; i < n; i++) {
      unsigned char a = (unsigned char)hay[i], b = (unsigned char)needle[i];
      if (a >= 'A' && a <= 'Z') a = (unsigned char)(a - 'A' + 'a');
      if (b >= 'A' && b <= 'Z') b = (unsigned char)(b - 'A' + 'a');
      if (a != b || !a) break;
    }
    if (i == n) return 1;
  }
  return 0;
}

/* search: every word must appear in the name, a phrase or a description. */
static int hs_keep_words(const hs_status *s, const void *arg) {
  char *const *w = (char *const *)arg;
  char name_words[64];
  size_t i;
  for (i = 0; s->name[i] && i + 1 < sizeof name_words; i++)
    name_words[i] = s->name[i] == '_' ? ' ' : s->name[i];
  name_words[i] = '\0';
  for (; *w; w++)
    if (!hs_contains(name_words, *w) && !hs_contains(s->phrase, *w) &&
        !hs_contains(s->phrase_zh, *w) && !hs_contains(s->description, *w) &&
        !hs_contains(s->description_zh, *w))
      return 0;
  return 1;
}

/* Parses a decimal code.  Returns 1 and sets *code, 0 when text is not
 * all digits, -1 when it is but does not fit an int. */
static int hs_parse_code(const char *text, int *code) {
  char *end;
  long v;
  const char *p = text;
  if (!*p) return 0;
  for (; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  errno = 0;
  v = strtol(text, &end, 10);
  if (errno == ERANGE || v > INT_MAX) return -1;
  *code = (int)v;
  return 1;
}

static int hs_show_one(const hs_opts *o, const char *arg) {
  const hs_status *s = NULL;
  int code = 0, parsed = hs_parse_code(arg, &code);

  if (parsed == 1)
    s = code >= 1000 ? hs_ws_get(code) : hs_get(code);
  else if (parsed == 0 && !(s = hs_lookup(arg, strlen(arg))))
    s = hs_ws_lookup(arg, strlen(arg));

  if (!s) {
    const hs_group *g = parsed == 1 ? hs_class_info(code) : NULL;
    if (parsed == 0)
      fprintf(stderr, "httpstatus: '%s' is not a registered name or phrase\n",
              arg);
    else if (g)
      fprintf(stderr,
              "httpstatus: %d is not registered; as a %dxx code it is read "
              "as %d (%s)\n",
              code, code / 100, code / 100 * 100, g->name);
    else
      fprintf(stderr,
              "httpstatus: %s is not a registered code (HTTP 100-599, "
              "WebSocket 1000-4999)\n",
              arg);
    return HS_EXIT_MISSING;
  }
  if (o->json) {
    hs_json_entry(stdout, s);
    putchar('\n');
  } else {
    hs_show(o, s);
  }
  return HS_EXIT_FOUND;
}

static int hs_usage_error(const char *fmt, const char *arg) {
  fputs("httpstatus: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\n", stderr);
  fputs(hs_usage, stderr);
  return HS_EXIT_USAGE;
}

static int hs_list(const hs_opts *o, const char *which) {
  int want;
  if (!which) return hs_print_list(o, hs_keep_all, NULL);
  if (strcmp(which, "ws") == 0)
    want = 0;
  else if (strlen(which) == 3 && which[0] >= '1' && which[0] <= '5' &&
           (which[1] == 'x' || which[1] == 'X') &&
           (which[2] == 'x' || which[2] == 'X'))
    want = which[0] - '0';
  else
    return hs_usage_error("--list takes 1xx, 2xx, 3xx, 4xx, 5xx or ws, not '%s'",
                          which);
  return hs_print_list(o, hs_keep_class, &want);
}

static int hs_cli_run(int argc, char **argv) {
  hs_opts o = {0, 0};
  int i, list = 0, rc = HS_EXIT_FOUND, nargs;
  char **args;

  if (argc < 1 || !argv) { /* not even a program name */
    fputs(hs_usage, stderr);
    return HS_EXIT_USAGE;
  }
  for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    } else if (strcmp(a, "--json") == 0) {
      o.json = 1;
    } else if (strcmp(a, "--list") == 0 || strcmp(a, "-l") == 0) {
      list = 1;
    } else if (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0) {
      const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
      if (!v) return hs_usage_error("%s needs a value: en or zh", a);
      if (strcmp(v, "zh") == 0)
        o.zh = 1;
      else if (strcmp(v, "en") == 0)
        o.zh = 0;
      else
        return hs_usage_error("--lang takes en or zh, not '%s'", v);
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(hs_usage, stdout);
      return HS_EXIT_FOUND;
    } else if (strcmp(a, "--version") == 0) {
      printf("httpstatus %s\n", hs_version());
      return HS_EXIT_FOUND;
    } else {
      return hs_usage_error("unknown option '%s'", a);
    }
  }
  args = argv + i;
  nargs = argc - i;

  if (list) {
    if (nargs > 1) return hs_usage_error("--list takes one filter, got '%s'",
                                         args[1]);
    return hs_list(&o, nargs ? args[0] : NULL);
  }
  if (nargs == 0) {
    if (o.json) return hs_print_list(&o, hs_keep_all, NULL);
    fputs(hs_usage, stderr);
    return HS_EXIT_USAGE;
  }
  if (strcmp(args[0], "search") == 0) {
    if (nargs == 1) return hs_usage_error("%s needs at least one word", "search");
    return hs_print_list(&o, hs_keep_words, args + 1);
  }
  for (i = 0; i < nargs; i++) {
    if (i && !o.json) putchar('\n'); /* a blank line between entries */
    if (hs_show_one(&o, args[i]) != HS_EXIT_FOUND) rc = HS_EXIT_MISSING;
  }
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
