/*
 * indexgen.c - writes csrc/hs_index.h, the text index of the registry:
 * every text form a code is known by (its name, old names, English and
 * Chinese phrases, and for HTTP OpenResty's names and nginx's status-line
 * phrases), folded by the one rule of hs_text.h, in an open-addressing
 * table that hs_lookup probes in a few steps.  Run by make regen-index,
 * whose output is committed; tests/c/index.sh fails when it is stale.
 *
 *   indexgen > csrc/hs_index.h
 *
 * Where two entries of one kind fold to the same key, the first in the
 * registry's order keeps it (as a scan of the registry would find it), and
 * the clash is written to stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "hs_text.h"

#define BITS 10 /* 1024 slots: the table stays about a third full */
#define SLOTS (1u << BITS)
#define MAX_KEYS 1024

/* A key's kind: HS_KIND_HTTP or HS_KIND_WEBSOCKET, plus SPELT for a name
 * as ngx.HTTP_* spells it, which a text matches only when it starts with
 * "HTTP" and a separator (not "HTTPNOT_FOUND"). */
#define SPELT 4

typedef struct key {
  unsigned char text[HS_LOOKUP_MAX];
  size_t len;
  int code;
  int kind;
  const char *form; /* as the registry writes it, for the comment */
} key;

static key keys[MAX_KEYS];
static size_t nkeys;

static void add(int kind, int code, const char *form) {
  key *k = &keys[nkeys];
  size_t i, len = strlen(form);
  if (len > HS_LOOKUP_MAX || nkeys == MAX_KEYS) {
    fprintf(stderr, "indexgen: %d: cannot index '%s'\n", code, form);
    exit(1);
  }
  k->len = hs_fold(NULL, (const unsigned char *)form, len, k->text);
  if (k->len == (size_t)-1 || k->len == 0 || k->len > 255) {
    fprintf(stderr, "indexgen: %d: '%s' folds to no key\n", code, form);
    exit(1);
  }
  for (i = 0; i < nkeys; i++)
    if ((keys[i].kind & ~SPELT) == (kind & ~SPELT) && keys[i].len == k->len &&
        memcmp(keys[i].text, k->text, k->len) == 0) {
      if (keys[i].code != code)
        fprintf(stderr, "indexgen: '%s' (%d) is already %d's: %d keeps it\n",
                form, code, keys[i].code, keys[i].code);
      return;
    }
  k->code = code, k->kind = kind, k->form = form;
  nkeys++;
}

/* The registry as the X-macros write it: this program links nothing, so
 * that it runs before the library that includes its output is built. */
typedef struct entry {
  int code;
  const char *name, *phrase, *phrase_zh;
} entry;
typedef struct alias {
  int code;
  const char *name;
} alias;
#define ENTRY(code, name, phrase, phrase_zh, ...) {code, #name, phrase, phrase_zh},
#define ALIAS(code, name) {code, #name},
static const entry http[] = {HS_HTTP_MAP(ENTRY)}, ws[] = {HS_WS_MAP(ENTRY)};
static const alias http_aliases[] = {HS_HTTP_ALIAS_MAP(ALIAS)},
                   ws_aliases[] = {HS_WS_ALIAS_MAP(ALIAS)},
                   ngx_names[] = {HS_NGX_NAME_MAP(ALIAS)};
#undef ENTRY
#undef ALIAS
#define NGX_PHRASE(code, phrase) {code, phrase},
static const alias ngx_phrases[] = {HS_NGX_PHRASE_MAP(NGX_PHRASE)};
#undef NGX_PHRASE
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Each entry in the registry's order: its name, phrase, old names and
 * Chinese phrase. */
static void add_kind(hs_kind kind, const entry *e, size_t n, const alias *a,
                     size_t na) {
  size_t i, j;
  for (i = 0; i < n; i++) {
    add(kind, e[i].code, e[i].name);
    add(kind, e[i].code, e[i].phrase);
    for (j = 0; j < na; j++)
      if (a[j].code == e[i].code) add(kind, e[i].code, a[j].name);
    add(kind, e[i].code, e[i].phrase_zh);
  }
}

/* Every code a name of OpenResty's or nginx's gives is registered. */
static void add_ngx(const alias *a, size_t n) {
  size_t i, k;
  for (i = 0; i < n; i++) {
    for (k = 0; k < COUNT(http) && http[k].code != a[i].code; k++) continue;
    if (k == COUNT(http)) {
      fprintf(stderr, "indexgen: %d is no entry\n", a[i].code);
      exit(1);
    }
    add(HS_KIND_HTTP, a[i].code, a[i].name);
  }
}

/* Every HTTP name, old name and OpenResty name as OpenResty spells its
 * constants, ngx.HTTP_NOT_FOUND: the lookup also strips an "HTTP "
 * prefix from any text, but these, the common case, take one probe. */
static void add_ngx_spelt(const entry *e, size_t n, const alias *a,
                          size_t na) {
  static char spelt[MAX_KEYS][HS_LOOKUP_MAX];
  static size_t used;
  size_t i;
  const char *name;
  for (i = 0; i < n + na + COUNT(ngx_names); i++) {
    name = i < n ? e[i].name : i < n + na ? a[i - n].name
                                        : ngx_names[i - n - na].name;
    if (used == MAX_KEYS || strlen(name) + 6 > HS_LOOKUP_MAX) exit(1);
    snprintf(spelt[used], HS_LOOKUP_MAX, "HTTP_%s", name);
    add(HS_KIND_HTTP | SPELT,
        i < n ? e[i].code : i < n + na ? a[i - n].code
                                      : ngx_names[i - n - na].code,
        spelt[used++]);
  }
}

