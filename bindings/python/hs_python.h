/*
 * hs_python.h - the hand-written part of httpstatus._core, included once by
 * the SWIG wrapper (httpstatus.i).
 *
 * Nothing here makes or changes an enum class: it hands Python the
 * registry's rows to build a class body from, and once the interpreter's
 * own enum machinery has made the members, bind() hands them back so that
 * get(404) and HTTPStatus(404) find them in constant time.  That lookup
 * state lives in a small module object of ours (PyModule_GetState), not in
 * C globals and not in any enum's private attributes.
 */
#ifndef HS_PYTHON_H
#define HS_PYTHON_H

#define HS_PY_KINDS 2 /* 0 HTTP, 1 WebSocket */

/* HTTPStatus(404) by vectorcall where the API has what it takes (3.12 on,
 * the limited API's 3.12 included); see hs_py_make_meta. */
#if PY_VERSION_HEX >= 0x030C0000 &&                                            \
    (!defined(Py_LIMITED_API) || Py_LIMITED_API + 0 >= 0x030C0000)
#define HS_PY_VECTORCALL 1
static PyObject *hs_py_enum_vectorcall(PyObject *cls, PyObject *const *args,
                                       size_t nargsf, PyObject *kwnames);
#endif

/* One kind's enum class as bind() found it; never changed once published,
 * freed only with the module. */
typedef struct {
  PyObject *cls;     /* the enum class */
  PyObject *members; /* tuple of its members, registry order */
  PyObject *rows[];  /* the tuple's items, for a plain index */
} hs_py_bound;

/* Everything but bound[] is made by hs_py_exec before any function of the
 * module exists, and only read after. */
typedef struct {
  size_t first[HS_PY_KINDS], count[HS_PY_KINDS]; /* rows of each kind */
  hs_py_bound *bound[HS_PY_KINDS]; /* NULL until bind(), then set once */
  PyObject *phrases;               /* tuple of the HTTP phrases */
  PyObject **phrase_rows;          /* its items */
  PyObject *enum_type;             /* enum.EnumType */
  PyObject *enum_call;             /* its __call__ */
  PyObject *meta;                  /* our subclass of it */
  Py_ssize_t vc_offset; /* of a class's vectorcall function, or 0 */
} hs_py_state;

/* bound[kind] is the one field written after import, and lookups read it
 * without a lock.  With the GIL a plain pointer is enough: nothing between
 * the check and the store in bind() runs Python code.  Free-threaded
 * builds publish it by compare-and-swap (all of the binding written
 * before the pointer) and read it with an acquire load, so that a thread
 * sees no binding or a whole one, never a half-made one. */
#ifdef Py_GIL_DISABLED
static hs_py_bound *hs_py_bound_of(hs_py_state *st, int kind) {
  return (hs_py_bound *)_Py_atomic_load_ptr_acquire(&st->bound[kind]);
}
static int hs_py_publish(hs_py_state *st, int kind, hs_py_bound *b) {
  void *expected = NULL;
  return _Py_atomic_compare_exchange_ptr(&st->bound[kind], &expected, b);
}
#else
static hs_py_bound *hs_py_bound_of(hs_py_state *st, int kind) {
  return st->bound[kind];
}
static int hs_py_publish(hs_py_state *st, int kind, hs_py_bound *b) {
  if (st->bound[kind]) return 0;
  st->bound[kind] = b;
  return 1;
}
#endif

/* A registry text, None for NULL.  Free-threaded builds intern it, which
 * makes it immortal there: the members and their texts are read by every
 * thread, and a reference count that all of them change is a hot spot
 * (the standard library's phrases are code constants, immortal there
 * too).  With a GIL a plain str is cheaper to make at import. */
static PyObject *hs_py_str(const char *s) {
  if (!s) Py_RETURN_NONE;
#ifdef Py_GIL_DISABLED
  return PyUnicode_InternFromString(s);
#else
  return PyUnicode_FromString(s);
#endif
}

/* TypeError "what, not TYPE" (the limited API has no tp_name). */
static PyObject *hs_py_type_error(const char *what, PyObject *o) {
  PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
  if (name) {
    PyErr_Format(PyExc_TypeError, "%s, not %U", what, name);
    Py_DECREF(name);
  }
  return NULL;
}

/* The items of a tuple as a C array (borrowed: the tuple keeps them), so
 * that a lookup is a plain index under the limited API too.  NULL and
 * MemoryError on failure. */
