/*
 * hs_search.c - what a text may mean, ranked (hs_search in httpstatus.h).
 *
 * An entry is scored by how the text meets its titles (name, old names,
 * English and Chinese phrases and, for HTTP, OpenResty's names and nginx's
 * phrases) and, last, its descriptions.  Everything is read from the
 * public API and the registry's X-macros; nothing is kept between calls,
 * and the work is bounded by HS_LOOKUP_MAX and the registry's size.
 */
#include "httpstatus.h"
#include "hs_text.h"

#include <string.h>

#define HS_S_WORDS 16   /* words of a query that count */
#define HS_S_WORD_MAX 48 /* bytes of a word that count */
#define HS_S_ENTRIES 256 /* room for every entry (the registry has ~110) */

/* What a query word is to an entry: the best of these over its words. */
enum hs_quality { HS_Q_NONE, HS_Q_DESC, HS_Q_TYPO, HS_Q_PREFIX, HS_Q_EXACT };

typedef struct hs_word {
  unsigned char text[HS_S_WORD_MAX];
  size_t len;
  int ascii;
} hs_word;

static unsigned char hs_s_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* A byte that is part of a word: an ASCII letter or digit, or a byte of
 * another (UTF-8) character.  Every other byte parts words. */
static int hs_s_wordy(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The next word of t[*at..len) into w (lowered, cut at HS_S_WORD_MAX);
 * 0 at the end. */
static int hs_s_next(const unsigned char *t, size_t len, size_t *at, hs_word *w) {
  size_t i = *at;
  while (i < len && !hs_s_wordy(t[i])) i++;
  if (i == len) return 0;
  w->len = 0, w->ascii = 1;
  for (; i < len && hs_s_wordy(t[i]); i++) {
    if (t[i] >= 0x80) w->ascii = 0;
    if (w->len < HS_S_WORD_MAX) w->text[w->len++] = hs_s_lower(t[i]);
  }
  *at = i;
  return 1;
}

/* British spellings as American ones where titles use -ize: the word's
 * "is" of -ise, -ised, -ises, -ising, -isation(s) becomes "iz". */
static void hs_s_american(hs_word *w) {
  static const char *const tails[] = {"ise", "ised", "ises", "ising",
                                      "isation", "isations"};
  size_t k, n;
  for (k = 0; k < sizeof tails / sizeof *tails; k++) {
    n = strlen(tails[k]);
    if (w->len > n + 2 && memcmp(w->text + w->len - n, tails[k], n) == 0) {
      w->text[w->len - n + 1] = 'z';
      return;
    }
  }
}

/* Whether a and b (ASCII words) are within max edits of each other: a
 * letter missing, extra, wrong, or two neighbours swapped (the optimal
 * string alignment distance), with rows cut short past max. */
static int hs_s_near(const unsigned char *a, size_t n, const unsigned char *b,
                     size_t m, int max) {
  int rows[3][HS_S_WORD_MAX + 1], *prev2 = rows[0], *prev = rows[1],
      *cur = rows[2], *t;
  size_t i, j;
  if (n > HS_S_WORD_MAX || m > HS_S_WORD_MAX) return 0;
  if ((n > m ? n - m : m - n) > (size_t)max) return 0;
  for (j = 0; j <= m; j++) prev[j] = (int)j;
  for (i = 1; i <= n; i++) {
    int best;
    cur[0] = best = (int)i;
    for (j = 1; j <= m; j++) {
      int cost = a[i - 1] != b[j - 1], d = prev[j - 1] + cost;
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          prev2[j - 2] + 1 < d)
        d = prev2[j - 2] + 1;
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return 0;
    t = prev2, prev2 = prev, prev = cur, cur = t;
  }
  return prev[m] <= max;
}

/* How query word q meets the words of title (NULL: nothing). */
static enum hs_quality hs_s_in_title(const hs_word *q, const char *title) {
  const unsigned char *t = (const unsigned char *)title;
  enum hs_quality best = HS_Q_NONE;
  size_t at = 0, len;
  hs_word w;
  if (!title) return HS_Q_NONE;
  len = strlen(title);
  if (!q->ascii) /* Chinese, written without spaces: a substring */
    return len >= q->len && strstr(title, (const char *)q->text) != NULL
               ? HS_Q_PREFIX : HS_Q_NONE;
  while (best < HS_Q_EXACT && hs_s_next(t, len, &at, &w)) {
    if (!w.ascii) continue;
    hs_s_american(&w);
    if (w.len == q->len && memcmp(w.text, q->text, q->len) == 0)
      best = HS_Q_EXACT;
    else if (q->len >= 3 && w.len > q->len &&
             memcmp(w.text, q->text, q->len) == 0)
      best = best > HS_Q_PREFIX ? best : HS_Q_PREFIX;
    else if (best < HS_Q_TYPO && q->len >= 4 && w.len >= 3 &&
             hs_s_near(q->text, q->len, w.text, w.len, q->len >= 8 ? 2 : 1))
      best = HS_Q_TYPO;
  }
  return best;
}

/* How q meets a description: a word it starts (four letters or more, so
 * that "the" or "not" do not pick half the registry), or for Chinese a
 * substring.  Read in place: descriptions are the longest text searched. */
static enum hs_quality hs_s_in_text(const hs_word *q, const char *text) {
  const unsigned char *t = (const unsigned char *)text;
  size_t i, k;
  if (!q->ascii) return strstr(text, (const char *)q->text) ? HS_Q_DESC : HS_Q_NONE;
  if (q->len < 4) return HS_Q_NONE;
  for (i = 0; t[i]; i++) {
    if (hs_s_lower(t[i]) != q->text[0] || (i > 0 && hs_s_wordy(t[i - 1])))
      continue;
    for (k = 1; k < q->len && hs_s_lower(t[i + k]) == q->text[k]; k++)
      continue; /* a NUL in text ends it: q has none */
    if (k == q->len) return HS_Q_DESC;
  }
  return HS_Q_NONE;
}

/* OpenResty's names and nginx's phrases, titles of their codes too. */
static const struct {
  int code;
  const char *title;
} hs_s_ngx[] = {
#define HS_S_NGX(code, name) {code, #name},
    HS_NGX_NAME_MAP(HS_S_NGX)
#undef HS_S_NGX
#define HS_S_NGX_PHRASE(code, phrase) {code, phrase},
    HS_NGX_PHRASE_MAP(HS_S_NGX_PHRASE)
#undef HS_S_NGX_PHRASE
};

#define HS_S_NGX_COUNT (sizeof hs_s_ngx / sizeof *hs_s_ngx)

/* The i-th title of s: name, phrase, Chinese phrase, old names, then
 * OpenResty's and nginx's; NULL past the last.  *primary says whether it
 * is one of the first three. */
static const char *hs_s_title(const hs_status *s, size_t i, int *primary) {
  const char *alias;
  size_t k;
  *primary = i < 3;
  if (i == 0) return s->name;
  if (i == 1) return s->phrase;
  if (i == 2) return s->phrase_zh;
  for (i -= 3, k = 0; (alias = hs_alias(s, k)) != NULL; k++)
    if (i-- == 0) return alias;
  if (s->kind != HS_KIND_HTTP) return NULL;
  for (k = 0; k < HS_S_NGX_COUNT; k++)
    if (hs_s_ngx[k].code == s->code && i-- == 0) return hs_s_ngx[k].title;
  return NULL;
}

/* Whether the folded query key[0..n) starts title's folded form; sets
 * *rest to how many bytes of that form it leaves. */
static int hs_s_starts(const unsigned char *key, size_t n, const char *title,
                       size_t *rest) {
  unsigned char form[HS_LOOKUP_MAX];
  size_t len = strlen(title), m;
  if (len > HS_LOOKUP_MAX) return 0;
  m = hs_fold(NULL, (const unsigned char *)title, len, form);
  if (m == (size_t)-1 || m < n || memcmp(form, key, n) != 0) return 0;
  *rest = m - n;
  return 1;
}

/* The code a query starts with, as the lookup forms write it: "404 ...",
 * "HTTP/1.1 404 ...", "HTTP_404_...", "WS_1000_..."; 0 for none.  *kind
 * is the kind the query names (by a prefix or its code's range), or 0. */
static int hs_s_lead(const unsigned char *t, size_t len, int *kind) {
  size_t i = 0, p = 0;
  long code = 0;
  int digits = 0;
  *kind = 0;
  while (i < len && (t[i] == ' ' || t[i] == '\t')) i++;
  if (len - i >= 4 && hs_s_lower(t[i]) == 'h' && hs_s_lower(t[i + 1]) == 't' &&
      hs_s_lower(t[i + 2]) == 't' && hs_s_lower(t[i + 3]) == 'p')
    *kind = HS_KIND_HTTP, p = 4;
  else if (len - i >= 2 && hs_s_lower(t[i]) == 'w' && hs_s_lower(t[i + 1]) == 's')
    *kind = HS_KIND_WEBSOCKET, p = 2;
  if (p && i + p < len && hs_s_wordy(t[i + p])) /* "https", "wsgi": a word */
    *kind = 0, p = 0;
  i += p;
  if (*kind == HS_KIND_HTTP && i < len && t[i] == '/') /* HTTP/1.1 */
    for (i++; i < len && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.'); i++)
      continue;
  while (*kind && i < len && !hs_s_wordy(t[i])) i++;
  for (; i < len && t[i] >= '0' && t[i] <= '9' && digits < 9; i++, digits++)
    code = code * 10 + (t[i] - '0');
  if (!digits || (i < len && hs_s_wordy(t[i]))) return 0;
  if (!*kind) *kind = hs_code_kind((int)code);
  return (int)code;
}

/* Best first: higher score, then lower code. */
static int hs_s_before(const hs_match *a, const hs_match *b) {
  if (a->score != b->score) return a->score > b->score;
  return a->status->code < b->status->code;
}

size_t hs_search(const char *text, size_t len, hs_match *out, size_t max) {
  const unsigned char *t = (const unsigned char *)text;
  hs_word words[HS_S_WORDS];
  hs_match found[HS_S_ENTRIES];
  unsigned char key[HS_LOOKUP_MAX];
  const hs_status *s, *exact[2], *lead = NULL;
  size_t nwords = 0, nfound = 0, at = 0, keylen, i, k, w;
  int kind, code, full = 0, most = 0;
  hs_word word;

  if (!text || len == 0 || len > HS_LOOKUP_MAX) return 0;
  for (i = 0; i < len; i += k) /* a NUL, a control byte, broken UTF-8 */
    if (t[i] < 0x20 || t[i] == 0x7F || (k = hs_utf8_len(t + i, len - i)) == 0)
      return 0;
  code = hs_s_lead(t, len, &kind);
  if (code)
    lead = kind == HS_KIND_WEBSOCKET ? hs_ws_get(code) : hs_get(code);
  exact[0] = kind != HS_KIND_WEBSOCKET ? hs_lookup(text, len) : NULL;
  exact[1] = kind != HS_KIND_HTTP ? hs_ws_lookup(text, len) : NULL;
  /* The folded query for the prefix test: its letters, digits and other
   * characters, every other byte dropped. */
  for (i = 0, keylen = 0; i < len; i++)
    if (hs_s_wordy(t[i])) key[keylen++] = hs_s_lower(t[i]);
  while (nwords < HS_S_WORDS && hs_s_next(t, len, &at, &word)) {
    size_t d = 0;
    while (d < word.len && word.text[d] >= '0' && word.text[d] <= '9') d++;
    if (d == word.len || (word.ascii && word.len < 2)) continue; /* codes, "a" */
    if (word.ascii && ((word.len == 4 && memcmp(word.text, "http", 4) == 0) ||
                       (word.len == 2 && memcmp(word.text, "ws", 2) == 0)))
      continue; /* the protocol, which every title would hold */
    if (word.ascii) hs_s_american(&word);
    if (!word.ascii && word.len < HS_S_WORD_MAX) word.text[word.len] = '\0';
    if (!word.ascii && word.len == HS_S_WORD_MAX) continue;
    words[nwords++] = word;
  }

  for (i = 0; (s = hs_at(i)) != NULL && nfound < HS_S_ENTRIES; i++) {
    int score = 0, sub = 0, primary;
    size_t matched = 0, exact_words = 0, rest;
    enum hs_quality worst = HS_Q_EXACT;
    const char *title;
    if (kind && (int)s->kind != kind) continue;
    if (s == exact[0] || s == exact[1])
      score = HS_SCORE_EXACT + 99;
    else if (s == lead)
      score = HS_SCORE_EXACT + 90;
    for (k = 0; !score && keylen >= 3 && (title = hs_s_title(s, k, &primary));
         k++)
      if (hs_s_starts(key, keylen, title, &rest)) /* closer when less is left */
        score = HS_SCORE_PREFIX + (primary ? 50 : 0) + (rest < 48 ? 48 - (int)rest : 0);
    for (w = 0; !score && w < nwords; w++) {
      enum hs_quality q = HS_Q_NONE, tq;
      for (k = 0; q < HS_Q_EXACT && (title = hs_s_title(s, k, &primary)); k++)
        if ((tq = hs_s_in_title(&words[w], title)) > q) q = tq;
      if (q == HS_Q_NONE) {
        q = hs_s_in_text(&words[w], s->description);
        if (q == HS_Q_NONE) q = hs_s_in_text(&words[w], s->description_zh);
      }
      if (q != HS_Q_NONE) matched++;
      if (q == HS_Q_EXACT) exact_words++;
      if (q < worst) worst = q;
    }
    if (!score && matched == 0) continue;
    if (!score) {
      sub = (int)(exact_words * 10 + matched * 5);
      if (sub > 98) sub = 98;
      score = matched < nwords         ? HS_SCORE_SOME
              : worst >= HS_Q_PREFIX   ? HS_SCORE_WORDS
              : worst == HS_Q_TYPO     ? HS_SCORE_TYPO
                                       : HS_SCORE_DESC;
      score += score == HS_SCORE_SOME ? (int)matched : sub;
    }
    if (score >= HS_SCORE_DESC && score < HS_SCORE_EXACT &&
        s->state != HS_STATE_UNOFFICIAL)
      score++; /* a registered code before an unofficial one as close */
    if (score >= HS_SCORE_DESC) full = 1;
    if (score < HS_SCORE_DESC && (int)matched > most) most = (int)matched;
    found[nfound].status = s;
    found[nfound++].score = score;
  }

  /* Some of the words count only when no entry has all of them, and then
   * only the entries with the most. */
  for (i = 0, k = 0; i < nfound; i++)
    if (found[i].score >= HS_SCORE_DESC ||
        (!full && found[i].score - HS_SCORE_SOME == most))
      found[k++] = found[i];
  nfound = k;
  /* Insertion sort: a hundred entries at most, and stable. */
  for (i = 1; i < nfound; i++) {
    hs_match m = found[i];
    for (k = i; k > 0 && hs_s_before(&m, &found[k - 1]); k--)
      found[k] = found[k - 1];
    found[k] = m;
  }
  if (out)
    for (i = 0; i < nfound && i < max; i++) out[i] = found[i];
  return nfound < max || !out ? nfound : max;
}
