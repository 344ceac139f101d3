/*
 * hs_text.h - private to httpstatus (not installed): the text rules that
 * the core and the command both apply, written once.
 */
#ifndef HS_TEXT_H
#define HS_TEXT_H

#include <stddef.h>

/* Length of the valid UTF-8 sequence at p (n > 0 bytes left), or 0 for a
 * byte that starts none: no overlong forms, no surrogates, nothing past
 * U+10FFFF (RFC 3629). */
static inline size_t hs_utf8_len(const unsigned char *p, size_t n) {
  size_t len, i;
  unsigned char lo = 0x80, hi = 0xBF;
  if (p[0] < 0x80) return 1;
  if (p[0] >= 0xC2 && p[0] <= 0xDF) len = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF) len = 3;
  else if (p[0] >= 0xF0 && p[0] <= 0xF4) len = 4;
  else return 0;
  if (p[0] == 0xE0) lo = 0xA0;      /* overlong */
  else if (p[0] == 0xED) hi = 0x9F; /* surrogates */
  else if (p[0] == 0xF0) lo = 0x90; /* overlong */
  else if (p[0] == 0xF4) hi = 0x8F; /* past U+10FFFF */
  if (n < len || p[1] < lo || p[1] > hi) return 0;
  for (i = 2; i < len; i++)
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  return len;
}

/* The bytes a lookup by text skips, so that words may be written apart in
 * any way: "not found", "NOT_FOUND" and "Not-Found" are one name.  The
 * command splits a query into words at the same bytes. */
#define HS_SEPARATOR_MAP(XX)                                                   \
  XX(' ') XX('\t') XX('_') XX('-') XX('\'') XX('(') XX(')') XX('.') XX('/')

static inline int hs_is_separator(int c) {
  switch (c) {
#define HS__SEPARATOR_CASE(ch) case ch:
    HS_SEPARATOR_MAP(HS__SEPARATOR_CASE)
#undef HS__SEPARATOR_CASE
    return 1;
  default:
    return 0;
  }
}

#endif /* HS_TEXT_H */
