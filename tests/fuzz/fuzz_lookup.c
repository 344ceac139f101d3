/*
 * fuzz_lookup.c - libFuzzer target over the C lookups that take text or
 * arbitrary ints, and status-line formatting into buffers of every size.
 *
 * Input: the whole of it is text for hs_lookup / hs_ws_lookup; its first
 * bytes also give a code (4 bytes), a buffer size (2 bytes) and a version
 * (the rest, NUL-terminated in a copy), which is also the detail (and half
 * of it the instance) of hs_problem_json_n.  The buffer is malloc'ed at
 * exactly that size, so AddressSanitizer sees any write past it.
 */
#include <httpstatus.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const hs_status *s = hs_lookup((const char *)data, size);
  const hs_status *w = hs_ws_lookup((const char *)data, size);
  int32_t code = 0;
  size_t bufsize = 0, vlen;
  char *buf, *version;
  hs_field f;
  size_t i;

  if (s && hs_get(s->code) != s) abort();
  if (w && hs_ws_get(w->code) != w) abort();
  { /* text that starts with a code names that code or nothing */
    size_t k = 0;
    long lead = 0;
    while (k < size && data[k] == ' ') k++;
    if (k < size && data[k] >= '0' && data[k] <= '9') {
      size_t d = k;
      for (; k < size && data[k] >= '0' && data[k] <= '9' && k - d < 9; k++)
        lead = lead * 10 + (data[k] - '0');
      if ((s && s->code != lead) || (w && w->code != lead)) abort();
    }
  }
  if (size < 6) return 0;

  memcpy(&code, data, 4);
  bufsize = (size_t)data[4] | (size_t)data[5] << 8;
  vlen = size - 6;
  version = (char *)malloc(vlen + 1);
  buf = (char *)malloc(bufsize ? bufsize : 1);
  if (!version || !buf) abort();
  memcpy(version, data + 6, vlen);
  version[vlen] = '\0';

  {
    int n = hs_status_line(bufsize ? buf : NULL, bufsize, code,
                           vlen ? version : NULL);
    if (n >= 0 && bufsize > 0 && strlen(buf) != ((size_t)n < bufsize ? (size_t)n : bufsize - 1))
      abort();
    if (n >= 0 && (code < 100 || code > 999)) abort();
    if (n == HS_LINE_BAD_CODE && code >= 100 && code <= 999) abort();
    if (n < 0 && n != HS_LINE_BAD_CODE && n != HS_LINE_BAD_VERSION) abort();
  }
  {
    const hs_status *u = hs_understood_as(code);
    if (u && (u->kind != HS_KIND_HTTP || hs_class(u->code) != hs_class(code)))
      abort();
    if (!u != !hs_class(code)) abort();
  }
  if ((hs_code_kind(code) == HS_KIND_HTTP) != (hs_class(code) != 0)) abort();
  { /* problem details: the version bytes as detail (with any NUL) and as
     * instance, into the same exactly-sized buffer */
    int n = hs_problem_json_n(bufsize ? buf : NULL, bufsize, code, version,
                              vlen, vlen % 2 ? version : NULL, vlen / 2);
    if ((n >= 0) != (hs_class(code) != 0)) abort();
    if (n >= 0 && bufsize > 0 &&
        strlen(buf) != ((size_t)n < bufsize ? (size_t)n : bufsize - 1))
      abort();
    if (n >= 0 && bufsize > (size_t)n) { /* whole: no raw control byte */
      size_t k;
      for (k = 0; k < (size_t)n; k++)
        if ((unsigned char)buf[k] < 0x20) abort();
    }
  }
  { /* search: the whole input as text, ranked best first, only entries */
    hs_match found[8];
    size_t got = hs_search((const char *)data, size, found, 8), k;
    if (got > 8) abort();
    for (k = 0; k < got; k++)
      if (!found[k].status || (k && found[k].score > found[k - 1].score))
        abort();
  }
  { /* an entry as JSON into the exactly-sized buffer */
    const hs_status *e = hs_at((size_t)code % (hs_count() + 1));
    int n = hs_json(bufsize ? buf : NULL, bufsize, e);
    if ((n >= 0) != (e != NULL)) abort();
    if (n >= 0 && bufsize > 0 &&
        strlen(buf) != ((size_t)n < bufsize ? (size_t)n : bufsize - 1))
      abort();
  }
  (void)hs_class_info(code);
  (void)hs_ws_range(code);
  (void)hs_ws_sendable(code);
  s = hs_get(code);
  w = hs_ws_get(code);
  if ((s && s->code != code) || (w && w->code != code)) abort();
  for (i = 0; s && hs_field_at(s, i, &f); i++) continue;
  for (i = 0; s && hs_alias(s, i); i++) continue;
  free(buf);
  free(version);
  return 0;
}