/* Places every key (seed given) and returns the longest distance from a
 * key's first slot to where it lies, or -1 when a key found no slot. */
static int place(unsigned seed, int *slot_of) {
  static int taken[SLOTS];
  size_t i;
  int longest = 0;
  memset(taken, 0, sizeof taken);
  for (i = 0; i < nkeys; i++) {
    unsigned home = hs_key_slot(keys[i].text, keys[i].len, seed, BITS), d;
    for (d = 0; d < SLOTS && taken[(home + d) & (SLOTS - 1)]; d++) continue;
    if (d == SLOTS) return -1;
    taken[(home + d) & (SLOTS - 1)] = 1;
    slot_of[i] = (int)((home + d) & (SLOTS - 1));
    if ((int)d > longest) longest = (int)d;
  }
  return longest;
}

/* A key as character constants: printable ASCII as it is, the rest as
 * octal escapes. */
static void chars(const unsigned char *t, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (t[i] >= 0x80 || t[i] < 0x20 || t[i] == '\'' || t[i] == '\\')
      printf("'\\%03o', ", t[i]);
    else
      printf("'%c', ", t[i]);
}

int main(void) {
  static int slot_of[MAX_KEYS], best_slot[MAX_KEYS], at_slot[SLOTS];
  unsigned seed, best_seed = 0, tries;
  int best = -1, longest;
  size_t i, at = 0;

  add_kind(HS_KIND_HTTP, http, COUNT(http), http_aliases, COUNT(http_aliases));
  add_ngx(ngx_names, COUNT(ngx_names));
  add_ngx(ngx_phrases, COUNT(ngx_phrases));
  add_kind(HS_KIND_WEBSOCKET, ws, COUNT(ws), ws_aliases, COUNT(ws_aliases));
  add_ngx_spelt(http, COUNT(http), http_aliases, COUNT(http_aliases));

  /* The first seed (odd, from a fixed start, so the output is the same on
   * every run) whose longest probe is shortest. */
  for (tries = 0, seed = 0x9E3779B9u; tries < 20000; tries++, seed += 2) {
    longest = place(seed, slot_of);
    if (longest >= 0 && (best < 0 || longest < best)) {
      best = longest, best_seed = seed;
      memcpy(best_slot, slot_of, sizeof best_slot);
      if (best == 0) break;
    }
  }
  for (i = 0; i < SLOTS; i++) at_slot[i] = -1;
  for (i = 0; i < nkeys; i++) at_slot[best_slot[i]] = (int)i;

  printf("/*\n * hs_index.h - private to httpstatus.c: the text index of "
         "the registry,\n * written by scripts/indexgen.c (make regen-index) "
         "from httpstatus/registry.h.\n * Do not edit; tests/c/index.sh fails "
         "when it is stale.\n *\n * %zu keys, folded by hs_fold (hs_text.h), "
         "in %u slots; a key lies at most\n * HS_INDEX_PROBES - 1 slots past "
         "the one hs_key_slot gives it.\n */\n", nkeys, SLOTS);
  printf("#define HS_INDEX_BITS %d\n#define HS_INDEX_SEED 0x%08Xu\n"
         "#define HS_INDEX_PROBES %d\n"
         "#define HS_INDEX_SPELT %d /* kind | this: spelt ngx.HTTP_NAME */\n\n",
         BITS, best_seed, best + 1, SPELT);
  printf("/* hs_fold_byte of every byte, for hs_lookup's one pass over a "
         "text:\n * the byte lowered, 0 for a separator, 1 for a byte no key "
         "holds. */\nstatic const unsigned char hs_fold_map[256] = {");
  for (i = 0; i < 256; i++)
    printf("%s%u,", i % 16 ? " " : "\n    ", hs_fold_byte((unsigned char)i));
  printf("\n};\n\n");
  printf("/* The keys, one after another (as characters, not one long "
         "literal, which\n * C99 asks no compiler to take; and not pointers, "
         "which a shared object\n * would have to relocate). */\n"
         "static const unsigned char hs_index_text[] = {\n");
  for (i = 0; i < SLOTS; i++) {
    key *k;
    if (at_slot[i] < 0) continue;
    k = &keys[at_slot[i]];
    printf("    ");
    chars(k->text, k->len);
    printf("/* %d: %s */\n", k->code, k->form);
  }
  printf("};\n\n");
  printf("/* Slot -> where its key starts in hs_index_text, the key's length "
         "(0: an\n * empty slot), the code it names and the kind of code. */\n"
         "static const struct hs_index_slot {\n  unsigned short at;\n"
         "  unsigned char len, kind;\n  unsigned short code;\n"
         "} hs_index[1u << HS_INDEX_BITS] = {\n");
  for (i = 0; i < SLOTS; i++) {
    key *k;
    if (at_slot[i] < 0) continue;
    k = &keys[at_slot[i]];
    printf("    [%zu] = {%zu, %zu, %d, %d},\n", i, at, k->len,
           (int)k->kind, k->code);
    at += k->len;
  }
  printf("};\n");
  if (at > 65535) return fprintf(stderr, "indexgen: the keys outgrow 16 bits\n"), 1;
  return 0;
}
