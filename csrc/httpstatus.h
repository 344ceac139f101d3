/*
 * httpstatus.h - HTTP status codes and WebSocket close codes: phrases in
 * English and Chinese, descriptions, RFC facts, O(1) lookups.
 *
 *   const hs_status *s = hs_get(404);        NULL when not registered
 *   printf("%d %s\n", s->code, s->phrase);   404 Not Found
 *
 * Everything returned points into const, static data: never free it, and
 * call any function from any thread.  Every int is a valid argument.
 *
 * NULL: no function dereferences a NULL it is given.  A NULL record gives
 * NULL or 0 (hs_alias, hs_field_at), NULL text matches nothing (hs_lookup),
 * a NULL field out-pointer gives 0, and hs_status_line and hs_problem_json
 * with a NULL buffer or size 0 write nothing and return the length needed.
 */
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>

#include "httpstatus/registry.h"

#ifdef __cplusplus
extern "C" {
#endif

#define HS_VERSION_MAJOR 0
#define HS_VERSION_MINOR 1
#define HS_VERSION_PATCH 0
#define HS__STR(x) #x
#define HS__XSTR(x) HS__STR(x)
#define HS_VERSION                                                             \
  HS__XSTR(HS_VERSION_MAJOR) "." HS__XSTR(HS_VERSION_MINOR) "." HS__XSTR(    \
      HS_VERSION_PATCH)

/* A binding that compiles httpstatus.c into itself may define HS_API
 * first (as "static", say) to keep the core's symbols private. */
#ifndef HS_API
#if defined(_WIN32) && defined(HS_BUILDING_DLL)
#define HS_API __declspec(dllexport)
#elif defined(__GNUC__)
#define HS_API __attribute__((visibility("default")))
#else
#define HS_API
#endif
#endif

/* The flags of hs_status.flags, one list for every front end that names
 * them: XX(NAME, bit, "key", the kind of entry that carries it).
 * HS_F_<NAME> is the bit; the key is the field name of hs_field_at
 * (is_<key> in Python, <key> in a Lua record). */
#define HS_FLAG_MAP(XX)                                                        \
  /* heuristically cacheable (RFC 9110, Section 15.1) */                      \
  XX(CACHEABLE, 0x01u, "cacheable", HS_KIND_HTTP)                              \
  /* never has content (1xx, 204, 205, 304) */                                \
  XX(EMPTY, 0x02u, "empty", HS_KIND_HTTP)                                      \
  /* a redirect a client follows (301, 302, 303, 307, 308) */                 \
  XX(REDIRECT, 0x04u, "redirect", HS_KIND_HTTP)                                \
  /* the usual candidates for an automatic retry */                           \
  XX(RETRYABLE, 0x08u, "retryable", HS_KIND_HTTP)                              \
  /* WebSocket: may be sent in a Close frame (RFC 6455, Section 7.4) */       \
  XX(SENDABLE, 0x10u, "sendable", HS_KIND_WEBSOCKET)

enum hs_flag {
#define HS__FLAG_ENUM(NAME, bit, key, kind) HS_F_##NAME = bit,
  HS_FLAG_MAP(HS__FLAG_ENUM)
#undef HS__FLAG_ENUM
};

/* The registration states: XX(NAME, "name", Chinese name). */
#define HS_STATE_MAP(XX)                                                       \
  XX(PERMANENT, "permanent", "永久")                                           \
  XX(TEMPORARY, "temporary", "临时")                                           \
  XX(UNUSED, "unused", "未使用")                                               \
  XX(OBSOLETED, "obsoleted", "已废弃")                                         \
  XX(UNOFFICIAL, "unofficial", "非官方")

typedef enum hs_kind { HS_KIND_HTTP = 1, HS_KIND_WEBSOCKET = 2 } hs_kind;

typedef enum hs_state {
#define HS__STATE_ENUM(NAME, ...) HS_STATE_##NAME,
  HS_STATE_MAP(HS__STATE_ENUM)
#undef HS__STATE_ENUM
  HS__STATE_COUNT
} hs_state;

#ifndef SWIG /* SWIG skips the registry; bindings iterate instead */
/* HS_NOT_FOUND == 404, HS_REQUEST_ENTITY_TOO_LARGE == 413, ... */
enum hs_http_code {
#define HS__HTTP_ENUM(code, name, ...) HS_##name = code,
#define HS__ALIAS_ENUM(code, name) HS_##name = code,
  HS_HTTP_MAP(HS__HTTP_ENUM) HS_HTTP_ALIAS_MAP(HS__ALIAS_ENUM)
#undef HS__HTTP_ENUM
#undef HS__ALIAS_ENUM
};

/* HS_WS_NORMAL_CLOSURE == 1000, HS_WS_CLOSE_NORMAL == 1000, ... */
enum hs_ws_code {
#define HS__WS_ENUM(code, name, ...) HS_WS_##name = code,
#define HS__ALIAS_ENUM(code, name) HS_WS_##name = code,
  HS_WS_MAP(HS__WS_ENUM) HS_WS_ALIAS_MAP(HS__ALIAS_ENUM)
#undef HS__WS_ENUM
#undef HS__ALIAS_ENUM
};
#endif

/* One registered code.  reference or source is NULL where there is none
 * (unofficial codes have a source, registered ones a reference). */
typedef struct hs_status {
  int code;
  hs_kind kind;
  hs_state state;
  unsigned flags;
  const char *name;           /* NOT_FOUND */
  const char *phrase;         /* Not Found */
  const char *phrase_zh;      /* 未找到 */
  const char *description;    /* one or two sentences */
  const char *description_zh;
  const char *reference;      /* RFC 9110, Section 15.5.5 */
  const char *source;         /* nginx, Cloudflare, ... */
} hs_status;

/* An HTTP class (1xx..5xx) or a WebSocket close code range. */
typedef struct hs_group {
  int low, high;              /* the codes it covers, inclusive */
  const char *key;            /* client_error, private, ... */
  const char *name;           /* Client Error */
  const char *name_zh;
  const char *description;
  const char *description_zh;
} hs_group;

/* The codes each kind of entry can have: HTTP status codes 100..599 (RFC
 * 9110 Section 15), WebSocket close codes 1000..4999 (RFC 6455 Section
 * 7.4.2; below 1000 nothing is used).  hs_code_kind answers which of the
 * two an int is: HS_KIND_HTTP, HS_KIND_WEBSOCKET, or 0 for any other int.
 * Front ends ask it (or read these) instead of writing the bounds again. */
#define HS_HTTP_MIN 100
#define HS_HTTP_MAX 599
#define HS_WS_MIN 1000
#define HS_WS_MAX 4999
HS_API int hs_code_kind(int code);

/* Lookups by code: O(1), NULL when the code is not registered. */
HS_API const hs_status *hs_get(int code);    /* HTTP status codes */
HS_API const hs_status *hs_ws_get(int code); /* WebSocket close codes */
HS_API const char *hs_phrase(int code);      /* hs_get(code)->phrase */

/* The entry a client treats code as (RFC 9110 Section 15): its own when
 * the registry has one (an unofficial code included), else the x00 code of
 * its class, so 597 is understood as 500 Internal Server Error; NULL
 * outside 100..599. */
HS_API const hs_status *hs_understood_as(int code);

/* The class digit 1..5 of any code in 100..599, registered or not (RFC
 * 9110 Section 15); 0 for any other int. */
HS_API int hs_class(int code);
HS_API const hs_group *hs_class_info(int code); /* NULL outside 100..599 */
/* The RFC 6455 range of a close code; NULL outside 0..4999. */
HS_API const hs_group *hs_ws_range(int code);
/* Whether a Close frame may carry this code (RFC 6455 Section 7.4): a
 * registered sendable code, or any code in 3000..4999. */
HS_API int hs_ws_sendable(int code);

/* By what users hold, for one kind of code: a name, old name or phrase in
 * English or Chinese ("not found", "NOT_FOUND", "未找到"), OpenResty's
 * names (HTTP_NOT_FOUND, NOT_ALLOWED) and nginx's status-line phrases for
 * HTTP, a numeric string ("404"), a code then its name or phrase ("404 Not
 * Found"), an HTTP/1.x status line, Starlette's HTTP_404_NOT_FOUND and
 * WS_1000_NORMAL_CLOSURE; a code and a name given together must name one
 * entry.  One rule matches every text: ASCII letters in any case, the
 * separators (space, tab and _ - ' ( ) . /) skipped, anywhere, so "Not-Found"
 * and "Railgun错误" match.  text need not be NUL-terminated.  A byte that is
 * none of letters, digits, separators or valid UTF-8 (a NUL, say) matches
 * nothing, and so does text longer than HS_LOOKUP_MAX bytes, unread.
 * Constant time: a few probes of a hash index, whatever the text. */
#define HS_LOOKUP_MAX 256
HS_API const hs_status *hs_lookup(const char *text, size_t len);
HS_API const hs_status *hs_ws_lookup(const char *text, size_t len);

/* What a text may mean, best first: a match and its score. */
typedef struct hs_match {
  const hs_status *status;
  int score; /* one of the bands below plus 0..99 within it */
} hs_match;

/* The bands of a score, best first.  Within a band the closer match comes
 * first (more exact words; for a prefix, a name or phrase over an old name,
 * and less of it left over); equal scores go in code order. */
#define HS_SCORE_EXACT 600  /* hs_lookup's answer, or the code it starts with */
#define HS_SCORE_PREFIX 500 /* a name or phrase starts with the text */
#define HS_SCORE_WORDS 400  /* each word is or starts a word of a title */
#define HS_SCORE_TYPO 300   /* ... or is one or two edits from one */
#define HS_SCORE_DESC 200   /* ... or starts a word of the description */
#define HS_SCORE_SOME 100   /* some of the words (+ how many) */

/* Searches every entry for text (words parted by any byte that is not a
 * letter, digit or non-ASCII character; case ignored).  A title is an
 * entry's name, old names, English and Chinese phrases, and OpenResty's and
 * nginx's names for it; a word matches a word of a title that it is,
 * starts (from three letters on), or is within one edit of (a letter missing, extra, wrong or two
 * swapped; two edits from eight letters on), British -ise spellings as
 * -ize; a Chinese word matches as a substring.  Words that only meet a
 * description count last.  Entries with only some of the words come only
 * when none has all, and then those with the most.  A text that starts
 * like HTTP (an HTTP prefix, a code in 100..599) finds no WebSocket entry,
 * and the reverse.  Writes at most max matches to out and returns how many
 * it wrote (with out NULL, how many there are); 0 for NULL or empty text,
 * text over HS_LOOKUP_MAX bytes, or text holding a control byte or bytes
 * that are not UTF-8.  Bounded work: no allocation, no state. */
HS_API size_t hs_search(const char *text, size_t len, hs_match *out,
                        size_t max);

/* All entries, HTTP then WebSocket, each in code order. */
HS_API size_t hs_count(void);
HS_API const hs_status *hs_at(size_t i); /* NULL when i >= hs_count() */
/* The i-th old name of an entry, or NULL past the last. */
HS_API const char *hs_alias(const hs_status *s, size_t i);

HS_API const char *hs_state_name(hs_state state); /* "permanent", ... */
HS_API const char *hs_kind_name(hs_kind kind);    /* "http", "websocket" */
HS_API const char *hs_version(void);              /* HS_VERSION */

/* An entry as the key/value pairs every front end shows it with (the
 * CLI's --json, a Lua record, a Python member's attributes): the fields of
 * HS_FIELD_MAP in order, then one per flag of HS_FLAG_MAP (a bool on
 * entries of the flag's kind, null on the others).  XX(key). */
#define HS_FIELD_MAP(XX)                                                       \
  XX(code) XX(kind) XX(name) XX(aliases) XX(phrase) XX(phrase_zh)              \
  XX(description) XX(description_zh) XX(class) XX(state) XX(source)           \
  XX(reference)

typedef enum hs_field_type {
  HS_FIELD_NULL,   /* no value: JSON null, absent in a Lua table */
  HS_FIELD_INT,    /* number */
  HS_FIELD_BOOL,   /* number is 0 or 1 */
  HS_FIELD_STRING, /* string */
  HS_FIELD_ALIASES /* the entry's old names: hs_alias(s, 0..) */
} hs_field_type;

typedef struct hs_field {
  const char *key;
  hs_field_type type;
  int number;
  const char *string;
} hs_field;

/* Fills *f with field i of s; returns 0 (leaving *f alone) past the last. */
HS_API int hs_field_at(const hs_status *s, size_t i, hs_field *f);

/* Writes an entry as a JSON object into buf like snprintf (at most size
 * bytes, NUL-terminated when size > 0) and returns the length the whole
 * object needs: the fields of hs_field_at in order, the old names as an
 * array, escaped as hs_problem_json escapes its text:
 *   {"code":404,"kind":"http","name":"NOT_FOUND","aliases":[],...}
 * HS_JSON_BAD_ENTRY (negative) for a NULL entry. */
#define HS_JSON_BAD_ENTRY (-1)
HS_API int hs_json(char *buf, size_t size, const hs_status *s);

/* Writes "HTTP/1.1 404 Not Found" into buf like snprintf: at most size
 * bytes, NUL-terminated when size > 0, and returns the length the whole
 * line needs (>= size means it was cut).  version NULL means "HTTP/1.1".
 * An unregistered code in 100..999 gets an empty reason phrase, as RFC
 * 9112 allows.  Writes nothing and returns HS_LINE_BAD_VERSION for a
 * version that is empty, longer than HS_VERSION_MAX bytes, or not visible
 * ASCII, else HS_LINE_BAD_CODE for a code outside 100..999 (the version is
 * checked first, so a caller learns of a bad one whatever the code; both
 * are negative). */
#define HS_LINE_BAD_CODE (-1)
#define HS_LINE_BAD_VERSION (-2)
#define HS_VERSION_MAX 32
HS_API int hs_status_line(char *buf, size_t size, int code,
                          const char *version);

/* Problem details (RFC 9457): the title a problem of this status gets when
 * its type is "about:blank", which RFC 9457 says SHOULD be the status
 * phrase: the registered phrase of code; NULL for a code the registry does
 * not have (a title that named another code's phrase would mislead) and
 * for any int outside 100..599. */
HS_API const char *hs_problem_title(int code);

/* Writes an application/problem+json object for an HTTP status into buf
 * like snprintf: at most size bytes, NUL-terminated when size > 0, and
 * returns the length the whole object needs (>= size means it was cut):
 *   {"type":"about:blank","title":"Not Found","status":404,
 *    "detail":"...","instance":"..."}
 * title is hs_problem_title(code), left out when NULL; detail and instance
 * are left out when NULL.  Their bytes are escaped for JSON: quote and
 * backslash, control characters as \u00XX, and each byte that is not part
 * of valid UTF-8 replaced by U+FFFD.  hs_problem_json reads them up to
 * their NUL; hs_problem_json_n takes their lengths, so a NUL inside is
 * written as \u0000.  Writes nothing and returns HS_PROBLEM_BAD_CODE for a
 * code outside 100..599, HS_PROBLEM_TOO_LONG when the object would be
 * longer than INT_MAX bytes. */
#define HS_PROBLEM_BAD_CODE (-1)
#define HS_PROBLEM_TOO_LONG (-2)
HS_API int hs_problem_json(char *buf, size_t size, int code,
                           const char *detail, const char *instance);
HS_API int hs_problem_json_n(char *buf, size_t size, int code,
                             const char *detail, size_t detail_len,
                             const char *instance, size_t instance_len);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
