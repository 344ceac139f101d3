/*
 * httpstatus.i - SWIG interface: the C core as httpstatus._core, a private
 * module inside the package.
 *
 * Every function here answers with plain Python values (ints, str, None,
 * tuples): no SWIG pointer to a registry row ever reaches Python, so there
 * is nothing to pass back wrongly.  SWIG wraps the few C calls the package
 * makes; hand-written functions below give it what SWIG's generic wrappers
 * cannot give fast enough:
 *   members(kind)     the (name, value) pairs an enum class body is made of
 *   fields(kind)      the member attributes those values carry, in order
 *   bind(kind, m)     hands the made members to get() / ws_get()
 *   get, ws_get, phrase   constant-time per-code lookups
 *   lookup, ws_lookup     the member any text form names (the core's index)
 *   EnumType          enum's metaclass with a C fast path for HTTPStatus(404)
 * The enum classes themselves are made in Python by the interpreter's own
 * enum machinery (see httpstatus/__init__.py).
 */
%module core

/* SWIG's generated wrappers take a self they do not use (functions of no
 * argument); our own code below builds clean with -Wunused-parameter in
 * every other build (tests/c/build_matrix.sh), so only this file's
 * wrappers are spared it, and a pip build shows no warning. */
%begin %{
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
%}

%{
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <string.h>
#include "httpstatus.h"
#include "hs_attrs.h"
#include "hs_python.h"
%}

/* text with its length, so embedded NUL bytes reach the C check. */
%include <cstring.i>
%apply (char *STRING, size_t LENGTH) { (const char *text, size_t len) };

/* Every "int code" parameter: an int, never a bool (True == 1 is never
 * meant as a code), as the hand-written get() and phrase() take it; an int
 * no C int holds names no code, so it is passed as INT_MIN or INT_MAX,
 * which every function of the core answers as a miss. */
%typemap(in) int code {
  int overflow = 0;
  long v;
  if (!PyLong_Check($input) || PyBool_Check($input)) {
    hs_py_type_error("code must be an int", $input);
    SWIG_fail;
  }
  v = PyLong_AsLongAndOverflow($input, &overflow);
  if (v == -1 && PyErr_Occurred()) SWIG_fail;
  if (overflow > 0 || v > INT_MAX) v = INT_MAX;
  if (overflow < 0 || v < INT_MIN) v = INT_MIN;
  $1 = (int)v;
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_INTEGER) int code {
  $1 = PyLong_Check($input) && !PyBool_Check($input);
}

/* Only what is written below is wrapped. */
%ignore "";
%rename("%s") hs_version;
%rename("%s") hs_ws_sendable;
%rename("%s") HS_LOOKUP_MAX;
/* the code bounds, for Python to read rather than write again */
%rename("%s") HS_HTTP_MIN;
%rename("%s") HS_HTTP_MAX;
%rename("%s") HS_WS_MIN;
%rename("%s") HS_WS_MAX;
%include "httpstatus.h"
%rename("%s") "";

%inline %{
/* The code hs_understood_as gives (RFC 9110 Section 15), or None. */
PyObject *understood_as_code(int code) {
  const hs_status *s = hs_understood_as(code);
  if (!s) Py_RETURN_NONE;
  return PyLong_FromLong(s->code);
}

/* The title hs_problem_json gives a problem of this status, or None. */
PyObject *problem_title(int code) {
  const char *t = hs_problem_title(code);
  if (!t) Py_RETURN_NONE;
  return PyUnicode_FromString(t);
}

/* The key of the class of an HTTP code ('client_error'), or None. */
PyObject *class_key(int code) {
  const hs_group *g = hs_class_info(code);
  if (!g) Py_RETURN_NONE;
  return PyUnicode_FromString(g->key);
}

/* The key of the RFC 6455 range of a close code ('private'), or None. */
PyObject *ws_range_key(int code) {
  const hs_group *g = hs_ws_range(code);
  if (!g) Py_RETURN_NONE;
  return PyUnicode_FromString(g->key);
}

/* The status line.  The core decides what a version and a code may be;
 * a version is checked here only for what C cannot see (a str, and a NUL
 * inside, which would cut it short), so no str subclass can talk its way
 * past the check.  ValueError names which of the two is wrong. */
PyObject *status_line(int code, PyObject *version_obj) {
  char small[96], *buf = small;
  const char *version;
  Py_ssize_t vlen = 0;
  PyObject *r;
  int n;
  if (!PyUnicode_Check(version_obj))
    return hs_py_type_error("version must be a str", version_obj);
  version = PyUnicode_AsUTF8AndSize(version_obj, &vlen);
  if (!version) { /* lone surrogates: no version either */
    PyErr_Clear();
    version = "";
    vlen = 0;
  }
  n = strlen(version) == (size_t)vlen ? hs_status_line(buf, sizeof small,
                                                       code, version)
                                      : HS_LINE_BAD_VERSION;
  if (n == HS_LINE_BAD_VERSION) {
    PyErr_SetString(PyExc_ValueError, "version must be visible ASCII, 1 "
                    "to " HS__XSTR(HS_VERSION_MAX) " bytes");
    return NULL;
  }
  if (n < 0) {
    PyErr_SetString(PyExc_ValueError, "code must be 100 to 999");
    return NULL;
  }
  if ((size_t)n >= sizeof small) {
    buf = (char *)PyMem_Malloc((size_t)n + 1);
    if (!buf) return PyErr_NoMemory();
    hs_status_line(buf, (size_t)n + 1, code, version);
  }
  r = PyUnicode_DecodeUTF8(buf, n, "strict");
  if (buf != small) PyMem_Free(buf);
  return r;
}

/* search(text): what hs_search finds for text, best first, as a tuple
 * of (code, is_websocket, score); text with a NUL finds nothing (the core
 * refuses control bytes). */
PyObject *search_codes(const char *text, size_t len) {
  hs_match found[256]; /* room for every entry */
  size_t n = 0, i;
  PyObject *t;
  if (text) n = hs_search(text, len, found, sizeof found / sizeof *found);
  if (!(t = PyTuple_New((Py_ssize_t)n))) return NULL;
  for (i = 0; i < n; i++) {
    PyObject *row = Py_BuildValue("(iOi)", found[i].status->code,
                                  found[i].status->kind == HS_KIND_WEBSOCKET
                                      ? Py_True : Py_False,
                                  found[i].score);
    if (!row) {
      Py_DECREF(t);
      return NULL;
    }
    PyTuple_SetItem(t, (Py_ssize_t)i, row); /* steals row */
  }
  return t;
}

/* The SWIG that made this module, as 0xMMmmpp (the tests check it). */
int swig_version(void) { return SWIG_VERSION; }

%}


%init %{
  if (hs_py_exec(m) < 0) {
#if SWIG_VERSION >= 0x040400 /* multi-phase init: an exec slot, int */
    return -1;
#else /* single-phase init: PyInit_ returns the module */
    return NULL;
#endif
  }
%}