static PyObject **hs_py_rows(PyObject *tuple) {
  Py_ssize_t i, n = PyTuple_Size(tuple);
  PyObject **rows = (PyObject **)PyMem_Calloc((size_t)n + 1, sizeof *rows);
  if (!rows) {
    PyErr_NoMemory();
    return NULL;
  }
  for (i = 0; i < n; i++) rows[i] = PyTuple_GetItem(tuple, i);
  return rows;
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
    PyTuple_SetItem(t, i, o); /* steals o */
  }
  return t;
}

/* "http" -> 0, "websocket" -> 1, else ValueError and -1. */
static int hs_py_kind(PyObject *name) {
  if (!PyUnicode_Check(name)) {
    hs_py_type_error("kind must be a str", name);
    return -1;
  }
  if (PyUnicode_CompareWithASCIIString(name, "http") == 0) return 0;
  if (PyUnicode_CompareWithASCIIString(name, "websocket") == 0) return 1;
  PyErr_Format(PyExc_ValueError, "kind must be 'http' or 'websocket', not %R",
               name);
  return -1;
}

static hs_kind hs_py_c_kind(int kind) {
  return kind == 0 ? HS_KIND_HTTP : HS_KIND_WEBSOCKET;
}

/* The registry row an exact int names among the entries of one kind, or
 * -1 (for anything else too, ints no C int holds included) without an
 * error set. */
static Py_ssize_t hs_py_row(const hs_py_state *st, PyObject *code, int kind) {
  const hs_status *s;
  long c;
  int overflow;
  c = PyLong_AsLongAndOverflow(code, &overflow);
  if (c == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return -1;
  }
  if (overflow || c < INT_MIN || c > INT_MAX) return -1;
  s = kind == 0 ? hs_get((int)c) : hs_ws_get((int)c);
  if (!s) return -1;
  return (Py_ssize_t)((size_t)(s - hs_at(0)) - st->first[kind]);
}

/* ---- members(kind), fields(kind) ---------------------------------------- */

/* Appends o (a new reference, NULL for a failure already raised). */
static int hs_py_append(PyObject *list, PyObject *o) {
  int rc = o ? PyList_Append(list, o) : -1;
  Py_XDECREF(o);
  return rc;
}

/* The attribute names the values of members(kind) carry, in order. */
static PyObject *hs_py_fields(PyObject *self, PyObject *kind_name) {
  int kind = hs_py_kind(kind_name);
  PyObject *names, *t;
  size_t i;
  (void)self;
  if (kind < 0 || !(names = PyList_New(0))) return NULL;
  for (i = 0; i < HS_ATTR_COUNT; i++) {
    const char *n = hs_attr_name(i, hs_py_c_kind(kind));
    if (n && hs_py_append(names, PyUnicode_InternFromString(n)) < 0) {
      Py_DECREF(names);
      return NULL;
    }
  }
  t = PyList_AsTuple(names);
  Py_DECREF(names);
  return t;
}

/* Which fields of hs_field_at a member of kind carries (hs_attr_name),
 * asked once per members() rather than per entry; their count. */
static size_t hs_py_carried(hs_kind kind, unsigned char carried[HS_ATTR_COUNT]) {
  size_t i, n = 0;
  for (i = 0; i < HS_ATTR_COUNT; i++)
    n += carried[i] = hs_attr_name(i, kind) != NULL;
  return n;
}

/* (code, aliases, phrase, ..., is_<flag>...) for one entry: its code,
 * then the n fields carried[] names. */
static PyObject *hs_py_values(const hs_status *s, const unsigned char *carried,
                              size_t n) {
  PyObject *t = PyTuple_New((Py_ssize_t)n + 1), *v;
  Py_ssize_t at = 0;
  hs_field f;
  size_t i;
  if (!t || !(v = PyLong_FromLong(s->code))) goto fail;
  PyTuple_SetItem(t, at++, v); /* steals v */
  for (i = 0; i < HS_ATTR_COUNT && hs_field_at(s, i, &f); i++) {
    if (!carried[i]) continue;
    switch (f.type) {
    case HS_FIELD_INT: v = PyLong_FromLong(f.number); break;
    case HS_FIELD_BOOL: v = PyBool_FromLong(f.number); break;
    case HS_FIELD_STRING: v = hs_py_str(f.string); break;
    case HS_FIELD_ALIASES: v = hs_py_aliases(s); break;
    default: v = Py_NewRef(Py_None); break;
    }
    if (!v || PyTuple_SetItem(t, at++, v) < 0) goto fail;
  }
  return t;
fail:
  Py_XDECREF(t);
  return NULL;
}

