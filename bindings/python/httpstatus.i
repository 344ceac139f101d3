/*
 * httpstatus.i - SWIG interface: the C core as the extension module
 * httpstatus._core.
 *
 * SWIG wraps the C API itself (hs_get, hs_lookup, ...).  A few hand-written
 * helpers below give the Python package what SWIG's generic wrappers cannot
 * give fast enough: the whole registry in one call at import, constant-time
 * per-code tables as METH_O functions, and an enum metaclass whose member
 * access and value lookup skip CPython 3.11's Python-level EnumType hooks.
 */
%module(package="httpstatus") core

%{
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "hs_cli.h"
%}

/* text with its length, so embedded NUL bytes reach the C check. */
%include <cstring.i>
%apply (char *STRING, size_t LENGTH) { (const char *text, size_t len) };

/* hs_cli_main(argc, argv) from a Python list of str. */
%typemap(in) (int argc, char **argv) {
  Py_ssize_t i, n;
  if (!PyList_Check($input)) {
    PyErr_SetString(PyExc_TypeError, "argv must be a list of str or bytes");
    SWIG_fail;
  }
  n = PyList_Size($input);
  $1 = (int)n;
  $2 = (char **)PyMem_Calloc((size_t)n + 1, sizeof(char *));
  if (!$2) { PyErr_NoMemory(); SWIG_fail; }
  for (i = 0; i < n; i++) {
    PyObject *s = PyList_GetItem($input, i);
    const char *u = PyBytes_Check(s)     ? PyBytes_AsString(s)
                    : PyUnicode_Check(s) ? PyUnicode_AsUTF8(s)
                                         : NULL;
    if (!u) {
      PyMem_Free($2);
      $2 = NULL;
      if (!PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "argv must be a list of str or bytes");
      SWIG_fail;
    }
    $2[i] = (char *)u;
  }
}
%typemap(freearg) (int argc, char **argv) { PyMem_Free($2); }

/* The data is static and const: Python never owns or frees it. */
%immutable;
%ignore hs_status_line;
%include "httpstatus.h"
%mutable;

