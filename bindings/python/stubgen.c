/*
 * stubgen.c - prints the type stubs of the httpstatus package: the stub
 * template (stdin) with each kind's members, their attributes, and the
 * state, class and range names written out from the registry, so that
 * none is written twice.  Run by make regen-stubs, whose output is
 * committed (the package build compiles the extension only, which may be
 * for another machine than the one building it):
 *
 *   stubgen < httpstatus_stub.pyi.in > httpstatus/__init__.pyi
 */
#include <stdio.h>
#include <string.h>

#include "hs_attrs.h"

/* "    NOT_FOUND = 404" for each entry of kind, its old names after it. */
static void members(hs_kind kind) {
  const hs_status *s;
  const char *alias;
  size_t i, j;
  for (i = 0; (s = hs_at(i)) != NULL; i++) {
    if (s->kind != kind) continue;
    printf("    %s = %d\n", s->name, s->code);
    for (j = 0; (alias = hs_alias(s, j)) != NULL; j++)
      printf("    %s = %d\n", alias, s->code);
  }
}

/* What a member of kind carries (hs_attrs.h): "    phrase: str" for each
 * attribute, Optional where some entry has none. */
static void fields(hs_kind kind) {
  const hs_status *s;
  hs_field f;
  size_t i, j;
  for (i = 0; i < HS_ATTR_COUNT; i++) {
    const char *type = NULL, *name = hs_attr_name(i, kind);
    int optional = 0;
    if (!name) continue;
    for (j = 0; (s = hs_at(j)) != NULL; j++) {
      if (s->kind != kind || !hs_field_at(s, i, &f)) continue;
      switch (f.type) {
      case HS_FIELD_NULL: optional = 1; break;
      case HS_FIELD_INT: type = "int"; break;
      case HS_FIELD_BOOL: type = "_Flag"; break; /* see the template */
      case HS_FIELD_STRING:
        type = strcmp(f.key, "state") == 0 ? "_State" : "str";
        break;
      case HS_FIELD_ALIASES: type = "Tuple[str, ...]"; break;
      }
    }
    if (type && strcmp(type, "_Flag") == 0) /* see _flag in the template */
      printf("    @_flag\n    def %s(self) -> bool: ...\n", name);
    else
      printf(optional ? "    %s: Optional[%s]\n" : "    %s: %s\n", name,
             type ? type : "None");
  }
}

/* _State = Literal["permanent", ...], from HS_STATE_MAP. */
static void states(void) {
  const char *sep = "";
  fputs("_State = Literal[", stdout);
#define STATE(NAME, name, zh) printf("%s\"%s\"", sep, name), sep = ", ";
  HS_STATE_MAP(STATE)
#undef STATE
  fputs("]\n", stdout);
}

/* _Class and _Range: the keys of the classes of 100..599 and of the
 * close code ranges of 0..4999, in order. */
static void groups(const char *alias, const hs_group *(*of)(int), int high) {
  const hs_group *g, *last = NULL;
  const char *sep = "";
  int code;
  printf("%s = Literal[", alias);
  for (code = 0; code <= high; code++)
    if ((g = of(code)) != NULL && g != last) {
      printf("%s\"%s\"", sep, g->key);
      sep = ", ";
      last = g;
    }
  fputs("]\n", stdout);
}

/* _Code = Literal[100, 101, ...]: the registered codes of kind, for the
 * overloads whose answer cannot be None for them. */
static void codes(const char *alias, hs_kind kind) {
  const hs_status *s;
  size_t i, n = 0;
  printf("%s = Literal[", alias);
  for (i = 0; (s = hs_at(i)) != NULL; i++)
    if (s->kind == kind)  /* ten to a line */
      printf(n++ == 0 ? "%d" : n % 10 == 1 ? ",\n    %d" : ", %d", s->code);
  fputs("]\n", stdout);
}

int main(void) {
  char line[1024];
  fputs("# Written by make regen-stubs (bindings/python/stubgen.c over\n"
        "# bindings/python/httpstatus_stub.pyi.in): edit those, not this.\n",
        stdout);
  while (fgets(line, sizeof line, stdin)) {
    if (strcmp(line, "    # @HTTP_MEMBERS@\n") == 0)
      members(HS_KIND_HTTP);
    else if (strcmp(line, "    # @WS_MEMBERS@\n") == 0)
      members(HS_KIND_WEBSOCKET);
    else if (strcmp(line, "    # @HTTP_FIELDS@\n") == 0)
      fields(HS_KIND_HTTP);
    else if (strcmp(line, "    # @WS_FIELDS@\n") == 0)
      fields(HS_KIND_WEBSOCKET);
    else if (strcmp(line, "# @STATES@\n") == 0)
      states();
    else if (strcmp(line, "# @CLASSES@\n") == 0)
      groups("_Class", hs_class_info, 599);
    else if (strcmp(line, "# @CODES@\n") == 0)
      codes("_Code", HS_KIND_HTTP), codes("_WSCode", HS_KIND_WEBSOCKET);
    else if (strcmp(line, "# @RANGES@\n") == 0)
      groups("_Range", hs_ws_range, 4999);
    else
      fputs(line, stdout);
  }
  return ferror(stdin) || fflush(stdout) != 0 || ferror(stdout);
}