/* members(kind): ((NAME, (code, phrase, ...)), (OLD_NAME, code), ...), in
 * code order, each entry's old names right after it. */
static PyObject *hs_py_members(PyObject *self, PyObject *kind_name) {
  int kind = hs_py_kind(kind_name);
  unsigned char carried[HS_ATTR_COUNT];
  PyObject *list, *t;
  size_t i, j, n;
  (void)self;
  if (kind < 0 || !(list = PyList_New(0))) return NULL;
  n = hs_py_carried(hs_py_c_kind(kind), carried);
  for (i = 0; i < hs_count(); i++) {
    const hs_status *s = hs_at(i);
    const char *name;
    if (s->kind != hs_py_c_kind(kind)) continue;
    for (j = 0; (name = j ? hs_alias(s, j - 1) : s->name); j++) {
      PyObject *value = j ? PyLong_FromLong(s->code)
                          : hs_py_values(s, carried, n);
      PyObject *pair = value ? Py_BuildValue("(sN)", name, value) : NULL;
      if (!pair || PyList_Append(list, pair) < 0) {
        Py_XDECREF(pair);
        Py_DECREF(list);
        return NULL;
      }
      Py_DECREF(pair);
    }
  }
  t = PyList_AsTuple(list);
  Py_DECREF(list);
  return t;
}

/* ---- bind(kind, cls) ---------------------------------------------------- */

static void hs_py_bound_free(hs_py_bound *b) {
  if (!b) return;
  Py_XDECREF(b->cls);
  Py_XDECREF(b->members);
  PyMem_Free(b);
}

/* bind("http", HTTPStatus): keeps the members (iteration order, which is
 * the registry's) for get() and HTTPStatus(404), read through enum's
 * public API, nothing written.  Once per kind: binding the same class
 * again does nothing (threads that made WSCloseCode at once all bind the
 * one they kept), another class is refused, so a binding that lookups may
 * be reading is never replaced. */
static PyObject *hs_py_bind(PyObject *self, PyObject *args) {
  hs_py_state *st = (hs_py_state *)PyModule_GetState(self);
  PyObject *kind_name, *cls, *members;
  hs_py_bound *b, *had;
  Py_ssize_t i, n;
  int kind;
  if (!PyArg_ParseTuple(args, "OO:bind", &kind_name, &cls) ||
      (kind = hs_py_kind(kind_name)) < 0)
    return NULL;
  if (!PyType_Check(cls) ||
      !PyObject_TypeCheck(cls, (PyTypeObject *)st->enum_type) ||
      !PyType_IsSubtype((PyTypeObject *)cls, &PyLong_Type))
    return PyErr_Format(PyExc_TypeError, "bind() needs an int enum class");
  if ((had = hs_py_bound_of(st, kind)) && had->cls == cls) Py_RETURN_NONE;
  if (!(members = PySequence_Tuple(cls))) return NULL;
  n = PyTuple_Size(members);
  if ((size_t)n != st->count[kind]) {
    PyErr_Format(PyExc_ValueError, "bind(): %zu members expected, got %zd",
                 st->count[kind], n);
    Py_DECREF(members);
    return NULL;
  }
  b = (hs_py_bound *)PyMem_Calloc(1, sizeof *b + (size_t)n * sizeof b->rows[0]);
  if (!b) {
    Py_DECREF(members);
    return PyErr_NoMemory();
  }
  b->members = members; /* b owns it now */
  /* Member i must have the code of the registry's row i of that kind. */
  for (i = 0; i < n; i++) {
    PyObject *m = PyTuple_GetItem(members, i);
    const hs_status *s = hs_at(st->first[kind] + (size_t)i);
    if ((PyObject *)Py_TYPE(m) != cls || PyLong_AsLong(m) != s->code) {
      PyErr_Clear();
      PyErr_Format(PyExc_ValueError, "bind(): member %zd is not %d", i,
                   s->code);
      hs_py_bound_free(b);
      return NULL;
    }
    b->rows[i] = m;
  }
  Py_INCREF(cls);
  b->cls = cls;
  if (!hs_py_publish(st, kind, b)) {
    had = hs_py_bound_of(st, kind);
    hs_py_bound_free(b);
    if (had->cls != cls)
      return PyErr_Format(PyExc_ValueError,
                          "bind(): %U is bound to another class already",
                          kind_name);
    Py_RETURN_NONE;
  }
#ifdef HS_PY_VECTORCALL
  /* Only a class our metaclass made has the room; the binding is
   * published first, so a call that finds the function finds it. */
  if ((PyObject *)Py_TYPE(cls) == st->meta) {
    vectorcallfunc *slot = (vectorcallfunc *)((char *)cls + st->vc_offset);
#ifdef Py_GIL_DISABLED
    _Py_atomic_store_ptr_release(slot, (void *)hs_py_enum_vectorcall);
#else
    *slot = hs_py_enum_vectorcall;
#endif
  }
#endif
  Py_RETURN_NONE;
}

