/*
 * httpstatus.i - SWIG interface: the C core as the extension module
 * _httpstatus, which the package httpstatus imports as httpstatus._core.
 * It sits next to the package, not in it: finding a module in a directory
 * the import system has not listed yet (a package's own) costs a path
 * hook, a listing and several stats, 20-35 us of an import that must cost
 * no more than `import http`.
 *
 * SWIG wraps the C functions the package calls (hs_lookup, hs_class_info,
 * ...).  Hand-written helpers below give it what SWIG's generic wrappers
 * cannot give fast enough: a kind's members in one call at import,
 * constant-time per-code METH_O functions, member attributes read on first
 * use, and an enum metaclass whose member access and value lookup skip
 * CPython 3.11's Python-level EnumType hooks.
 */
%module httpstatus

/* SWIG finds the type table other SWIG modules share with PyCapsule_Import,
 * which first searches all of sys.path for "swig_runtime_data4", a module
 * that only ever lives in sys.modules: ~90 us, a fifth of this import.
 * With SWIG_LINK_RUNTIME SWIG asks SWIG_ReturnGlobalTypeList (below), which
 * looks in sys.modules only. */
%begin %{
#define SWIG_LINK_RUNTIME
%}

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

/* The part of the C API the package calls, nothing more: every wrapper is
 * a function object made at import (some 0.5 us each; wrapping the whole
 * header made 55), and the registry's rows are static const data that
 * Python must never build or free (no new_/delete_ wrappers). */
%ignore "";
%nodefaultctor;
%nodefaultdtor;
%rename("%s") hs_version;
%rename("%s") hs_lookup;
%rename("%s") hs_ws_lookup;
%rename("%s") hs_class_info;
%rename("%s") hs_ws_range;
%rename("%s") hs_ws_sendable;
%rename("%s") hs_status;
%rename("%s") hs_status::code;
%rename("%s") hs_group;
%rename("%s") hs_group::key;
%immutable;
%include "httpstatus.h"
%mutable;
%rename("%s") "";  /* the helpers below are all wrapped */
%clearnodefaultctor;
%clearnodefaultdtor;

