/*
 * hs_text.h - private to httpstatus (not installed): the text rules that
 * the core and the command both apply, written once.
 */
#ifndef HS_TEXT_H
#define HS_TEXT_H

#include <stddef.h>
#include <stdint.h>

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

/* ---- the one matching rule of every text form -------------------------- */

/* A text is looked up by its folded key: ASCII letters lowered, the
 * separators dropped, digits and the bytes of other UTF-8 characters kept
 * as they are ("Not-Found", "NOT_FOUND" and "not found" are "notfound";
 * "Railgun 错误" and "railgun错误" are one key).  Any other byte (a NUL,
 * a control byte, punctuation, a byte that is not UTF-8) folds nothing.
 * hs_index.h is made from the registry by this rule (scripts/indexgen.c)
 * and looked up by it (httpstatus.c). */

/* What each byte folds to: itself lowered, 0 for a separator, 1 for a byte
 * no key holds.  Bytes from 0x80 on are kept, then checked as UTF-8. */
static inline unsigned hs_fold_byte(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) return c;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  return hs_is_separator(c) ? 0 : 1;
}

/* Folds t[0..len) into key (room for len bytes) and returns the key's
 * length, or (size_t)-1 when the text holds a byte no key holds.  map is
 * hs_fold_byte as a table (hs_index.h has it, for hs_lookup's one pass
 * over a text), or NULL to ask hs_fold_byte itself. */
static inline size_t hs_fold(const unsigned char *map, const unsigned char *t,
                             size_t len, unsigned char *key) {
  size_t i, n = 0;
  unsigned high = 0, c;
  for (i = 0; i < len; i++) {
    c = map ? map[t[i]] : hs_fold_byte(t[i]);
    high |= t[i];
    if (c > 1) key[n++] = (unsigned char)c;
    else if (c == 1) return (size_t)-1;
  }
  if (high & 0x80) /* only then is there UTF-8 to check */
    for (i = 0; i < len; i += c)
      if ((c = (unsigned)hs_utf8_len(t + i, len - i)) == 0) return (size_t)-1;
  return n;
}

/* The slot a key of n bytes (n > 0) starts probing at in a table of
 * 2^bits slots: its length and its first and last four bytes, mixed.
 * Keys rarely share all three, and whatever they share, the probe
 * compares the whole key. */
static inline unsigned hs_key_slot(const unsigned char *key, size_t n,
                                   uint32_t seed, unsigned bits) {
  uint32_t head = 0, tail = 0, h;
  size_t i, m = n < 4 ? n : 4;
  for (i = 0; i < m; i++) {
    head |= (uint32_t)key[i] << (8 * i);
    tail |= (uint32_t)key[n - m + i] << (8 * i);
  }
  h = (head * 0x9E3779B1u) ^ (tail * 0x85EBCA77u) ^ ((uint32_t)n * seed);
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 13;
  return (unsigned)(h >> (32 - bits));
}

#endif /* HS_TEXT_H */