/* ---- get(404), ws_get(1000), phrase(404) ------------------------------- */

static PyObject *hs_py_check_code(PyObject *code) {
  return hs_py_type_error("code must be an int", code);
}

/* bool is refused: True == 1 is never meant as a status code. */
#define HS_PY_IS_CODE(o)                                                       \
  (PyLong_CheckExact(o) || (PyLong_Check(o) && !PyBool_Check(o)))

static PyObject *hs_py_member_of(PyObject *self, PyObject *code, int kind) {
  hs_py_state *st = (hs_py_state *)PyModule_GetState(self);
  hs_py_bound *b;
  Py_ssize_t row;
  PyObject *m;
  if (!HS_PY_IS_CODE(code)) return hs_py_check_code(code);
  if (!(b = hs_py_bound_of(st, kind)))
    return PyErr_Format(PyExc_RuntimeError, "no %s members bound yet",
                        kind ? "WebSocket" : "HTTP");
  if ((row = hs_py_row(st, code, kind)) < 0) Py_RETURN_NONE;
  m = b->rows[row];
  Py_INCREF(m);
  return m;
}

static PyObject *hs_py_get(PyObject *self, PyObject *code) {
  return hs_py_member_of(self, code, 0);
}

static PyObject *hs_py_ws_get(PyObject *self, PyObject *code) {
  return hs_py_member_of(self, code, 1);
}

static PyObject *hs_py_phrase(PyObject *self, PyObject *code) {
  hs_py_state *st = (hs_py_state *)PyModule_GetState(self);
  Py_ssize_t row;
  PyObject *p;
  if (!HS_PY_IS_CODE(code)) return hs_py_check_code(code);
  if ((row = hs_py_row(st, code, 0)) < 0) Py_RETURN_NONE;
  p = st->phrase_rows[row];
  Py_INCREF(p);
  return p;
}

/* lookup(text), ws_lookup(text): the member the core's index finds for
 * any form of text, or None.  Text longer than any name is not encoded to
 * learn that, and text that is not UTF-8 (lone surrogates) names nothing. */
static PyObject *hs_py_lookup_in(PyObject *self, PyObject *text, int kind) {
  hs_py_state *st = (hs_py_state *)PyModule_GetState(self);
  const hs_status *s;
  const char *u;
  Py_ssize_t len;
  hs_py_bound *b;
  PyObject *m;
  if (!PyUnicode_Check(text)) return hs_py_type_error("text must be a str", text);
  if (!(b = hs_py_bound_of(st, kind)))
    return PyErr_Format(PyExc_RuntimeError, "no %s members bound yet",
                        kind ? "WebSocket" : "HTTP");
  if (PyUnicode_GetLength(text) > HS_LOOKUP_MAX) Py_RETURN_NONE;
  if (!(u = PyUnicode_AsUTF8AndSize(text, &len))) {
    if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) return NULL;
    PyErr_Clear();
    Py_RETURN_NONE;
  }
  s = kind == 0 ? hs_lookup(u, (size_t)len) : hs_ws_lookup(u, (size_t)len);
  if (!s) Py_RETURN_NONE;
  m = b->rows[(size_t)(s - hs_at(0)) - st->first[kind]];
  Py_INCREF(m);
  return m;
}

static PyObject *hs_py_lookup(PyObject *self, PyObject *text) {
  return hs_py_lookup_in(self, text, 0);
}

static PyObject *hs_py_ws_lookup(PyObject *self, PyObject *text) {
  return hs_py_lookup_in(self, text, 1);
}