%{
/* The shared type table if a SWIG module has made one, else NULL (SWIG
 * then makes it). */
void *SWIG_ReturnGlobalTypeList(void *unused) {
  PyObject *name, *mod = NULL, *capsule = NULL;
  void *table = NULL;
  (void)unused;
  name = PyUnicode_FromString("swig_runtime_data" SWIG_RUNTIME_VERSION);
  if (name) mod = PyImport_GetModule(name);
  if (mod) capsule = PyObject_GetAttrString(mod, SWIGPY_CAPSULE_ATTR_NAME);
  if (capsule) table = PyCapsule_GetPointer(capsule, SWIGPY_CAPSULE_NAME);
  Py_XDECREF(capsule);
  Py_XDECREF(mod);
  Py_XDECREF(name);
  PyErr_Clear();
  return table;
}

/* ---- member attributes, made on first use ------------------------------ */

/* The attributes members carry and the kinds that carry them: Enum's own
 * (_value_, _name_, ...) and ours.  Nothing is made at import: a Field
 * descriptor on the class makes one attribute of one member when it is
 * first read and leaves it in the member's __dict__, where every later
 * read finds it (a dict hit, like http.HTTPStatus).  So a member costs one
 * int object until it is used. */
#define HS_PY_HTTP 1
#define HS_PY_WS 2
#define HS_PY_ALL 3
#define HS_PY_ATTRS(X)                                                         \
  X(_value_, ALL) X(_name_, ALL) X(__objclass__, ALL) X(_sort_order_, ALL)     \
  X(aliases, ALL) X(phrase, ALL) X(description, ALL) X(phrase_zh, ALL)         \
  X(description_zh, ALL) X(state, ALL) X(source, ALL) X(reference, ALL)        \
  X(status_class, HTTP) X(is_informational, HTTP) X(is_success, HTTP)          \
  X(is_redirection, HTTP) X(is_client_error, HTTP) X(is_server_error, HTTP)    \
  X(is_error, HTTP) X(is_cacheable, HTTP) X(is_empty, HTTP)                    \
  X(is_redirect, HTTP) X(is_retryable, HTTP) X(is_standard, HTTP)              \
  X(range, WS) X(is_sendable, WS)

/* The class tables EnumType reads. */
#define HS_PY_ENUM_KEYS(X) X(_member_names_) X(_member_map_) X(_value2member_map_)

enum {
#define HS_PY_ATTR_ENUM(name, kinds) HS_A_##name,
#define HS_PY_KEY_ENUM(name) HS_K_##name,
  HS_PY_ATTRS(HS_PY_ATTR_ENUM) HS_A_COUNT,
  HS_PY_ENUM_KEYS(HS_PY_KEY_ENUM) HS_KEY_COUNT
#undef HS_PY_ATTR_ENUM
#undef HS_PY_KEY_ENUM
};

/* Interned once at module init; indexed by HS_A_* and HS_K_*. */
static PyObject *hs_py_keys[HS_KEY_COUNT];

static int hs_py_intern_keys(void) {
  static const char *const names[HS_KEY_COUNT] = {
#define HS_PY_ATTR_NAME(name, kinds) #name,
#define HS_PY_KEY_NAME(name) #name,
      HS_PY_ATTRS(HS_PY_ATTR_NAME) NULL,
      HS_PY_ENUM_KEYS(HS_PY_KEY_NAME)
#undef HS_PY_ATTR_NAME
#undef HS_PY_KEY_NAME
  };
  int i;
  for (i = 0; i < HS_KEY_COUNT; i++)
    if (names[i] && !(hs_py_keys[i] = PyUnicode_InternFromString(names[i])))
      return -1;
  return 0;
}

static PyObject *hs_py_str(const char *s) {
  if (!s) Py_RETURN_NONE;
  return PyUnicode_FromString(s);
}

static PyObject *hs_py_aliases(const hs_status *s) {
  Py_ssize_t n = 0, i;
  PyObject *t;
  while (hs_alias(s, (size_t)n)) n++;
  if (!(t = PyTuple_New(n))) return NULL;
  for (i = 0; i < n; i++) {
    PyObject *o = PyUnicode_InternFromString(hs_alias(s, (size_t)i));
    if (!o) {
      Py_DECREF(t);
      return NULL;
    }
    PyTuple_SET_ITEM(t, i, o);
  }
  return t;
}

/* The place of s among the entries of its kind (Enum's _sort_order_). */
static Py_ssize_t hs_py_order(const hs_status *s) {
  const hs_status *e;
  Py_ssize_t n = 0;
  size_t i;
  for (i = 0; (e = hs_at(i)) && e != s; i++)
    if (e->kind == s->kind) n++;
  return n;
}

/* The registry entry an int names (find is hs_get or hs_ws_get); NULL for
 * any other object, and for ints no C int holds, without raising. */
static const hs_status *hs_py_find(PyObject *code,
                                   const hs_status *(*find)(int)) {
  long c;
  int overflow;
  if (!PyLong_Check(code)) return NULL;
  c = PyLong_AsLongAndOverflow(code, &overflow);
  if (c == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return NULL;
  }
  return !overflow && c >= INT_MIN && c <= INT_MAX ? find((int)c) : NULL;
}

static PyObject *hs_py_group_key(const hs_group *g) {
  return hs_py_str(g ? g->key : NULL);
}

/* One attribute of member, the entry s, read from the registry. */
static PyObject *hs_py_attr(PyObject *member, const hs_status *s, int attr) {
  int digit = hs_class(s->code);
  switch (attr) {
  case HS_A__value_: return PyLong_FromLong(s->code);
  case HS_A__name_: return PyUnicode_InternFromString(s->name);
  case HS_A___objclass__:
    Py_INCREF(Py_TYPE(member));
    return (PyObject *)Py_TYPE(member);
  case HS_A__sort_order_: return PyLong_FromSsize_t(hs_py_order(s));
  case HS_A_aliases: return hs_py_aliases(s);
  case HS_A_phrase: return hs_py_str(s->phrase);
  case HS_A_description: return hs_py_str(s->description);
  case HS_A_phrase_zh: return hs_py_str(s->phrase_zh);
  case HS_A_description_zh: return hs_py_str(s->description_zh);
  case HS_A_state: return hs_py_str(hs_state_name(s->state));
  case HS_A_source: return hs_py_str(s->source);
  case HS_A_reference: return hs_py_str(s->reference);
  case HS_A_status_class: return hs_py_group_key(hs_class_info(s->code));
  case HS_A_is_informational: return PyBool_FromLong(digit == 1);
  case HS_A_is_success: return PyBool_FromLong(digit == 2);
  case HS_A_is_redirection: return PyBool_FromLong(digit == 3);
  case HS_A_is_client_error: return PyBool_FromLong(digit == 4);
  case HS_A_is_server_error: return PyBool_FromLong(digit == 5);
  case HS_A_is_error: return PyBool_FromLong(digit == 4 || digit == 5);
  case HS_A_is_cacheable: return PyBool_FromLong(s->flags & HS_F_CACHEABLE);
  case HS_A_is_empty: return PyBool_FromLong(s->flags & HS_F_EMPTY);
  case HS_A_is_redirect: return PyBool_FromLong(s->flags & HS_F_REDIRECT);
  case HS_A_is_retryable: return PyBool_FromLong(s->flags & HS_F_RETRYABLE);
  case HS_A_is_standard:
    return PyBool_FromLong(s->state != HS_STATE_UNOFFICIAL);
  case HS_A_range: return hs_py_group_key(hs_ws_range(s->code));
  case HS_A_is_sendable: return PyBool_FromLong(s->flags & HS_F_SENDABLE);
  }
  return PyErr_Format(PyExc_SystemError, "no attribute %d", attr);
}

/* ---- the Field descriptor ---------------------------------------------- */

typedef struct {
  PyObject_HEAD
  int attr;    /* HS_A_* */
  hs_kind kind;
} hs_py_field;

static PyTypeObject *hs_py_field_type;

/* member.phrase the first time: the registry entry of the member's code
 * gives the value, which is then cached in the member's __dict__.  Read on
 * the class (HTTPStatus.phrase) it is the descriptor itself. */
static PyObject *hs_py_field_get(PyObject *self, PyObject *obj, PyObject *tp) {
  const hs_py_field *f = (const hs_py_field *)self;
  const hs_status *s;
  PyObject *dict, *value;
  (void)tp;
  if (!obj) {
    Py_INCREF(self);
    return self;
  }
  s = hs_py_find(obj, f->kind == HS_KIND_HTTP ? hs_get : hs_ws_get);
  if (!s || !(dict = PyObject_GenericGetDict(obj, NULL))) {
    PyErr_Clear();
    return PyErr_Format(PyExc_AttributeError, "'%.100s' object has no "
                        "attribute '%U'", Py_TYPE(obj)->tp_name,
                        hs_py_keys[f->attr]);
  }
  value = hs_py_attr(obj, s, f->attr);
  if (value && PyDict_SetItem(dict, hs_py_keys[f->attr], value) < 0)
    Py_CLEAR(value);
  Py_DECREF(dict);
  return value;
}

static PyObject *hs_py_field_repr(PyObject *self) {
  return PyUnicode_FromFormat("<httpstatus field '%U'>",
                              hs_py_keys[((hs_py_field *)self)->attr]);
}

static void hs_py_field_dealloc(PyObject *self) {
  PyTypeObject *tp = Py_TYPE(self);
  tp->tp_free(self);
  Py_DECREF(tp); /* instances of heap types own a reference to it */
}

static PyType_Slot hs_py_field_slots[] = {
    {Py_tp_descr_get, (void *)hs_py_field_get},
    {Py_tp_repr, (void *)hs_py_field_repr},
    {Py_tp_dealloc, (void *)hs_py_field_dealloc},
    {Py_tp_doc, (void *)"A member attribute read from the C registry on "
                        "first use, then cached in the member."},
    {0, NULL}};

static PyType_Spec hs_py_field_spec = {"_httpstatus.Field",
                                       sizeof(hs_py_field), 0,
                                       Py_TPFLAGS_DEFAULT, hs_py_field_slots};

static int hs_py_kind(const char *name, hs_kind *kind) {
  if (strcmp(name, "http") == 0) *kind = HS_KIND_HTTP;
  else if (strcmp(name, "websocket") == 0) *kind = HS_KIND_WEBSOCKET;
  else {
    PyErr_Format(PyExc_ValueError, "kind must be 'http' or 'websocket', "
                 "not %.100s", name);
    return -1;
  }
  return 0;
}

/* fields(kind): {name: Field} for each member attribute of the kind.  They
 * go in the namespace the class is made from: no type attribute writes. */
static PyObject *hs_py_fields(PyObject *self, PyObject *args) {
  static const int kinds[HS_A_COUNT] = {
#define HS_PY_ATTR_KINDS(name, k) HS_PY_##k,
      HS_PY_ATTRS(HS_PY_ATTR_KINDS)
#undef HS_PY_ATTR_KINDS
  };
  const char *kind_name;
  hs_kind kind;
  PyObject *fields;
  int i, mask;
  (void)self;
  if (!PyArg_ParseTuple(args, "s:fields", &kind_name) ||
      hs_py_kind(kind_name, &kind) < 0 || !(fields = PyDict_New()))
    return NULL;
  mask = kind == HS_KIND_HTTP ? HS_PY_HTTP : HS_PY_WS;
  for (i = 0; i < HS_A_COUNT; i++) {
    hs_py_field *f;
    int rc;
    if (!(kinds[i] & mask)) continue;
    if (!(f = PyObject_New(hs_py_field, hs_py_field_type))) {
      Py_DECREF(fields);
      return NULL;
    }
    f->attr = i;
    f->kind = kind;
    rc = PyDict_SetItem(fields, hs_py_keys[i], (PyObject *)f);
    Py_DECREF(f);
    if (rc < 0) {
      Py_DECREF(fields);
      return NULL;
    }
  }
  return fields;
}

/* ---- members ----------------------------------------------------------- */

/* A new member of cls with the value code: just the int, its attributes
 * come when first read. */
static PyObject *hs_py_member(PyObject *cls, PyObject *code) {
  PyObject *args = PyTuple_Pack(1, code), *m;
  if (!args) return NULL;
  m = PyLong_Type.tp_new((PyTypeObject *)cls, args, NULL); /* int.__new__ */
  Py_DECREF(args);
  return m;
}

/* Binds name to member in _member_map_ and in the class dict, where plain
 * type lookup finds it (as CPython 3.13 does for its members). */
static int hs_py_bind(PyObject *cls, PyObject *by_name, PyObject *name,
                      PyObject *member) {
  if (PyDict_SetItem(by_name, name, member) < 0) return -1;
  return PyType_Type.tp_setattro(cls, name, member);
}

/* fill(cls, kind): the registry's entries of one kind as the members of
 * cls, an enum class made without any, old names as aliases. */
static PyObject *hs_py_fill(PyObject *self, PyObject *args) {
  PyObject *cls, *names = NULL, *by_name = NULL, *by_value = NULL, *r = NULL;
  const char *kind_name;
  hs_kind kind;
  size_t i, j;
  (void)self;
  if (!PyArg_ParseTuple(args, "O!s:fill", &PyType_Type, &cls, &kind_name) ||
      hs_py_kind(kind_name, &kind) < 0)
    return NULL;
  names = PyObject_GetAttr(cls, hs_py_keys[HS_K__member_names_]);
  by_name = PyObject_GetAttr(cls, hs_py_keys[HS_K__member_map_]);
  by_value = PyObject_GetAttr(cls, hs_py_keys[HS_K__value2member_map_]);
  if (!names || !by_name || !by_value) goto done;
  if (!PyList_Check(names) || !PyDict_Check(by_name) ||
      !PyDict_Check(by_value) || PyList_GET_SIZE(names) != 0 ||
      !PyType_IsSubtype((PyTypeObject *)cls, &PyLong_Type)) {
    PyErr_SetString(PyExc_TypeError, "fill() needs an empty int enum class");
    goto done;
  }
  for (i = 0; i < hs_count(); i++) {
    const hs_status *s = hs_at(i);
    const char *name;
    PyObject *code, *m = NULL;
    int rc = -1;
    if (s->kind != kind) continue;
    if ((code = PyLong_FromLong(s->code)) && (m = hs_py_member(cls, code)))
      rc = PyDict_SetItem(by_value, code, m);
    /* its name, then its old names */
    for (j = 0; rc == 0 && (name = j ? hs_alias(s, j - 1) : s->name); j++) {
      PyObject *key = PyUnicode_InternFromString(name);
      rc = key ? hs_py_bind(cls, by_name, key, m) : -1;
      if (rc == 0 && j == 0) rc = PyList_Append(names, key);
      Py_XDECREF(key);
    }
    Py_XDECREF(code);
    Py_XDECREF(m);
    if (rc) goto done;
  }
  r = Py_None;
  Py_INCREF(r);
done:
  Py_XDECREF(names);
  Py_XDECREF(by_name);
  Py_XDECREF(by_value);
  return r;
}
%}

