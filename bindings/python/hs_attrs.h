/*
 * hs_attrs.h - which fields of hs_field_at a Python member carries as
 * attributes, and under what name: every field of HS_FIELD_MAP under its
 * key but those the member is or derives (below), then each flag as
 * is_<key> on members of its kind.  Read by the extension (hs_python.h)
 * and by the stub writer (stubgen.c), so that the members and their stubs
 * cannot disagree.
 */
#ifndef HS_ATTRS_H
#define HS_ATTRS_H

#include <string.h>

#include "httpstatus.h"
#include "hs_internal.h"

/* The fields a member is or derives rather than carries: its int, its
 * type, its name, its class (status_class). */
static const char *const hs_member_is[] = {"code", "kind", "name", "class"};

static const struct hs_attr {
  const char *name;
  int kind; /* 0 for every member, else the flag's hs_kind */
} hs_attrs[] = {
#define HS_ATTR_FIELD(key) {#key, 0},
    HS_FIELD_MAP(HS_ATTR_FIELD)
#undef HS_ATTR_FIELD
#define HS_ATTR_FLAG(NAME, bit, key, kind) {"is_" key, kind},
    HS_FLAG_MAP(HS_ATTR_FLAG)
#undef HS_ATTR_FLAG
};

#define HS_ATTR_COUNT (sizeof hs_attrs / sizeof hs_attrs[0])

/* The attribute name of field i on a member of kind, or NULL for none.
 * Asked when the classes are built, not per lookup. */
static const char *hs_attr_name(size_t i, hs_kind kind) {
  size_t j;
  if (i >= HS_ATTR_COUNT) return NULL;
  if (hs_attrs[i].kind && hs_attrs[i].kind != (int)kind) return NULL;
  for (j = 0; j < sizeof hs_member_is / sizeof hs_member_is[0]; j++)
    if (strcmp(hs_attrs[i].name, hs_member_is[j]) == 0) return NULL;
  return hs_attrs[i].name;
}

#endif /* HS_ATTRS_H */