static PyMethodDef hs_py_methods[] = {
    {"get", hs_py_get, METH_O,
     "get($module, code, /)\n--\n\n"
     "The HTTPStatus member for code, or None when it is not registered."},
    {"ws_get", hs_py_ws_get, METH_O,
     "ws_get($module, code, /)\n--\n\n"
     "The WSCloseCode member for code, or None when it is not registered."},
    {"lookup", hs_py_lookup, METH_O,
     "lookup($module, text, /)\n--\n\n"
     "The HTTPStatus a text names, or None: a name, old name or phrase in\n"
     "any case ('not found', 'NOT_FOUND', 'Request Entity Too Large',\n"
     "'未找到'), OpenResty's and nginx's names ('HTTP_NOT_ALLOWED',\n"
     "'Service Temporarily Unavailable'), a numeric string ('404'),\n"
     "'404 Not Found', a status line ('HTTP/1.1 404 Not Found') or\n"
     "'HTTP_404_NOT_FOUND'.  A code and a name given together must agree.\n"
     "TypeError unless text is a str."},
    {"ws_lookup", hs_py_ws_lookup, METH_O,
     "ws_lookup($module, text, /)\n--\n\n"
     "The WSCloseCode a text names ('going away', 'GOING_AWAY', '1001',\n"
     "'WS_1001_GOING_AWAY'), or None.  TypeError unless text is a str."},
    {"phrase", hs_py_phrase, METH_O,
     "phrase($module, code, /)\n--\n\n"
     "The reason phrase of an HTTP status code ('Not Found'), or None when\n"
     "it is not registered."},
    {"members", hs_py_members, METH_O,
     "members($module, kind, /)\n--\n\n"
     "The (name, value) pairs of an enum class body for kind 'http' or\n"
     "'websocket': (code, *fields) for each entry, its code for each old\n"
     "name."},
    {"fields", hs_py_fields, METH_O,
     "fields($module, kind, /)\n--\n\n"
     "The names of the member attributes that follow the code in the\n"
     "values members(kind) gives."},
    {"bind", hs_py_bind, METH_VARARGS,
     "bind($module, kind, cls, /)\n--\n\n"
     "Hands the made enum class of kind (its members in registry order)\n"
     "to get(), ws_get() and the EnumType fast paths."},
    {NULL, NULL, 0, NULL}};

/* ---- the metaclass: HTTPStatus(404) in C -------------------------------- */

/* The member a bound class called with one exact int (or one of its own
 * members) names, as a new reference; NULL, with no error set, for any
 * other call, which enum's own __call__ answers. */
static PyObject *hs_py_called_member(hs_py_state *st, PyObject *cls,
                                     PyObject *value) {
  int kind;
  for (kind = 0; kind < HS_PY_KINDS; kind++) {
    hs_py_bound *b = hs_py_bound_of(st, kind);
    Py_ssize_t row;
    if (!b || b->cls != cls) continue;
    if ((PyLong_CheckExact(value) || (PyObject *)Py_TYPE(value) == cls) &&
        (row = hs_py_row(st, value, kind)) >= 0) {
      PyObject *m = b->rows[row];
      Py_INCREF(m);
      return m;
    }
    return NULL;
  }
  return NULL;
}

/* Our metaclass cannot be subclassed: Py_TYPE(cls) is it. */
static hs_py_state *hs_py_meta_state(PyObject *cls) {
  PyObject *module = PyType_GetModule(Py_TYPE(cls));
  return module ? (hs_py_state *)PyModule_GetState(module) : NULL;
}

/* tp_call: any call of a class of ours (HTTPStatus(404), and enum's own
 * uses: HTTPStatus('NOT_FOUND', ...) makes a new enum). */
static PyObject *hs_py_enum_type_call(PyObject *cls, PyObject *args,
                                      PyObject *kw) {
  hs_py_state *st = hs_py_meta_state(cls);
  PyObject *full, *r;
  Py_ssize_t i, n = PyTuple_Size(args);
  if (!st) return NULL;
  if (n == 1 && (!kw || PyDict_Size(kw) == 0) &&
      (r = hs_py_called_member(st, cls, PyTuple_GetItem(args, 0))))
    return r;
  if (!(full = PyTuple_New(n + 1))) return NULL;
  Py_INCREF(cls);
  PyTuple_SetItem(full, 0, cls);
  for (i = 0; i < n; i++) {
    PyObject *a = PyTuple_GetItem(args, i);
    Py_INCREF(a);
    PyTuple_SetItem(full, i + 1, a);
  }
  r = PyObject_Call(st->enum_call, full, kw);
  Py_DECREF(full);
  return r;
}