%native(fields) PyObject *hs_py_fields(PyObject *self, PyObject *args);
%native(fill) PyObject *hs_py_fill(PyObject *self, PyObject *args);

%inline %{
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
/* ---- per-code functions: get(404), phrase(404) ------------------------- */

/* self is (members, rows).  rows holds at i the answer for the registry's
 * entry i (hs_at(i) is row i of one array), made the first time it is
 * asked for and None until then: the member, from members (an enum's
 * _value2member_map_), or the phrase when members is None.  So import
 * builds nothing per code, and a call is the C registry's constant-time
 * lookup and a list index. */
static PyObject *hs_py_row(PyObject *self, PyObject *code,
                           const hs_status *(*find)(int)) {
  PyObject *members = PyTuple_GET_ITEM(self, 0);
  PyObject *rows = PyTuple_GET_ITEM(self, 1), *value, *key;
  const hs_status *s;
  Py_ssize_t row;
  if (!PyLong_Check(code) || PyBool_Check(code)) /* any other int: None */
    return PyErr_Format(PyExc_TypeError, "code must be an int, not %.100s",
                        Py_TYPE(code)->tp_name);
  if (!(s = hs_py_find(code, find))) Py_RETURN_NONE;
  row = (Py_ssize_t)(s - hs_at(0));
  value = PyList_GET_ITEM(rows, row);
  if (value == Py_None) {
    if (members == Py_None) {
      value = hs_py_str(s->phrase);
    } else if ((key = PyLong_FromLong(s->code))) {
      if ((value = PyDict_GetItemWithError(members, key)))
        Py_INCREF(value);
      else if (!PyErr_Occurred())
        PyErr_Format(PyExc_LookupError, "no member has the value %d",
                     s->code);
      Py_DECREF(key);
    }
    Py_XINCREF(value); /* one for the list, one for the caller */
    if (!value || PyList_SetItem(rows, row, value) < 0) return NULL;
  } else {
    Py_INCREF(value);
  }
  return value;
}

static PyObject *hs_py_http_row(PyObject *self, PyObject *code) {
  return hs_py_row(self, code, hs_get);
}

static PyObject *hs_py_ws_row(PyObject *self, PyObject *code) {
  return hs_py_row(self, code, hs_ws_get);
}

static const struct hs_py_table {
  PyMethodDef def;
  int of_members; /* answers members (make_table needs the class) */
} hs_py_tables[] = {
    {{"phrase", hs_py_http_row, METH_O,
      "phrase(code) -> the reason phrase, or None when not registered."},
     0},
    {{"get", hs_py_http_row, METH_O,
      "get(code) -> the HTTPStatus member, or None when not registered."},
     1},
    {{"ws_get", hs_py_ws_row, METH_O,
      "ws_get(code) -> the WSCloseCode member, or None."},
     1},
    {{NULL, NULL, 0, NULL}, 0}};

/* ---- the enum metaclass ------------------------------------------------ */

static PyObject *hs_enum_type;       /* enum.EnumType */

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
                                            hs_py_keys[HS_K__value2member_map_]);
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

