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

#define BITS 11 /* 2048 slots: the table stays under a quarter full */
#define SLOTS (1u << BITS)
#define MAX_KEYS 1024

typedef struct key {
  unsigned char text[HS_LOOKUP_MAX];
  size_t len;
  int code;
  hs_kind kind;
  const char *form; /* as the registry writes it, for the comment */
} key;

static key keys[MAX_KEYS];
static size_t nkeys;

static void add(hs_kind kind, int code, const char *form) {
  key *k = &keys[nkeys];
  size_t i, len = strlen(form);
  if (len > HS_LOOKUP_MAX || nkeys == MAX_KEYS) {
    fprintf(stderr, "indexgen: %d: cannot index '%s'\n", code, form);
    exit(1);
  }
  k->len = hs_fold((const unsigned char *)form, len, k->text);
  if (k->len == (size_t)-1 || k->len == 0 || k->len > 255) {
    fprintf(stderr, "indexgen: %d: '%s' folds to no key\n", code, form);
    exit(1);
  }
  for (i = 0; i < nkeys; i++)
    if (keys[i].kind == kind && keys[i].len == k->len &&
        memcmp(keys[i].text, k->text, k->len) == 0) {
      if (keys[i].code != code)
        fprintf(stderr, "indexgen: '%s' (%d) is already %d's: %d keeps it\n",
                form, code, keys[i].code, keys[i].code);
      return;
    }
  k->code = code, k->kind = kind, k->form = form;
  nkeys++;
}

static void add_kind(hs_kind kind) {
  const hs_status *s;
  const char *alias;
  size_t i, j;
  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    if (s->kind != kind) continue;
    add(kind, s->code, s->name);
    add(kind, s->code, s->phrase);
    for (j = 0; (alias = hs_alias(s, j)) != NULL; j++) add(kind, s->code, alias);
    add(kind, s->code, s->phrase_zh);
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

/* A key as a C string literal: printable ASCII as it is, the rest as
 * octal escapes (never followed by a digit that would join them). */
static void literal(const unsigned char *t, size_t n) {
  size_t i;
  putchar('"');
  for (i = 0; i < n; i++)
    if (t[i] >= 0x80 || t[i] < 0x20 || t[i] == '"' || t[i] == '\\' ||
        t[i] == '?')
      printf("\\%03o", t[i]);
    else
      putchar(t[i]);
  putchar('"');
}

int main(void) {
  static int slot_of[MAX_KEYS], best_slot[MAX_KEYS], at_slot[SLOTS];
  unsigned seed, best_seed = 0, tries;
  int best = -1, longest;
  size_t i, offset = 0;
  const hs_status *s;

  add_kind(HS_KIND_HTTP);
#define NGX(code, name) add(HS_KIND_HTTP, code, #name);
  HS_NGX_NAME_MAP(NGX)
#undef NGX
#define NGX_PHRASE(code, phrase) add(HS_KIND_HTTP, code, phrase);
  HS_NGX_PHRASE_MAP(NGX_PHRASE)
#undef NGX_PHRASE
  add_kind(HS_KIND_WEBSOCKET);
  for (i = 0; i < nkeys; i++) /* every code a key names is registered */
    if (!(s = keys[i].kind == HS_KIND_HTTP ? hs_get(keys[i].code)
                                           : hs_ws_get(keys[i].code)))
      return fprintf(stderr, "indexgen: %d is no entry\n", keys[i].code), 1;

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
         "#define HS_INDEX_PROBES %d\n\n", BITS, best_seed, best + 1);
  printf("/* The keys, one after another. */\nstatic const char "
         "hs_index_text[] =\n");
  for (i = 0; i < SLOTS; i++) {
    key *k;
    if (at_slot[i] < 0) continue;
    k = &keys[at_slot[i]];
    printf("    ");
    literal(k->text, k->len);
    printf(" /* %d */\n", k->code);
  }
  printf("    \"\";\n\n");
  printf("/* Slot -> where its key starts in hs_index_text, its length (0: "
         "an empty\n * slot), the code it names and the kind of code. */\n"
         "static const struct hs_index_slot {\n  unsigned short at;\n"
         "  unsigned char len, kind;\n  unsigned short code;\n"
         "} hs_index[1u << HS_INDEX_BITS] = {\n");
  for (i = 0; i < SLOTS; i++) {
    key *k;
    if (at_slot[i] < 0) continue;
    k = &keys[at_slot[i]];
    printf("    [%zu] = {%zu, %zu, %d, %d},\n", i, offset, k->len,
           (int)k->kind, k->code);
    offset += k->len;
  }
  printf("};\n");
  if (offset > 65535) return fprintf(stderr, "indexgen: text too long\n"), 1;
  return 0;
}
