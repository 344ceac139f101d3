/*
 * hs_utf8.h - private to httpstatus (not installed): the one UTF-8 rule
 * that the core's JSON writer and the command's echo both apply.
 */
#ifndef HS_UTF8_H
#define HS_UTF8_H

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

#endif /* HS_UTF8_H */