static PyType_Spec hs_meta_spec = {"_httpstatus.FastEnumType", 0, 0,
                                   Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
                                   hs_meta_slots};

static int hs_py_init(PyObject *module) {
  PyObject *enum_mod, *meta, *bases;
  enum_mod = PyImport_ImportModule("enum");
  if (!enum_mod) return -1;
  hs_enum_type = PyObject_GetAttrString(enum_mod, "EnumMeta");
  Py_DECREF(enum_mod);
  if (!hs_enum_type) return -1;
  if (hs_py_intern_keys() < 0) return -1;
  hs_py_field_type = (PyTypeObject *)PyType_FromSpec(&hs_py_field_spec);
  if (!hs_py_field_type) return -1;
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

/* make_table("get", HTTPStatus), make_table("phrase"): a per-code
 * function answering members of a filled enum class, or phrases. */
static PyObject *hs_py_make_table(PyObject *self, PyObject *args) {
  const char *name;
  PyObject *cls = NULL, *members = NULL, *rows, *state, *fn;
  const struct hs_py_table *t;
  Py_ssize_t i;
  (void)self;
  if (!PyArg_ParseTuple(args, "s|O!:make_table", &name, &PyType_Type, &cls))
    return NULL;
  for (t = hs_py_tables; t->def.ml_name; t++)
    if (strcmp(t->def.ml_name, name) == 0) break;
  if (!t->def.ml_name)
    return PyErr_Format(PyExc_ValueError, "no table named %s", name);
  if (t->of_members != (cls != NULL))
    return PyErr_Format(PyExc_TypeError, "make_table(\"%s\") takes %s", name,
                        t->of_members ? "an enum class" : "no class");
  if (cls) {
    members = PyObject_GetAttr(cls, hs_py_keys[HS_K__value2member_map_]);
    if (!members) return NULL;
    if (!PyDict_Check(members) || PyDict_GET_SIZE(members) == 0) {
      Py_DECREF(members);
      PyErr_SetString(PyExc_TypeError, "make_table() needs a filled enum class");
      return NULL;
    }
  }
  if (!(rows = PyList_New((Py_ssize_t)hs_count()))) {
    Py_XDECREF(members);
    return NULL;
  }
  for (i = 0; i < PyList_GET_SIZE(rows); i++) {
    Py_INCREF(Py_None);
    PyList_SET_ITEM(rows, i, Py_None);
  }
  state = PyTuple_Pack(2, members ? members : Py_None, rows);
  Py_XDECREF(members);
  Py_DECREF(rows);
  if (!state) return NULL;
  /* CPython only reads a method def; ours stay const */
  fn = PyCFunction_NewEx((PyMethodDef *)&t->def, state, NULL);
  Py_DECREF(state);
  return fn;
}
%}

%native(make_table) PyObject *hs_py_make_table(PyObject *self, PyObject *args);

%init %{
  if (hs_py_init(m) < 0) return NULL;
%}