/* Where the API has it (3.12 on, the limited API's 3.12 included), a class
 * of ours is also called by vectorcall (PEP 590), which skips the tuple of
 * arguments a tp_call needs: the metaclass has room after enum.EnumType's
 * own layout for one vectorcall function, which bind() sets in the class
 * it binds (the classes it never binds keep NULL there, and the
 * interpreter calls tp_call for them).  The same answers as tp_call. */
#ifdef HS_PY_VECTORCALL
static PyObject *hs_py_enum_vectorcall(PyObject *cls, PyObject *const *args,
                                       size_t nargsf, PyObject *kwnames) {
  hs_py_state *st = hs_py_meta_state(cls);
  Py_ssize_t n = PyVectorcall_NARGS(nargsf);
  PyObject *r;
  if (!st) return NULL;
  if (n == 1 && !kwnames && (r = hs_py_called_member(st, cls, args[0])))
    return r;
  /* enum's __call__(cls, *args, **kw): cls in the slot before args when
   * the caller left it free for us (PY_VECTORCALL_ARGUMENTS_OFFSET). */
  if ((nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) != 0) {
    PyObject **slot = (PyObject **)args - 1, *had = *slot;
    *slot = cls;
    r = PyObject_Vectorcall(st->enum_call, slot, (size_t)n + 1, kwnames);
    *slot = had;
    return r;
  } else {
    Py_ssize_t i, total = n + (kwnames ? PyTuple_Size(kwnames) : 0);
    PyObject **all = (PyObject **)PyMem_Malloc(((size_t)total + 1) *
                                               sizeof *all);
    if (!all) return PyErr_NoMemory();
    all[0] = cls;
    for (i = 0; i < total; i++) all[i + 1] = args[i];
    r = PyObject_Vectorcall(st->enum_call, all, (size_t)n + 1, kwnames);
    PyMem_Free(all);
    return r;
  }
}
#endif

/* The metaclass, a subclass of enum_type; with room for the vectorcall
 * function where there is one, at an offset known only now (the size of
 * enum.EnumType's instances, read from its public __basicsize__), which
 * goes to st->vc_offset. */
static PyObject *hs_py_make_meta(PyObject *state_module, PyObject *enum_type,
                                 hs_py_state *st) {
  PyObject *bases = PyTuple_Pack(1, enum_type), *meta = NULL;
  PyType_Slot slots[4] = {
      {Py_tp_call, (void *)hs_py_enum_type_call},
      {Py_tp_doc, (void *)"enum.EnumType, with a C path for the value "
                          "lookup of a class handed to bind()."},
      {0, NULL},
      {0, NULL}};
  PyType_Spec spec = {"httpstatus._core.EnumType", 0, 0, Py_TPFLAGS_DEFAULT,
                      NULL};
#ifdef HS_PY_VECTORCALL
  PyMemberDef members[2] = {{"__vectorcalloffset__", Py_T_PYSSIZET, 0,
                             Py_READONLY, NULL},
                            {NULL, 0, 0, 0, NULL}};
  PyObject *size = PyObject_GetAttrString(enum_type, "__basicsize__");
  Py_ssize_t base = size ? PyLong_AsSsize_t(size) : -1;
  const Py_ssize_t align = (Py_ssize_t)sizeof(vectorcallfunc);
  Py_XDECREF(size);
  if (base < 0) goto done;
  st->vc_offset = (base + align - 1) / align * align;
  members[0].offset = st->vc_offset;
  slots[2].slot = Py_tp_members;
  slots[2].pfunc = members;
  spec.basicsize = (int)(st->vc_offset + align);
  spec.flags |= Py_TPFLAGS_HAVE_VECTORCALL;
#endif
  spec.slots = slots;
  if (bases) meta = PyType_FromModuleAndSpec(state_module, &spec, bases);
#ifdef HS_PY_VECTORCALL
done:
#endif
  Py_XDECREF(bases);
  return meta;
}

/* ---- the state module --------------------------------------------------- */