%{
/* ---- the registry in one call ------------------------------------------ */

static PyObject *hs_py_str(const char *s) {
  if (!s) Py_RETURN_NONE;
  return PyUnicode_FromString(s);
}

/* The attributes every member carries, as interned keys made once at
 * module init (import fills ~2,000 of them). */
#define HS_PY_ATTRS(X)                                                         \
  X(aliases) X(phrase) X(description) X(phrase_zh) X(description_zh)           \
  X(state) X(source) X(reference) X(status_class) X(is_informational)          \
  X(is_success) X(is_redirection) X(is_client_error) X(is_server_error)        \
  X(is_error) X(is_cacheable) X(is_empty) X(is_redirect) X(is_retryable)       \
  X(is_standard) X(range) X(is_sendable)

enum {
#define HS_PY_ATTR_ENUM(name) HS_A_##name,
  HS_PY_ATTRS(HS_PY_ATTR_ENUM) HS_A_COUNT
#undef HS_PY_ATTR_ENUM
};
static PyObject *hs_py_attr_keys[HS_A_COUNT];

static int hs_py_intern_attrs(void) {
  static const char *const names[] = {
#define HS_PY_ATTR_NAME(name) #name,
      HS_PY_ATTRS(HS_PY_ATTR_NAME)
#undef HS_PY_ATTR_NAME
  };
  int i;
  for (i = 0; i < HS_A_COUNT; i++)
    if (!(hs_py_attr_keys[i] = PyUnicode_InternFromString(names[i])))
      return -1;
  return 0;
}

/* Sets d[attribute] = value and drops the reference to value. */
static int hs_py_put(PyObject *d, int attr, PyObject *value) {
  int rc = value ? PyDict_SetItem(d, hs_py_attr_keys[attr], value) : -1;
  Py_XDECREF(value);
  return rc;
}

/* The attributes of an HTTPStatus or WSCloseCode member, ready for its
 * __dict__: built here so that import does one update() per member. */
static PyObject *hs_py_attrs(const hs_status *s, PyObject *aliases) {
  const hs_group *g = s->kind == HS_KIND_HTTP ? hs_class_info(s->code)
                                              : hs_ws_range(s->code);
  int digit = hs_class(s->code), rc = 0;
  PyObject *d = PyDict_New();
  if (!d) return NULL;
  Py_INCREF(aliases);
  rc |= hs_py_put(d, HS_A_aliases, aliases);
  rc |= hs_py_put(d, HS_A_phrase, hs_py_str(s->phrase));
  rc |= hs_py_put(d, HS_A_description, hs_py_str(s->description));
  rc |= hs_py_put(d, HS_A_phrase_zh, hs_py_str(s->phrase_zh));
  rc |= hs_py_put(d, HS_A_description_zh, hs_py_str(s->description_zh));
  rc |= hs_py_put(d, HS_A_state, hs_py_str(hs_state_name(s->state)));
  rc |= hs_py_put(d, HS_A_source, hs_py_str(s->source));
  rc |= hs_py_put(d, HS_A_reference, hs_py_str(s->reference));
  if (s->kind == HS_KIND_HTTP) {
    rc |= hs_py_put(d, HS_A_status_class, hs_py_str(g->key));
    rc |= hs_py_put(d, HS_A_is_informational, PyBool_FromLong(digit == 1));
    rc |= hs_py_put(d, HS_A_is_success, PyBool_FromLong(digit == 2));
    rc |= hs_py_put(d, HS_A_is_redirection, PyBool_FromLong(digit == 3));
    rc |= hs_py_put(d, HS_A_is_client_error, PyBool_FromLong(digit == 4));
    rc |= hs_py_put(d, HS_A_is_server_error, PyBool_FromLong(digit == 5));
    rc |= hs_py_put(d, HS_A_is_error, PyBool_FromLong(digit == 4 || digit == 5));
    rc |= hs_py_put(d, HS_A_is_cacheable,
                    PyBool_FromLong(s->flags & HS_F_CACHEABLE));
    rc |= hs_py_put(d, HS_A_is_empty, PyBool_FromLong(s->flags & HS_F_EMPTY));
    rc |= hs_py_put(d, HS_A_is_redirect,
                    PyBool_FromLong(s->flags & HS_F_REDIRECT));
    rc |= hs_py_put(d, HS_A_is_retryable,
                    PyBool_FromLong(s->flags & HS_F_RETRYABLE));
    rc |= hs_py_put(d, HS_A_is_standard,
                    PyBool_FromLong(s->state != HS_STATE_UNOFFICIAL));
  } else {
    rc |= hs_py_put(d, HS_A_range, hs_py_str(g->key));
    rc |= hs_py_put(d, HS_A_is_sendable,
                    PyBool_FromLong(s->flags & HS_F_SENDABLE));
  }
  if (rc) {
    Py_DECREF(d);
    return NULL;
  }
  return d;
}

/* One entry: (code, kind, name, aliases, attributes). */
static PyObject *hs_py_entry(const hs_status *s) {
  Py_ssize_t n = 0, i;
  PyObject *aliases, *attrs;
  while (hs_alias(s, (size_t)n)) n++;
  aliases = PyTuple_New(n);
  if (!aliases) return NULL;
  for (i = 0; i < n; i++) {
    PyObject *o = PyUnicode_InternFromString(hs_alias(s, (size_t)i));
    if (!o) {
      Py_DECREF(aliases);
      return NULL;
    }
    PyTuple_SET_ITEM(aliases, i, o);
  }
  attrs = hs_py_attrs(s, aliases);
  if (!attrs) {
    Py_DECREF(aliases);
    return NULL;
  }
  /* "N" hands each new reference to the tuple. */
  return Py_BuildValue("(isNNN)", s->code, hs_kind_name(s->kind),
                       PyUnicode_InternFromString(s->name), aliases, attrs);
}

%}

