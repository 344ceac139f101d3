/*
 * httpstatus.c - the registry tables and the lookups over them.
 *
 * All data is const and expanded from httpstatus/registry.h; nothing here
 * keeps state, so every function is thread-safe and async-signal-safe.
 */
#include "httpstatus.h"
#include "hs_text.h"
#include "hs_internal.h"

#include <limits.h>
#include <string.h>

/* Position of each entry in hs_table: HS__AT_404, HS__AT_WS_1000, ... */
enum {
#define HS__AT(code, ...) HS__AT_##code,
#define HS__AT_WS(code, ...) HS__AT_WS_##code,
  HS_HTTP_MAP(HS__AT) HS__N_HTTP,
  HS__WS_BEFORE_FIRST = HS__N_HTTP - 1,
  HS_WS_MAP(HS__AT_WS) HS__N_ALL
#undef HS__AT
#undef HS__AT_WS
};

/* hs_http_index stores position + 1 in an unsigned char. */
typedef char hs__table_fits_index[HS__N_ALL < 255 ? 1 : -1];

#define HS__ENTRY(kind, code, name, phrase, phrase_zh, state, flags, ref,      \
                  source, desc, desc_zh)                                       \
  {code,      kind,    HS_STATE_##state, flags, #name, phrase, phrase_zh,      \
   desc,      desc_zh, ref,              source},
#define HS__HTTP_ENTRY(...) HS__ENTRY(HS_KIND_HTTP, __VA_ARGS__)
#define HS__WS_ENTRY(...) HS__ENTRY(HS_KIND_WEBSOCKET, __VA_ARGS__)

static const hs_status hs_table[HS__N_ALL] = {
    HS_HTTP_MAP(HS__HTTP_ENTRY) HS_WS_MAP(HS__WS_ENTRY)};

/* Code -> position + 1 for 100..599, 0 where nothing is registered: a
 * lookup by code is one array index, never a search. */
#define HS__HTTP_MIN HS_HTTP_MIN
#define HS__HTTP_MAX HS_HTTP_MAX
#define HS__INDEX(code, ...) [(code)-HS__HTTP_MIN] = HS__AT_##code + 1,
static const unsigned char hs_http_index[HS__HTTP_MAX - HS__HTTP_MIN + 1] = {
    HS_HTTP_MAP(HS__INDEX)};

static const struct hs_alias_entry {
  int code;
  const char *name;
} hs_aliases[] = {
#define HS__ALIAS(code, name) {code, #name},
    HS_HTTP_ALIAS_MAP(HS__ALIAS) HS_WS_ALIAS_MAP(HS__ALIAS)
#undef HS__ALIAS
};