/* The objects the state holds, for traverse and clear. */
#define HS_PY_STATE_OBJECTS(X, st)                                             \
  X(st->phrases);                                                              \
  X(st->enum_type);                                                            \
  X(st->enum_call);                                                            \
  X(st->meta);

static int hs_py_state_traverse(PyObject *m, visitproc visit, void *arg) {
  hs_py_state *st = (hs_py_state *)PyModule_GetState(m);
  int k;
  if (!st) return 0;
  HS_PY_STATE_OBJECTS(Py_VISIT, st)
  for (k = 0; k < HS_PY_KINDS; k++)
    if (st->bound[k]) {
      Py_VISIT(st->bound[k]->cls);
      Py_VISIT(st->bound[k]->members);
    }
  return 0;
}

/* Runs when the module goes (no lookup can run any more). */
static int hs_py_state_clear(PyObject *m) {
  hs_py_state *st = (hs_py_state *)PyModule_GetState(m);
  int k;
  if (!st) return 0;
  HS_PY_STATE_OBJECTS(Py_CLEAR, st)
  /* the row arrays borrow from the tuples just cleared */
  PyMem_Free(st->phrase_rows);
  st->phrase_rows = NULL;
  for (k = 0; k < HS_PY_KINDS; k++) {
    hs_py_bound_free(st->bound[k]);
    st->bound[k] = NULL;
  }
  return 0;
}

static void hs_py_state_free(void *m) { hs_py_state_clear((PyObject *)m); }

/* The functions above are bound to this module (not SWIG's, whose
 * definition has no room for state), so each call reaches its tables with
 * PyModule_GetState, and help() shows them as plain functions. */
static struct PyModuleDef hs_py_state_def = {
    PyModuleDef_HEAD_INIT, "httpstatus._core", NULL, sizeof(hs_py_state),
    NULL, NULL, hs_py_state_traverse, hs_py_state_clear, hs_py_state_free};

/* Fills the SWIG module with the functions and the metaclass. */
static int hs_py_exec(PyObject *swig_module) {
  PyObject *state_module, *enum_mod = NULL, *enum_type = NULL;
  PyObject *meta = NULL, *modname = NULL;
  hs_py_state *st;
  PyMethodDef *def;
  size_t i;
  int rc = -1;
  if (!(state_module = PyModule_Create(&hs_py_state_def))) return -1;
  st = (hs_py_state *)PyModule_GetState(state_module);
  for (i = 0; i < hs_count(); i++) {
    int kind = hs_at(i)->kind == HS_KIND_HTTP ? 0 : 1;
    if (st->count[kind]++ == 0) st->first[kind] = i;
  }
  if (!(st->phrases = PyTuple_New((Py_ssize_t)st->count[0]))) goto done;
  for (i = 0; i < st->count[0]; i++) {
    PyObject *p = hs_py_str(hs_at(st->first[0] + i)->phrase);
    if (!p) goto done;
    PyTuple_SetItem(st->phrases, (Py_ssize_t)i, p); /* steals p */
  }
  if (!(st->phrase_rows = hs_py_rows(st->phrases))) goto done;
  if (!(enum_mod = PyImport_ImportModule("enum")) ||
      !(enum_type = PyObject_GetAttrString(enum_mod, "EnumMeta")) ||
      !PyType_Check(enum_type) ||
      !(st->enum_call = PyObject_GetAttrString(enum_type, "__call__")) ||
      !(meta = hs_py_make_meta(state_module, enum_type, st)) ||
      PyModule_AddObject(swig_module, "EnumType", meta) < 0)
    goto done;
  meta = NULL; /* the module holds it now */
  if (!(modname = PyUnicode_FromString("httpstatus"))) goto done;
  for (def = hs_py_methods; def->ml_name; def++) {
    PyObject *fn = PyCFunction_NewEx(def, state_module, modname);
    if (!fn || PyModule_AddObject(swig_module, def->ml_name, fn) < 0) {
      Py_XDECREF(fn);
      goto done;
    }
  }
  Py_INCREF(enum_type);
  st->enum_type = enum_type;
  st->meta = PyObject_GetAttrString(swig_module, "EnumType");
  rc = st->meta ? 0 : -1;
done:
  Py_XDECREF(modname);
  Py_XDECREF(meta);
  Py_XDECREF(enum_type);
  Py_XDECREF(enum_mod);
  Py_DECREF(state_module); /* the functions and the metaclass keep it */
  return rc;
}

#endif /* HS_PYTHON_H */
