/*
 * hs_cli_module.c - httpstatus._cli, the command for python -m httpstatus:
 * cli/'s hs_cli_main over the C core, so that `httpstatus` and
 * `python -m httpstatus` are one program with one output.  A module of its
 * own, so that the library (httpstatus._core) holds nothing of the
 * command, and importing httpstatus loads none of it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <string.h>

#include "hs_cli.h"

/* main(argv): runs the command with argv (a list of str or bytes, the
 * program name first) and returns its exit status. */
static PyObject *hs_cli_py_main(PyObject *self, PyObject *list) {
  Py_ssize_t i, n;
  char **argv;
  int status;
  (void)self;
  if (!PyList_Check(list)) {
    PyErr_SetString(PyExc_TypeError, "argv must be a list of str or bytes");
    return NULL;
  }
  n = PyList_Size(list);
  if (n < 1 || n > INT_MAX - 1) {
    PyErr_SetString(PyExc_ValueError, "argv must hold the program name");
    return NULL;
  }
  if (!(argv = (char **)PyMem_Calloc((size_t)n + 1, sizeof *argv)))
    return PyErr_NoMemory();
  for (i = 0; i < n; i++) {
    PyObject *s = PyList_GetItem(list, i);
    Py_ssize_t len = 0;
    const char *u = PyBytes_Check(s)     ? PyBytes_AsString(s)
                    : PyUnicode_Check(s) ? PyUnicode_AsUTF8AndSize(s, &len)
                                         : NULL;
    if (u && PyBytes_Check(s)) len = PyBytes_Size(s);
    if (u && strlen(u) != (size_t)len) { /* C would stop at the NUL */
      PyErr_Format(PyExc_ValueError, "argv[%zd] holds a NUL byte", i);
      u = NULL;
    }
    if (!u) {
      PyMem_Free(argv);
      if (!PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "argv must be a list of str or bytes");
      return NULL;
    }
    argv[i] = (char *)u; /* the list keeps each alive */
  }
  status = hs_cli_main((int)n, argv);
  PyMem_Free(argv);
  return PyLong_FromLong(status);
}

static PyMethodDef hs_cli_methods[] = {
    {"main", hs_cli_py_main, METH_O,
     "main($module, argv, /)\n--\n\n"
     "Runs the httpstatus command with argv (str or bytes, the program name\n"
     "first), writing to file descriptors 1 and 2; returns its exit status."},
    {NULL, NULL, 0, NULL}};

static PyModuleDef_Slot hs_cli_slots[] = {
#ifdef Py_GIL_DISABLED
    {Py_mod_gil, Py_MOD_GIL_NOT_USED}, /* no Python state is touched */
#endif
    {0, NULL}};

static struct PyModuleDef hs_cli_module = {
    PyModuleDef_HEAD_INIT, "httpstatus._cli",
    "The httpstatus command (cli/), for python -m httpstatus.", 0,
    hs_cli_methods, hs_cli_slots, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__cli(void) { return PyModuleDef_Init(&hs_cli_module); }