%inline %{
/* Every entry as a tuple of tuples (see hs_py_entry), HTTP then WebSocket. */
PyObject *entries(void) {
  size_t i, n = hs_count();
  PyObject *all = PyTuple_New((Py_ssize_t)n);
  if (!all) return NULL;
  for (i = 0; i < n; i++) {
    PyObject *e = hs_py_entry(hs_at(i));
    if (!e) {
      Py_DECREF(all);
      return NULL;
    }
    PyTuple_SET_ITEM(all, (Py_ssize_t)i, e);
  }
  return all;
}

/* The status line, or None for a code outside 100..999 or a bad version. */
PyObject *status_line(int code, const char *version) {
  char small[96], *buf = small;
  PyObject *r;
  int n = hs_status_line(buf, sizeof small, code, version);
  if (n < 0) Py_RETURN_NONE;
  if ((size_t)n >= sizeof small) {
    buf = (char *)PyMem_Malloc((size_t)n + 1);
    if (!buf) return PyErr_NoMemory();
    hs_status_line(buf, (size_t)n + 1, code, version);
  }
  r = PyUnicode_DecodeUTF8(buf, n, "strict");
  if (buf != small) PyMem_Free(buf);
  return r;
}

/* python -m httpstatus: the C command itself, so both print the same. */
int cli_main(int argc, char **argv) {
  int rc = hs_cli_main(argc, argv);
  fflush(stdout);
  fflush(stderr);
  return rc;
}
%}

