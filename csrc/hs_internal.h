/*
 * hs_internal.h - private to httpstatus (not installed): what the core
 * hands its own front ends (the command, the Python and Lua bindings, the
 * stub writer) and users never need.  Include it after httpstatus.h.
 */
#ifndef HS_INTERNAL_H
#define HS_INTERNAL_H

#include <stddef.h>

#include "httpstatus.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A macro's value as a string literal: HS_XSTR(HS_HTTP_MIN) is "100". */
#define HS_STR(x) #x
#define HS_XSTR(x) HS_STR(x)

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

/* Fills *f with field i of s; returns 0 (leaving *f alone) past the last,
 * for a NULL s and for a NULL f. */
HS_API int hs_field_at(const hs_status *s, size_t i, hs_field *f);

#ifdef __cplusplus
}
#endif

#endif /* HS_INTERNAL_H */
