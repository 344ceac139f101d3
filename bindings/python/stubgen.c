/*
 * stubgen.c - prints the type stubs of the httpstatus package: the stub
 * template (stdin) with each kind's members written out from the registry,
 * so that no name is written twice.  Run by setup.py at build time.
 *
 *   stubgen < httpstatus_stub.pyi.in > __init__.pyi
 */
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"

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

int main(void) {
  char line[1024];
  while (fgets(line, sizeof line, stdin)) {
    if (strcmp(line, "    # @HTTP_MEMBERS@\n") == 0)
      members(HS_KIND_HTTP);
    else if (strcmp(line, "    # @WS_MEMBERS@\n") == 0)
      members(HS_KIND_WEBSOCKET);
    else
      fputs(line, stdout);
  }
  return ferror(stdin) || fflush(stdout) != 0 || ferror(stdout);
}