#define HS__CLASS(digit, key, name, name_zh, desc, desc_zh)                    \
  {digit * 100, digit * 100 + 99, #key, name, name_zh, desc, desc_zh},
static const hs_group hs_classes[] = {HS_CLASS_MAP(HS__CLASS)};

#define HS__RANGE(low, high, key, name, name_zh, desc, desc_zh)                \
  {low, high, #key, name, name_zh, desc, desc_zh},
static const hs_group hs_ws_ranges[] = {HS_WS_RANGE_MAP(HS__RANGE)};

#define HS__COUNT(a) (sizeof(a) / sizeof((a)[0]))

const hs_status *hs_get(int code) {
  unsigned at;
  if (code < HS__HTTP_MIN || code > HS__HTTP_MAX) return NULL;
  at = hs_http_index[code - HS__HTTP_MIN];
  return at ? &hs_table[at - 1] : NULL;
}

const hs_status *hs_ws_get(int code) {
  switch (code) {
#define HS__WS_CASE(c, ...)                                                    \
  case c:                                                                      \
    return &hs_table[HS__AT_WS_##c];
    HS_WS_MAP(HS__WS_CASE)
#undef HS__WS_CASE
  default:
    return NULL;
  }
}

const char *hs_phrase(int code) {
  const hs_status *s = hs_get(code);
  return s ? s->phrase : NULL;
}

int hs_code_kind(int code) {
  if (code >= HS_HTTP_MIN && code <= HS_HTTP_MAX) return HS_KIND_HTTP;
  if (code >= HS_WS_MIN && code <= HS_WS_MAX) return HS_KIND_WEBSOCKET;
  return 0;
}

const hs_status *hs_understood_as(int code) {
  const hs_status *s = hs_get(code);
  return s ? s : hs_get(hs_class(code) * 100); /* hs_get(0) is NULL */
}

int hs_class(int code) {
  return code >= HS__HTTP_MIN && code <= HS__HTTP_MAX ? code / 100 : 0;
}

const hs_group *hs_class_info(int code) {
  int c = hs_class(code);
  return c ? &hs_classes[c - 1] : NULL;
}

const hs_group *hs_ws_range(int code) {
  size_t i;
  for (i = 0; i < HS__COUNT(hs_ws_ranges); i++)
    if (code >= hs_ws_ranges[i].low && code <= hs_ws_ranges[i].high)
      return &hs_ws_ranges[i];
  return NULL;
}

int hs_ws_sendable(int code) {
  const hs_status *s = hs_ws_get(code);
  if (s) return (s->flags & HS_F_SENDABLE) != 0;
  /* the library and private ranges (3000..): any code there may be sent */
  return code >= 3000 && code <= HS_WS_MAX;
}

/* ---- lookup by text ----------------------------------------------------- */

#include "hs_index.h"

/* The entry of one kind whose name, old name or phrase folds to key[0..n):
 * a few probes of the index.  spelt: whether the text began "HTTP" and a
 * separator, so that a name as ngx.HTTP_NOT_FOUND spells it may match. */
static const hs_status *hs_find(const unsigned char *key, size_t n,
                                hs_kind kind, int spelt) {
  unsigned slot, probe;
  slot = hs_key_slot(key, n, HS_INDEX_SEED, HS_INDEX_BITS);
  for (probe = 0; probe < HS_INDEX_PROBES; probe++) {
    const struct hs_index_slot *e =
        &hs_index[(slot + probe) & ((1u << HS_INDEX_BITS) - 1)];
    if (e->len == 0) break; /* the key would have been placed here */
    if (e->len == n &&
        (e->kind == kind || (spelt && e->kind == (kind | HS_INDEX_SPELT))) &&
        memcmp(hs_index_text + e->at, key, n) == 0)
      return kind == HS_KIND_HTTP ? hs_get(e->code) : hs_ws_get(e->code);
  }
  return NULL;
}

static unsigned char hs_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Whether text[0..len) starts with prefix (ASCII, any case) followed by a
 * separator: "HTTP_", "ws-". */
static int hs_prefixed(const unsigned char *t, size_t len, const char *prefix) {
  size_t i;
  for (i = 0; prefix[i]; i++)
    if (i >= len || hs_lower(t[i]) != (unsigned char)prefix[i]) return 0;
  return i < len && hs_is_separator(t[i]);
}

static int hs_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int hs_is_blank(unsigned char c) { return c == ' ' || c == '\t'; }

/* A name or phrase of one kind: for HTTP, ours, OpenResty's (with or
 * without its "HTTP_" prefix, as ngx.HTTP_NOT_FOUND is spelt) and nginx's
 * status-line phrases, all in the index.  The text is folded once (one
 * pass, by the table).  The index spells every name with the prefix too,
 * so ngx.HTTP_NOT_FOUND takes one probe; any other text after "HTTP " (a
 * phrase, say) is the same key but for the four letters of "http". */
static const hs_status *hs_find_named(const char *text, size_t len,
                                      hs_kind kind) {
  unsigned char key[HS_LOOKUP_MAX];
  const hs_status *s;
  size_t n;
  int prefixed;
  if (!text || len > HS_LOOKUP_MAX) return NULL;
  n = hs_fold(hs_fold_map, (const unsigned char *)text, len, key);
  if (n == (size_t)-1 || n == 0) return NULL;
  prefixed = kind == HS_KIND_HTTP && len > 5 &&
             hs_prefixed((const unsigned char *)text, len, "http");
  s = hs_find(key, n, kind, prefixed);
  if (!s && prefixed && n > 4) s = hs_find(key + 4, n - 4, kind, 0);
  return s;
}

/* The forms a user holds, for one kind of code, all decided here:
 *   a name or phrase           "not found", "NOT_FOUND", "未找到"
 *   a numeric string           "404", " 404 "
 *   CODE then a name or phrase "404 Not Found", "404 NOT_FOUND"
 *   Starlette's and DRF's      "HTTP_404_NOT_FOUND", "WS_1000_NORMAL_CLOSURE"
 *   an HTTP/1.x status line    "HTTP/1.1 404 Not Found", "HTTP/1.1 404"
 * Where a code and a name are both given they must name one entry:
 * "404 Not Modified" and "HTTP_404_OK" match nothing. */
static const hs_status *hs_lookup_kind(const char *text, size_t len,
                                       hs_kind kind) {
  const unsigned char *t = (const unsigned char *)text;
  const hs_status *s, *named;
  size_t i = 0, digits;
  long code = 0;
  if (!text || len == 0 || len > HS_LOOKUP_MAX) return NULL;
  while (i < len && hs_is_blank(t[i])) i++;
  if (kind == HS_KIND_HTTP && len - i > 5 && hs_lower(t[i]) == 'h' &&
      hs_prefixed(t + i, len - i, "http") && t[i + 4] == '/') {
    /* a status line: HTTP/ then a version of digits and dots, blanks */
    size_t v = i + 5;
    while (v < len && (hs_is_digit(t[v]) || t[v] == '.')) v++;
    if (v == i + 5 || v == len || !hs_is_blank(t[v])) return NULL;
    for (i = v; i < len && hs_is_blank(t[i]); i++) continue;
    if (i == len || !hs_is_digit(t[i])) return NULL; /* a code must follow */
  } else if (hs_prefixed(t + i, len - i,
                         kind == HS_KIND_HTTP ? "http" : "ws")) {
    size_t p = i + (kind == HS_KIND_HTTP ? 5 : 3);
    if (p < len && hs_is_digit(t[p])) i = p; /* HTTP_404_..., WS_1000_... */
  }
  if (i == len || !hs_is_digit(t[i])) return hs_find_named(text, len, kind);

  for (digits = 0; i < len && hs_is_digit(t[i]); i++, digits++)
    if (digits < 9) code = code * 10 + (t[i] - '0');
  if (digits > 9 || (i < len && !hs_is_separator(t[i]))) return NULL;
  s = kind == HS_KIND_HTTP ? hs_get((int)code) : hs_ws_get((int)code);
  if (!s) return NULL;
  while (i < len && hs_is_blank(t[i])) i++;
  if (i == len) return s; /* the code alone */
  named = hs_find_named(text + i, len - i, kind);
  return named && named->code == s->code ? s : NULL;
}

const hs_status *hs_lookup(const char *text, size_t len) {
  return hs_lookup_kind(text, len, HS_KIND_HTTP);
}

const hs_status *hs_ws_lookup(const char *text, size_t len) {
  return hs_lookup_kind(text, len, HS_KIND_WEBSOCKET);
}

/* ---- iteration and names ------------------------------------------------ */

size_t hs_count(void) { return HS__N_ALL; }

const hs_status *hs_at(size_t i) { return i < HS__N_ALL ? &hs_table[i] : NULL; }

const char *hs_alias(const hs_status *s, size_t i) {
  size_t k;
  if (!s) return NULL;
  for (k = 0; k < HS__COUNT(hs_aliases); k++)
    if (hs_aliases[k].code == s->code && i-- == 0) return hs_aliases[k].name;
  return NULL;
}

const char *hs_state_name(hs_state state) {
  switch (state) {
#define HS__STATE_NAME(NAME, name, zh)                                         \
  case HS_STATE_##NAME:                                                        \
    return name;
    HS_STATE_MAP(HS__STATE_NAME)
#undef HS__STATE_NAME
  case HS__STATE_COUNT:
    break;
  }
  return NULL;
}

const char *hs_kind_name(hs_kind kind) {
  switch (kind) {
  case HS_KIND_HTTP: return "http";
  case HS_KIND_WEBSOCKET: return "websocket";
  }
  return NULL;
}

const char *hs_version(void) { return HS_VERSION; }

/* ---- fields ------------------------------------------------------------ */

enum hs_field_index {
#define HS__FIELD_INDEX(key) HS__FIELD_##key,
  HS_FIELD_MAP(HS__FIELD_INDEX)
#undef HS__FIELD_INDEX
  HS__N_FIELDS
};

static const struct hs_flag_field {
  const char *key;
  unsigned bit;
  hs_kind kind;
} hs_flag_fields[] = {
#define HS__FLAG_FIELD(NAME, bit, key, kind) {key, bit, kind},
    HS_FLAG_MAP(HS__FLAG_FIELD)
#undef HS__FLAG_FIELD
};

static const char *const hs_field_keys[] = {
#define HS__FIELD_KEY(key) #key,
    HS_FIELD_MAP(HS__FIELD_KEY)
#undef HS__FIELD_KEY
};

int hs_field_at(const hs_status *s, size_t i, hs_field *f) {
  hs_field v = {NULL, HS_FIELD_STRING, 0, NULL};
  const hs_group *g;
  if (!s || !f) return 0;
  if (i >= HS__N_FIELDS) { /* a flag: a bool where it applies, else null */
    const struct hs_flag_field *flag;
    if (i - HS__N_FIELDS >= HS__COUNT(hs_flag_fields)) return 0;
    flag = &hs_flag_fields[i - HS__N_FIELDS];
    v.key = flag->key;
    v.type = flag->kind == s->kind ? HS_FIELD_BOOL : HS_FIELD_NULL;
    v.number = (s->flags & flag->bit) != 0;
    *f = v;
    return 1;
  }
  v.key = hs_field_keys[i];
  switch ((enum hs_field_index)i) {
  case HS__FIELD_code: v.type = HS_FIELD_INT, v.number = s->code; break;
  case HS__FIELD_kind: v.string = hs_kind_name(s->kind); break;
  case HS__FIELD_name: v.string = s->name; break;
  case HS__FIELD_aliases: v.type = HS_FIELD_ALIASES; break;
  case HS__FIELD_phrase: v.string = s->phrase; break;
  case HS__FIELD_phrase_zh: v.string = s->phrase_zh; break;
  case HS__FIELD_description: v.string = s->description; break;
  case HS__FIELD_description_zh: v.string = s->description_zh; break;
  case HS__FIELD_class:
    g = s->kind == HS_KIND_HTTP ? hs_class_info(s->code) : hs_ws_range(s->code);
    v.string = g ? g->key : NULL;
    break;
  case HS__FIELD_state: v.string = hs_state_name(s->state); break;
  case HS__FIELD_source: v.string = s->source; break;
  case HS__FIELD_reference: v.string = s->reference; break;
  case HS__N_FIELDS: return 0;
  }
  if (v.type == HS_FIELD_STRING && !v.string) v.type = HS_FIELD_NULL;
  *f = v;
  return 1;
}

/* ---- status line -------------------------------------------------------- */

int hs_status_line(char *buf, size_t size, int code, const char *version) {
  const char *phrase;
  size_t vlen, plen, need, i, n = 0;
  char digits[3];

  if (!version) version = "HTTP/1.1";
  for (vlen = 0; vlen <= HS_HTTP_VERSION_MAX && version[vlen]; vlen++)
    if (version[vlen] <= ' ' || version[vlen] > '~') return HS_LINE_BAD_VERSION;
  if (vlen == 0 || vlen > HS_HTTP_VERSION_MAX) return HS_LINE_BAD_VERSION;
  /* three digits on the wire (RFC 9112): 600..999 too, unregistered */
  if (code < HS_HTTP_MIN || code > 999) return HS_LINE_BAD_CODE;

  phrase = hs_phrase(code);
  if (!phrase) phrase = "";
  plen = strlen(phrase);
  digits[0] = (char)('0' + code / 100);
  digits[1] = (char)('0' + code / 10 % 10);
  digits[2] = (char)('0' + code % 10);
  need = vlen + 1 + 3 + 1 + plen;

  /* Copy what fits, byte by byte through one cursor, then terminate. */
#define HS__PUT(src, len)                                                      \
  for (i = 0; i < (len); i++)                                                  \
    if (n + 1 < size) buf[n++] = (src)[i];
  if (buf && size > 0) {
    HS__PUT(version, vlen);
    HS__PUT(" ", 1);
    HS__PUT(digits, 3);
    HS__PUT(" ", 1);
    HS__PUT(phrase, plen);
    buf[n] = '\0';
  }
#undef HS__PUT
  return (int)need;
}

/* ---- problem details (RFC 9457) ----------------------------------------- */

const char *hs_problem_title(int code) { return hs_phrase(code); }

/* A writer like snprintf's: every byte counted in need, kept while it
 * fits (one byte is left for the terminator). */
typedef struct hs_out {
  char *buf;
  size_t size, need;
} hs_out;

static void hs_put(hs_out *o, const char *s, size_t len) {
  size_t i;
  for (i = 0; i < len; i++, o->need++)
    if (o->buf && o->need + 1 < o->size) o->buf[o->need] = s[i];
}

static void hs_puts(hs_out *o, const char *s) { hs_put(o, s, strlen(s)); }

/* Ends what o wrote like snprintf (NUL-terminated, cut to fit) and
 * returns its whole length; callers keep it within INT_MAX. */
static int hs_out_end(hs_out *o) {
  if (o->buf && o->size > 0)
    o->buf[o->need < o->size ? o->need : o->size - 1] = '\0';
  return (int)o->need;
}

/* "text", escaped for JSON: quote and backslash, control characters as
 * \u00XX, each byte that is not part of valid UTF-8 as U+FFFD. */
static void hs_put_string(hs_out *o, const char *text, size_t len) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *t = (const unsigned char *)text;
  size_t i = 0, seq;
  hs_puts(o, "\"");
  while (i < len) {
    if (t[i] == '"' || t[i] == '\\') {
      char esc[2];
      esc[0] = '\\', esc[1] = (char)t[i++];
      hs_put(o, esc, 2);
    } else if (t[i] < 0x20 || t[i] == 0x7F) {
      char esc[6] = {'\\', 'u', '0', '0', 0, 0};
      esc[4] = hex[t[i] >> 4], esc[5] = hex[t[i] & 15];
      hs_put(o, esc, 6);
      i++;
    } else if ((seq = hs_utf8_len(t + i, len - i)) == 0) {
      hs_puts(o, "\xEF\xBF\xBD"); /* U+FFFD for a byte that is not UTF-8 */
      i++;
    } else {
      hs_put(o, text + i, seq);
      i += seq;
    }
  }
  hs_puts(o, "\"");
}

/* ,"key":"text" */
static void hs_put_member(hs_out *o, const char *key, const char *text,
                          size_t len) {
  hs_puts(o, ",\"");
  hs_puts(o, key);
  hs_puts(o, "\":");
  hs_put_string(o, text, len);
}

int hs_json(char *buf, size_t size, const hs_status *s) {
  hs_out o = {NULL, 0, 0};
  hs_field f;
  const char *alias;
  char digits[16];
  size_t i, k, n;
  if (!s) return HS_JSON_BAD_ENTRY;
  o.buf = buf, o.size = size;
  hs_puts(&o, "{");
  for (i = 0; hs_field_at(s, i, &f); i++) {
    hs_puts(&o, i ? ",\"" : "\"");
    hs_puts(&o, f.key);
    hs_puts(&o, "\":");
    switch (f.type) {
    case HS_FIELD_NULL: hs_puts(&o, "null"); break;
    case HS_FIELD_BOOL: hs_puts(&o, f.number ? "true" : "false"); break;
    case HS_FIELD_INT: /* a registered code: four digits at most */
      for (n = sizeof digits, k = (size_t)f.number; n > 0;) {
        digits[--n] = (char)('0' + k % 10);
        if ((k /= 10) == 0) break;
      }
      hs_put(&o, digits + n, sizeof digits - n);
      break;
    case HS_FIELD_STRING: hs_put_string(&o, f.string, strlen(f.string)); break;
    case HS_FIELD_ALIASES:
      hs_puts(&o, "[");
      for (k = 0; (alias = hs_alias(s, k)) != NULL; k++) {
        if (k) hs_puts(&o, ",");
        hs_put_string(&o, alias, strlen(alias));
      }
      hs_puts(&o, "]");
      break;
    }
  }
  hs_puts(&o, "}");
  return hs_out_end(&o);
}

static void hs_problem_write(hs_out *o, int code, const char *detail,
                             size_t detail_len, const char *instance,
                             size_t instance_len) {
  const char *title = hs_problem_title(code);
  char digits[4];
  hs_puts(o, "{\"type\":\"about:blank\"");
  if (title) hs_put_member(o, "title", title, strlen(title));
  digits[0] = (char)('0' + code / 100);
  digits[1] = (char)('0' + code / 10 % 10);
  digits[2] = (char)('0' + code % 10);
  digits[3] = '\0';
  hs_puts(o, ",\"status\":");
  hs_puts(o, digits);
  if (detail) hs_put_member(o, "detail", detail, detail_len);
  if (instance) hs_put_member(o, "instance", instance, instance_len);
  hs_puts(o, "}");
}

int hs_problem_json_n(char *buf, size_t size, int code, const char *detail,
                      size_t detail_len, const char *instance,
                      size_t instance_len) {
  hs_out o = {NULL, 0, 0};
  if (!hs_class(code)) return HS_PROBLEM_BAD_CODE;
  /* Measured first, so that an object no int can count is not written. */
  hs_problem_write(&o, code, detail, detail_len, instance, instance_len);
  if (o.need > INT_MAX) return HS_PROBLEM_TOO_LONG;
  o.buf = buf, o.size = size, o.need = 0;
  hs_problem_write(&o, code, detail, detail_len, instance, instance_len);
  return hs_out_end(&o);
}

int hs_problem_json(char *buf, size_t size, int code, const char *detail,
                    const char *instance) {
  return hs_problem_json_n(buf, size, code, detail, detail ? strlen(detail) : 0,
                           instance, instance ? strlen(instance) : 0);
}