%{
/* ---- per-code tables: phrase(404), get(404) ---------------------------- */

/* self is (base, items): code -> items[code - base].  The argument must be
 * an int (bool refused); anything outside the table answers None.  This
 * is the whole per-call cost of httpstatus.phrase() and get(). */
static PyObject *hs_py_table_get(PyObject *self, PyObject *arg) {
  PyObject *items = PyTuple_GET_ITEM(self, 1), *item;
  long base = PyLong_AsLong(PyTuple_GET_ITEM(self, 0)), code;
  int overflow;
  if (!PyLong_Check(arg) || PyBool_Check(arg)) {
    return PyErr_Format(PyExc_TypeError, "code must be an int, not %.100s",
                        Py_TYPE(arg)->tp_name);
  }
  code = PyLong_AsLongAndOverflow(arg, &overflow);
  if (code == -1 && PyErr_Occurred()) return NULL;
  if (overflow || code < base || code - base >= PyTuple_GET_SIZE(items))
    Py_RETURN_NONE;
  item = PyTuple_GET_ITEM(items, code - base);
  Py_INCREF(item);
  return item;
}

static PyMethodDef hs_py_table_defs[] = {
    {"phrase", hs_py_table_get, METH_O,
     "phrase(code) -> the reason phrase, or None when not registered."},
    {"get", hs_py_table_get, METH_O,
     "get(code) -> the HTTPStatus member, or None when not registered."},
    {"ws_get", hs_py_table_get, METH_O,
     "ws_get(code) -> the WSCloseCode member, or None."},
    {NULL, NULL, 0, NULL}};

/* ---- the enum metaclass ------------------------------------------------ */

static PyObject *hs_enum_type;       /* enum.EnumType */
static PyObject *hs_str_value_map;   /* "_value2member_map_" */

/* Attribute access as plain as type's own: CPython 3.11's EnumType defines
 * __getattr__, which routes every class attribute through a slow hook.
 * Members sit in the class dict, so type's lookup finds them; anything it
 * does not find still goes to EnumType.__getattr__. */
static PyObject *hs_meta_getattro(PyObject *cls, PyObject *name) {
  PyObject *r = PyType_Type.tp_getattro(cls, name), *hook, *t, *v, *tb;
  if (r || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
  /* EnumType.__getattr__ exists up to CPython 3.11 only; without it the
   * original AttributeError stands. */
  PyErr_Fetch(&t, &v, &tb);
  hook = PyObject_GetAttrString(hs_enum_type, "__getattr__");
  if (!hook) {
    PyErr_Clear();
    PyErr_Restore(t, v, tb);
    return NULL;
  }
  Py_XDECREF(t);
  Py_XDECREF(v);
  Py_XDECREF(tb);
  r = PyObject_CallFunctionObjArgs(hook, cls, name, NULL);
  Py_DECREF(hook);
  return r;
}

/* HTTPStatus(404): one dict lookup; anything else (a miss, the functional
 * API, keywords) goes to EnumType.__call__ for its usual answer. */
static PyObject *hs_meta_call(PyObject *cls, PyObject *args, PyObject *kw) {
  PyObject *call, *r;
  if (PyTuple_GET_SIZE(args) == 1 && (!kw || PyDict_GET_SIZE(kw) == 0)) {
    PyObject *map = PyDict_GetItemWithError(((PyTypeObject *)cls)->tp_dict,
                                            hs_str_value_map);
    if (map && PyDict_CheckExact(map)) {
      PyObject *m = PyDict_GetItemWithError(map, PyTuple_GET_ITEM(args, 0));
      if (m) {
        Py_INCREF(m);
        return m;
      }
    }
    PyErr_Clear(); /* unhashable, missing: EnumType says what is wrong */
  }
  call = PyObject_GetAttrString(hs_enum_type, "__call__");
  if (!call) return NULL;
  {
    Py_ssize_t i, n = PyTuple_GET_SIZE(args);
    PyObject *full = PyTuple_New(n + 1);
    if (!full) {
      Py_DECREF(call);
      return NULL;
    }
    Py_INCREF(cls);
    PyTuple_SET_ITEM(full, 0, cls);
    for (i = 0; i < n; i++) {
      PyObject *a = PyTuple_GET_ITEM(args, i);
      Py_INCREF(a);
      PyTuple_SET_ITEM(full, i + 1, a);
    }
    r = PyObject_Call(call, full, kw);
    Py_DECREF(full);
  }
  Py_DECREF(call);
  return r;
}

static PyType_Slot hs_meta_slots[] = {
    {Py_tp_getattro, (void *)hs_meta_getattro},
    {Py_tp_call, (void *)hs_meta_call},
    {Py_tp_doc, (void *)"EnumType with C-speed member access and lookup."},
    {0, NULL}};

static PyType_Spec hs_meta_spec = {"httpstatus._core.FastEnumType", 0, 0,
                                   Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
                                   hs_meta_slots};

static int hs_py_init(PyObject *module) {
  PyObject *enum_mod, *meta, *bases;
  enum_mod = PyImport_ImportModule("enum");
  if (!enum_mod) return -1;
  hs_enum_type = PyObject_GetAttrString(enum_mod, "EnumMeta");
  Py_DECREF(enum_mod);
  if (!hs_enum_type) return -1;
  hs_str_value_map = PyUnicode_InternFromString("_value2member_map_");
  if (!hs_str_value_map || hs_py_intern_attrs() < 0) return -1;
  bases = PyTuple_Pack(1, hs_enum_type);
  if (!bases) return -1;
  meta = PyType_FromSpecWithBases(&hs_meta_spec, bases);
  Py_DECREF(bases);
  if (!meta || PyModule_AddObject(module, "FastEnumType", meta) < 0) {
    Py_XDECREF(meta);
    return -1;
  }
  return 0;
}

/* make_table("phrase", 100, items): a METH_O function over one table. */
static PyObject *hs_py_make_table(PyObject *self, PyObject *args) {
  const char *name;
  PyObject *base, *items, *state, *fn;
  PyMethodDef *def;
  (void)self;
  if (!PyArg_ParseTuple(args, "sO!O!:make_table", &name, &PyLong_Type, &base,
                        &PyTuple_Type, &items))
    return NULL;
  for (def = hs_py_table_defs; def->ml_name; def++)
    if (strcmp(def->ml_name, name) == 0) break;
  if (!def->ml_name)
    return PyErr_Format(PyExc_ValueError, "no table named %s", name);
  state = PyTuple_Pack(2, base, items);
  if (!state) return NULL;
  fn = PyCFunction_NewEx(def, state, NULL);
  Py_DECREF(state);
  return fn;
}
%}

%native(make_table) PyObject *hs_py_make_table(PyObject *self, PyObject *args);

%init %{
  if (hs_py_init(m) < 0) return NULL;
%}
