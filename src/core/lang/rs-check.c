/* rs-check.c: the subset check, and the order of the checker's passes
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three passes, in the order the oracle meets the same problems:
 *  1. the subset check, a walk in the order of the oracle's Checker
 *     (ast.NodeVisitor: a node's check before its children, fields in
 *     their declared order, so a dict's keys before its values);
 *  2. what CPython's symtable rejects (repeated parameters, `global` after
 *     a use or an assignment);
 *  3. what CPython's code generator rejects (`return` outside a function,
 *     `break`/`continue` outside a loop, assigning to __debug__).
 * Then every def gets its RsScope, in the order the compiler emits names.
 * This file holds the first pass (and the bound on the depth every pass
 * relies on); passes 2 and 3 are in rs-check-compiler.c, the scopes in
 * rs-check-scope.c.
 */
#include "config.h"

#include "rs-check-private.h"

#include <glib/gi18n-lib.h>

#include <string.h>

/* hasattr(builtins, name) in Python 3.11: dir(builtins) and the attributes
 * every module object has. */
static const char *const builtin_names[] = {
  "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
  "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError",
  "BytesWarning", "ChildProcessError", "ConnectionAbortedError",
  "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
  "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
  "EnvironmentError", "Exception", "ExceptionGroup", "False",
  "FileExistsError", "FileNotFoundError", "FloatingPointError",
  "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning",
  "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError",
  "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
  "ModuleNotFoundError", "NameError", "None", "NotADirectoryError",
  "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
  "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
  "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
  "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError",
  "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError",
  "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
  "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
  "UnicodeWarning", "UserWarning", "ValueError", "Warning",
  "ZeroDivisionError", "__annotations__", "__build_class__", "__class__",
  "__debug__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
  "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
  "__hash__", "__import__", "__init__", "__init_subclass__", "__le__",
  "__loader__", "__lt__", "__name__", "__ne__", "__new__", "__package__",
  "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
  "__spec__", "__str__", "__subclasshook__", "abs", "aiter", "all", "anext",
  "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
  "callable", "chr", "classmethod", "compile", "complex", "copyright",
  "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
  "exit", "filter", "float", "format", "frozenset", "getattr", "globals",
  "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
  "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
  "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print",
  "property", "quit", "range", "repr", "reversed", "round", "set", "setattr",
  "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
  "vars", "zip",
};

static const char *const allowed_builtins[] = {
  "print", "len", "range", "list", "dict", "tuple", "id", "format", "hex", "oct", "bin",
  "int", "float", "str", "bool", "abs", "round", "pow", "repr", "ord", "chr", "NotImplemented",
  "Ellipsis",
  "sorted", "min", "max", "sum", "any", "all", "divmod",
  "type", "isinstance", "issubclass", "callable", "hasattr", "getattr", "setattr", "delattr",
  "object", "super", "staticmethod", "classmethod", "property",
  "iter", "next", "reversed", "enumerate", "zip", "map", "filter",
};

/* The builtins that take keyword arguments and check them when they
 * run, with CPython's TypeError (print's are checked here) */
static const char *const keyword_builtins[] = {
  "sorted", "min", "max", "sum", "dict", "enumerate",
};

/* The methods a class body may define: the runtime calls each special
 * one wherever CPython does (rs-interp-special.c); sorted */
static const char *const class_methods[] = {
  "__abs__", "__add__", "__and__", "__bool__", "__call__", "__contains__", "__del__",
  "__delitem__", "__eq__", "__float__", "__floordiv__", "__format__", "__ge__",
  "__getattr__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__",
  "__ifloordiv__", "__ilshift__", "__imod__", "__imul__", "__index__", "__init__",
  "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__iter__",
  "__itruediv__", "__ixor__", "__le__", "__len__", "__lshift__", "__lt__", "__mod__",
  "__mul__", "__ne__", "__neg__", "__next__", "__or__", "__pos__", "__pow__",
  "__radd__", "__rand__", "__repr__", "__reversed__", "__rfloordiv__", "__rlshift__", "__rmod__",
  "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__",
  "__rtruediv__", "__rxor__", "__setitem__", "__str__", "__sub__", "__truediv__",
  "__xor__",
};

/* Whether @name is in @table, @n names sorted by strcmp (ASCII order) */
static gboolean
in_sorted (const char        *name,
           const char *const *table,
           guint              n)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int c = strcmp (name, table[mid]);

      if (c == 0)
        return TRUE;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return FALSE;
}

/* The runtime asks on every attribute it looks up: a name that is not a
 * dunder is answered at once, the others by a search of the sorted table. */
static gboolean
is_class_method (const char *name)
{
  static gsize sorted = 0;

  if (g_once_init_enter (&sorted))
    {
      for (guint i = 1; i < G_N_ELEMENTS (class_methods); i++)
        g_assert (strcmp (class_methods[i - 1], class_methods[i]) < 0);
      g_once_init_leave (&sorted, 1);
    }
  if (name[0] != '_' || name[1] != '_')
    return FALSE;
  return in_sorted (name, class_methods, G_N_ELEMENTS (class_methods));
}

/* TRUE if @name is an attribute of Python 3.11's builtins module. */
static gboolean
is_builtin (const char *name)
{
  return in_sorted (name, builtin_names, G_N_ELEMENTS (builtin_names));
}

/* The exception classes of LANGUAGE.md's builtins */
static const char *const allowed_exceptions[] = {
  "BaseException", "Exception", "ArithmeticError", "LookupError", "AssertionError",
  "AttributeError", "IndexError", "KeyError", "NameError", "UnboundLocalError",
  "NotImplementedError", "OverflowError", "RecursionError", "ReferenceError",
  "RuntimeError", "StopIteration", "TypeError", "ValueError", "ZeroDivisionError",
};

static gboolean
is_allowed_exception (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed_exceptions); i++)
    if (strcmp (name, allowed_exceptions[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_allowed_builtin (const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (allowed_builtins); i++)
    if (strcmp (name, allowed_builtins[i]) == 0)
      return TRUE;
  return is_allowed_exception (name);
}

/* ------------------------------------------------------------------ */
/* pass 0: bounded depth                                                */

typedef struct {
  RsModule *module;
  GError  **error;
} DepthCheck;

static gboolean
check_depth_expr (RsExpr   *e,
                  gpointer  user_data)
{
  DepthCheck *check = user_data;

  if (rs_expr_depth (e) <= RS_MAX_DEPTH)
    return TRUE;
  rs_parse_error_set (check->error, RS_PARSE_ERROR_SYNTAX, check->module->filename,
                      e->line, e->col, "expression nested too deeply (more than %u levels)",
                      RS_MAX_DEPTH);
  return FALSE;
}

static gboolean
check_depth_block (DepthCheck *check,
                   RsBlock    *block)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (block->stmts[i], blocks);

      if (!rs_stmt_for_each_expr (block->stmts[i], check_depth_expr, check))
        return FALSE;
      for (j = 0; j < n; j++)
        if (!check_depth_block (check, blocks[j]))
          return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* pass 1: the subset (the oracle's Checker)                            */

typedef struct {
  RsModule     *module;
  RsModuleData *data;
  GError      **error;
  gboolean      in_func;
  gboolean      in_class;
  RsStmt       *method;   /* the def of the method being checked */
  GPtrArray    *defs;     /* the defs around the statement being checked */
  GHashTable   *classes;  /* the names of the script's classes */
  gboolean      in_lambda;
  gboolean      in_genexp;
  RsExpr       *genexp_ok; /* the generator expression a consumer takes */
} Checker;

/* The names of the classes @block defines, at any depth (the oracle's) */
static void
collect_classes (RsBlock    *block,
                 GHashTable *classes)
{
  RsBlock *blocks[RS_STMT_MAX_BLOCKS];

  for (guint i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      guint n = rs_stmt_blocks (s, blocks);

      if (s->kind == RS_STMT_CLASS)
        g_hash_table_add (classes, (gpointer) s->class_.name);
      for (guint j = 0; j < n; j++)
        collect_classes (blocks[j], classes);
    }
}

static gboolean
reject (Checker    *C,
        guint       line,
        guint       col,
        const char *format,
        ...) G_GNUC_PRINTF (4, 5);

static gboolean
reject (Checker    *C,
        guint       line,
        guint       col,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  rs_parse_error_setv (C->error, RS_PARSE_ERROR_UNSUPPORTED, C->module->filename,
                       line, col, format, args);
  va_end (args);
  return FALSE;
}

/* A module member outside the subset: @message is one of
 * module_member_hint's formats, translated by rs_parse_error_setv */
static gboolean
reject_member (Checker    *C,
               guint       line,
               guint       col,
               const char *message,
               const char *name)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return reject (C, line, col, message, name);
#pragma GCC diagnostic pop
}

/* What CPython's compiler would refuse, found on the way: a syntax
 * error when it is the first */
static gboolean
reject_syntax (Checker    *C,
               guint       line,
               guint       col,
               const char *message)
{
  gboolean first = C->error != NULL && *C->error == NULL;

  reject (C, line, col, "%s", message);
  if (first)
    (*C->error)->code = RS_PARSE_ERROR_SYNTAX;
  return FALSE;
}

static gboolean check_expr (Checker *C, RsExpr *e, Ctx ctx);

static gboolean
check_load_child (RsExpr   *child,
                  gpointer  user_data)
{
  return check_expr (user_data, child, CTX_LOAD);
}

static gboolean
check_name (Checker *C,
            RsExpr  *e,
            Ctx      ctx)
{
  const char *id = e->name.id;

  if (g_str_has_prefix (id, "_rs_"))
    return reject (C, e->line, e->col, "name '%s' is reserved (names starting with _rs_)", id);
  if (ctx == CTX_LOAD && strcmp (id, "super") == 0 && !g_hash_table_contains (C->data->bound, id))
    return reject (C, e->line, e->col, "super is in the subset only as super().name inside a "
                   "method or super(Class, obj).name");
  if (ctx == CTX_LOAD && !g_hash_table_contains (C->data->bound, id)
      && !is_allowed_builtin (id) && is_builtin (id))
    {
      g_autoptr(GString) names = g_string_new (NULL);
      for (guint i = 0; i < G_N_ELEMENTS (allowed_builtins); i++)
        g_string_append_printf (names, "%s%s", i == 0 ? "" : i + 1 < G_N_ELEMENTS (allowed_builtins)
                                ? ", " : " and ", allowed_builtins[i]);
      return reject (C, e->line, e->col, "builtin '%s' is not in the subset; the builtins "
                     "are %s", id, names->str);
    }
  return TRUE;
}

/* The members of each module in the subset (attributes and from-imports) */
#define MAX_MEMBERS 14
static const char *const module_members[][MAX_MEMBERS] = {
  { "gc", "collect", "enable", "disable", "isenabled" },
  { "weakref", "ref",
    "proxy", "finalize", "WeakMethod", "getweakrefcount", "ReferenceType", "ProxyType", "CallableProxyType",
    "WeakValueDictionary", "WeakKeyDictionary", "WeakSet" },
  { "sys", "getrefcount" },
};

/* NULL if @module.@name is in the subset, else the whole message (a
 * format taking the member's name), to translate at the reject */
static const char *
module_member_hint (const char *module,
                    const char *name)
{
  static const char *const messages[] = {
    N_("gc.%s is not in the subset; use gc.collect(), gc.enable(), gc.disable() or gc.isenabled()"),
    N_("weakref.%s is not in the subset; use weakref.ref(), proxy(), finalize(), WeakMethod(), "
       "getweakrefcount(), WeakValueDictionary, WeakKeyDictionary or WeakSet"),
    N_("sys.%s is not in the subset; use sys.getrefcount()"),
  };
  guint i, j;

  G_STATIC_ASSERT (G_N_ELEMENTS (messages) == G_N_ELEMENTS (module_members));
  for (i = 0; i < G_N_ELEMENTS (module_members); i++)
    {
      if (strcmp (module_members[i][0], module) != 0)
        continue;
      for (j = 1; j < MAX_MEMBERS && module_members[i][j] != NULL; j++)
        if (strcmp (module_members[i][j], name) == 0)
          return NULL;
      return messages[i];
    }
  return NULL;
}

/* `super()` or `super(a, b)` where super is the builtin */
static gboolean
is_super_call (RsModuleData *data,
               const RsExpr *e)
{
  return e->kind == RS_EXPR_CALL && e->call.func->kind == RS_EXPR_NAME
         && strcmp (e->call.func->name.id, "super") == 0
         && !g_hash_table_contains (data->bound, "super");
}

/* The special methods a script may read as attributes (`super().__repr__`,
 * `Base.__eq__`): the runtime rejects those it cannot give as CPython */
gboolean
rs_check_special_method (const char *name)
{
  return is_class_method (name) && strcmp (name, "__del__") != 0;
}

/* The special attributes a script may read (LANGUAGE.md's dunder list) */
gboolean
rs_check_dunder_attr (const char *name)
{
  static const char *const names[] = {
    "__class__", "__name__", "__qualname__", "__module__", "__doc__", "__self__",
    "__func__", "__defaults__",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
rs_check_is_dunder (const char *name)
{
  return g_str_has_prefix (name, "__") && g_str_has_suffix (name, "__");
}

/* What BaseException has, to read and to store */
static gboolean
is_exception_dunder (const char *name)
{
  return strcmp (name, "__traceback__") == 0 || strcmp (name, "__cause__") == 0
         || strcmp (name, "__context__") == 0 || strcmp (name, "__suppress_context__") == 0;
}

/* The plain attributes that would hand the script an untraced list or
 * dict, a frame, or the order of a set (the oracle's FORBIDDEN_ATTRS) */
gboolean
rs_check_forbidden_attr (const char *name)
{
  static const char *const names[] = {
    "keyrefs", "valuerefs", "itervaluerefs", "iterkeyrefs", "maketrans", "tb_frame", "tb_next",
    "f_locals", "f_back", "f_globals", "f_builtins", "gi_frame", "mro",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
check_attr (Checker *C,
            RsExpr  *e,
            Ctx      ctx)
{
  const char *name = e->attr.name;
  RsExpr *value = e->attr.value;
  const char *module, *hint;
  gboolean type_attr = (ctx == CTX_LOAD && rs_check_dunder_attr (name))
                       || (ctx != CTX_DEL && is_exception_dunder (name));

  /* super().__del__() and Base.__del__(self), inside __del__ */
  if (ctx == CTX_LOAD && strcmp (name, "__del__") == 0 && C->method != NULL
      && strcmp (C->method->def.name, "__del__") == 0
      && ((value->kind == RS_EXPR_NAME && strcmp (value->name.id, C->method->def.params[0]) != 0)
          || is_super_call (C->data, value)))
    type_attr = TRUE;
  /* a special method through super() or a script class: super().__repr__() */
  if (ctx == CTX_LOAD && rs_check_special_method (name)
      && (is_super_call (C->data, value)
          || (value->kind == RS_EXPR_NAME && g_hash_table_contains (C->classes, value->name.id))))
    type_attr = TRUE;

  if (g_str_has_prefix (name, "_rs_") || rs_check_forbidden_attr (name)
      || (rs_check_is_dunder (name) && strcmp (name, "__init__") != 0 && !type_attr))
    {
      if (!g_str_has_prefix (name, "__"))
        return reject (C, e->line, e->col, "attribute '%s' is not in the subset", name);
      return reject (C, e->line, e->col, "attribute '%s' is not in the subset (of the special "
                     "names, only __init__, and __class__, __name__, __qualname__, __module__, "
                     "__doc__, __self__, __func__ and __defaults__ to read, and an exception's "
                     "__traceback__, __cause__, __context__ and __suppress_context__ can be used)",
                     name);
    }
  if (value->kind != RS_EXPR_NAME
      || (module = g_hash_table_lookup (C->data->modules, value->name.id)) == NULL)
    return TRUE;
  hint = module_member_hint (module, name);
  if (hint != NULL)
    return reject_member (C, e->line, e->col, hint, name);
  return TRUE;
}

/* `'{0.attr}'.format(x)` with a constant string reaches x.attr: each
 * name its fields reach passes the attribute rule, at the call */
static gboolean
check_format_fields (Checker *C,
                     RsExpr  *e)
{
  RsExpr *func = e->call.func;

  if (func->kind != RS_EXPR_ATTR || func->attr.value->kind != RS_EXPR_STR
      || (strcmp (func->attr.name, "format") != 0 && strcmp (func->attr.name, "format_map") != 0))
    return TRUE;
  g_autoptr(GPtrArray) parts = rs_check_format_parts (func->attr.value->str.value,
                                                      func->attr.value->str.len);
  for (guint i = 0; parts != NULL && i < parts->len; i++)
    {
      RsExpr attr = { .kind = RS_EXPR_ATTR, .line = e->line, .col = e->col };
      attr.attr.value = func->attr.value;
      attr.attr.name = g_ptr_array_index (parts, i);
      if (!check_attr (C, &attr, CTX_LOAD))
        return FALSE;
    }
  return TRUE;
}

/* The keywords of a call to builtin @e->call.func: print's sep= and
 * end=, any for keyword_builtins, nothing else */
static gboolean
check_builtin_keywords (Checker *C,
                        RsExpr  *e)
{
  const char *func = e->call.func->name.id;

  for (guint i = 0; i < G_N_ELEMENTS (keyword_builtins); i++)
    if (strcmp (func, keyword_builtins[i]) == 0)
      return TRUE;
  if (strcmp (func, "print") != 0)
    return reject (C, e->line, e->col, "keyword arguments to %s() are not in the subset; "
                   "pass its arguments by position", func);
  for (guint i = 0; i < e->call.n_keywords; i++)
    {
      const char *name = e->call.kw_names[i];

      /* a mapping's keys are checked when print runs */
      if (name != NULL && strcmp (name, "sep") != 0 && strcmp (name, "end") != 0
          && strcmp (name, "flush") != 0)
        return reject (C, e->line, e->col, "print(%s=...) is not in the subset; "
                       "of print's keywords, only sep=, end= and flush= can be used", name);
    }
  return TRUE;
}

/* super().name inside a method (which gets CPython's __class__ cell),
 * super(Class, obj).name anywhere */
static gboolean
check_super (Checker *C,
             RsExpr  *call)
{
  if (call->call.n_keywords > 0 || (call->call.n_args != 0 && call->call.n_args != 2))
    return reject (C, call->line, call->col, "super() takes no arguments or two in the subset: "
                   "super().name or super(Class, obj).name");
  for (guint i = 0; i < call->call.n_args; i++)
    if (call->call.args[i]->kind == RS_EXPR_STARRED)
      return reject (C, call->line, call->col, "super(*args) is not in the subset; "
                     "write super(Class, obj)");
    else if (!check_expr (C, call->call.args[i], CTX_LOAD))
      return FALSE;
  if (call->call.n_args == 0 && C->method == NULL)
    return reject (C, call->line, call->col, "super() without arguments only in a method "
                   "(a def in a class body); elsewhere write super(Class, obj)");
  if (call->call.n_args == 0)
    C->method->def.uses_class_cell = TRUE;
  return TRUE;
}

/* object() and type(name, bases, dict) make what the subset has not */
static gboolean
check_class_builtin_call (Checker *C,
                          RsExpr  *e)
{
  const char *func = e->call.func->kind == RS_EXPR_NAME ? e->call.func->name.id : NULL;

  if (func == NULL || g_hash_table_contains (C->data->bound, func))
    return TRUE;
  if (strcmp (func, "object") == 0)
    return reject (C, e->line, e->col, "object() instances are not in the subset; make an "
                   "instance of a class of the script (`class Marker: pass`, `Marker()`)");
  if (strcmp (func, "type") == 0 && (e->call.n_args != 1 || e->call.n_keywords > 0
                                     || e->call.args[0]->kind == RS_EXPR_STARRED))
    return reject (C, e->line, e->col, "type() takes one argument in the subset: type(x); "
                   "write a class statement to make a class");
  return TRUE;
}

static gboolean check_def (Checker *C, RsStmt *s);

/* The builtins a generator expression may be the first argument of */
static gboolean
consumes_genexp (Checker      *C,
                 const RsExpr *func)
{
  static const char *const consumers[] = {
    "sum", "any", "all", "min", "max", "sorted", "list", "tuple", "dict",
  };

  if (func->kind == RS_EXPR_ATTR)
    return strcmp (func->attr.name, "join") == 0;
  if (func->kind != RS_EXPR_NAME || g_hash_table_contains (C->data->bound, func->name.id))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (consumers); i++)
    if (strcmp (func->name.id, consumers[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
find_named (RsExpr   *e,
            gpointer  user_data)
{
  RsExpr **found = user_data;

  if (e->kind == RS_EXPR_NAMED)
    {
      *found = e;
      return FALSE;
    }
  return rs_expr_for_each_child (e, find_named, user_data);
}

/* The first `:=` in the comprehension's own scope (its body), or NULL */
static RsExpr *
comp_named (RsBlock *block)
{
  RsExpr *found = NULL;

  for (guint i = 0; i < block->n_stmts && found == NULL; i++)
    {
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (block->stmts[i], blocks);

      rs_stmt_for_each_expr (block->stmts[i], find_named, &found);
      for (guint j = 0; j < n && found == NULL; j++)
        found = comp_named (blocks[j]);
    }
  return found;
}

static gboolean
check_comp (Checker *C,
            RsExpr  *e)
{
  gboolean genexp = e->comp.kind == RS_COMP_GEN;
  gboolean saved_lambda = C->in_lambda, saved_genexp = C->in_genexp, ok;
  RsExpr *named;

  if (genexp && C->genexp_ok != e)
    return reject (C, e->line, e->col, "a generator expression only as the first argument of "
                   "sum, any, all, min, max, sorted, list, tuple, dict or str.join");
  if (!genexp && ((C->in_class && !C->in_func) || C->in_lambda || C->in_genexp))
    {
      if (C->in_lambda)
        return reject (C, e->line, e->col, "a comprehension inside a lambda is not in the subset");
      if (C->in_genexp)
        return reject (C, e->line, e->col,
                       "a comprehension inside a generator expression is not in the subset");
      return reject (C, e->line, e->col, "a comprehension inside a class body is not in the subset");
    }
  if ((named = comp_named (&e->comp.def->def.body)) != NULL)
    return reject (C, named->line, named->col, ":= inside a comprehension is not in the subset");
  /* CPython's symtable: the first iterable is not in the comprehension's
   * body, but := there is an error all the same */
  named = NULL;
  find_named (e->comp.fors[0].iter, &named);
  if (named != NULL)
    {
      return reject_syntax (C, named->line, named->col, "assignment expression cannot be used "
                            "in a comprehension iterable expression");
    }
  if (!check_expr (C, e->comp.fors[0].iter, CTX_LOAD))
    return FALSE;
  C->in_lambda = FALSE;
  C->in_genexp = genexp;
  ok = check_def (C, e->comp.def);
  C->in_lambda = saved_lambda;
  C->in_genexp = saved_genexp;
  return ok;
}

static gboolean
check_expr (Checker *C,
            RsExpr  *e,
            Ctx      ctx)
{
  guint i;

  switch ((int) e->kind)
    {
    case RS_EXPR_NAME:
      return check_name (C, e, ctx);
    case RS_EXPR_UNSUPPORTED_CONST:
    case RS_EXPR_UNSUPPORTED_TARGET:
      return reject (C, e->line, e->col, "%s", e->unsupported.message);
    case RS_EXPR_UNSUPPORTED:
      for (i = 0; i < e->unsupported.n_before; i++)
        if (!check_expr (C, e->unsupported.before[i], CTX_LOAD))
          return FALSE;
      return reject (C, e->line, e->col, "%s", e->unsupported.message);
    case RS_EXPR_STARRED:
      return reject (C, e->line, e->col, "can't use starred expression here");
    case RS_EXPR_LAMBDA:
      {
        gboolean saved = C->in_lambda, ok;

        C->in_lambda = TRUE;
        ok = check_def (C, e->lambda.def);
        C->in_lambda = saved;
        return ok;
      }
    case RS_EXPR_COMP:
      return check_comp (C, e);
    case RS_EXPR_NAMED:
      if (C->in_class && !C->in_func)
        return reject (C, e->line, e->col, ":= in a class body is not in the subset");
      return check_expr (C, e->named.target, CTX_STORE) && check_expr (C, e->named.value, CTX_LOAD);
    case RS_EXPR_CALL:
      if (!check_format_fields (C, e) || !check_expr (C, e->call.func, CTX_LOAD)
          || !check_class_builtin_call (C, e))
        return FALSE;
      if (e->call.n_keywords > 0 && e->call.func->kind == RS_EXPR_NAME
          && is_allowed_builtin (e->call.func->name.id)
          && !g_hash_table_contains (C->data->bound, e->call.func->name.id)
          && !check_builtin_keywords (C, e))
        return FALSE;
      if (e->call.n_args > 0 && e->call.args[0]->kind == RS_EXPR_COMP
          && e->call.args[0]->comp.kind == RS_COMP_GEN && consumes_genexp (C, e->call.func))
        C->genexp_ok = e->call.args[0];
      /* `f(*seq)`: the sequence is an argument like any other */
      for (i = 0; i < e->call.n_args; i++)
        if (!check_expr (C, e->call.args[i]->kind == RS_EXPR_STARRED
                            ? e->call.args[i]->unary.operand : e->call.args[i], CTX_LOAD))
          return FALSE;
      for (i = 0; i < e->call.n_keywords; i++)
        if (!check_expr (C, e->call.kw_values[i], CTX_LOAD))
          return FALSE;
      return TRUE;
    case RS_EXPR_ATTR:
      if (!check_attr (C, e, ctx))
        return FALSE;
      if (is_super_call (C->data, e->attr.value))
        return check_super (C, e->attr.value);
      return check_expr (C, e->attr.value, CTX_LOAD);
    case RS_EXPR_LIST:
    case RS_EXPR_TUPLE:
      for (i = 0; i < e->seq.n_items; i++)
        {
          RsExpr *item = e->seq.items[i];

          /* `a, *rest = ...` (the parser let only that through), or
           * `[a, *s]`, `(a, *s)` in a display */
          if (item->kind == RS_EXPR_STARRED)
            item = item->unary.operand;
          if (!check_expr (C, item, ctx))
            return FALSE;
        }
      return TRUE;
    default:
      break;
    }
  return rs_expr_for_each_child (e, check_load_child, C);
}

static gboolean check_block (Checker *C, RsBlock *block);
static gboolean check_blocks (Checker *C, gboolean header_ok, RsStmt *s);
static gboolean check_stmt (Checker *C, RsStmt *s);

static gboolean
check_from_import (Checker *C,
                   RsStmt  *s)
{
  guint i;

  if (C->in_func || C->in_class)
    return reject (C, s->line, s->col, "imports only at module level");
  for (i = 0; i < s->names.n_names; i++)
    {
      const char *hint = module_member_hint (s->names.module, s->names.names[i]);

      if (hint != NULL)
        return reject_member (C, s->line, s->col, hint, s->names.names[i]);
    }
  return TRUE;
}

/* The oracle's annotations: names, constants, attributes, subscripts,
 * tuples and `|` of them */
static gboolean
is_annotation_shape (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_NAME: case RS_EXPR_NONE: case RS_EXPR_TRUE: case RS_EXPR_FALSE:
    case RS_EXPR_INT: case RS_EXPR_FLOAT: case RS_EXPR_STR: case RS_EXPR_ELLIPSIS:
    case RS_EXPR_UNSUPPORTED_CONST:
      return TRUE;
    case RS_EXPR_ATTR:
      return is_annotation_shape (e->attr.value);
    case RS_EXPR_SUBSCRIPT:
      return is_annotation_shape (e->subscript.value) && is_annotation_shape (e->subscript.index);
    case RS_EXPR_BINOP:
      return e->binop.op == RS_BIN_OR && is_annotation_shape (e->binop.left)
             && is_annotation_shape (e->binop.right);
    case RS_EXPR_TUPLE:
      for (guint i = 0; i < e->seq.n_items; i++)
        if (!is_annotation_shape (e->seq.items[i]))
          return FALSE;
      return TRUE;
    default:
      return FALSE;
    }
}

/* An annotation is evaluated as any expression (rs-interp-annotation.c) */
static gboolean
check_annotation (Checker *C,
                  RsExpr  *e)
{
  if (!is_annotation_shape (e))
    return reject (C, e->line, e->col, "only names, strings, X[Y], X | Y and tuples of them "
                   "are in the subset as annotations");
  return check_expr (C, e, CTX_LOAD);
}

static gboolean
check_def (Checker *C,
           RsStmt  *s)
{
  const char *name = s->def.name;
  gboolean saved = C->in_func, ok;
  gboolean method = C->in_class && !C->in_func;
  RsStmt *saved_method = C->method;
  if (g_str_has_prefix (name, "_rs_"))
    return reject (C, s->line, s->col, "function name %s is reserved", name);
  if (rs_check_is_dunder (name) && (!method || !is_class_method (name)))
    {
      if (!method)
        return reject (C, s->line, s->col, "function %s is not in the subset; a special name "
                       "such as __init__ or __repr__ only names a method of a class", name);
      return reject (C, s->line, s->col, "method %s is not in the subset; of the special "
                     "methods __init__, __del__, __repr__, __str__, __format__, __bool__, "
                     "__len__, __call__, __contains__, __getitem__, __setitem__, __delitem__, "
                     "__iter__, __next__, __reversed__, __getattr__, __index__, __int__, __float__, __hash__, "
                     "the comparisons and the number operators (with __r*__ and __i*__) are", name);
    }
  if (strcmp (name, "__del__") == 0 && (s->def.n_params != 1 || s->def.n_positional != 1))
    return reject (C, s->line, s->col, "__del__ takes exactly one parameter: `def __del__(self):`");
  /* the oracle checks the annotations first */
  for (guint i = 0; s->def.annotations != NULL && i < s->def.n_params; i++)
    if (s->def.annotations[i] != NULL && !check_annotation (C, s->def.annotations[i]))
      return FALSE;
  if (s->def.returns != NULL && !check_annotation (C, s->def.returns))
    return FALSE;
  /* decorators are evaluated first, top to bottom */
  for (guint i = 0; i < s->def.n_decorators; i++)
    if (!check_expr (C, s->def.decorators[i], CTX_LOAD))
      return FALSE;
  /* the oracle visits the arguments' kw_defaults before their defaults */
  for (guint i = 0; i < s->def.n_kwonly; i++)
    if (s->def.kw_defaults[i] != NULL && !check_expr (C, s->def.kw_defaults[i], CTX_LOAD))
      return FALSE;
  for (guint i = 0; i < s->def.n_defaults; i++)
    if (!check_expr (C, s->def.defaults[i], CTX_LOAD))
      return FALSE;
  C->in_func = TRUE;
  C->method = method ? s : NULL;
  g_ptr_array_add (C->defs, s);
  ok = check_block (C, &s->def.body);
  g_ptr_array_remove_index (C->defs, C->defs->len - 1);
  C->in_func = saved;
  C->method = saved_method;
  return ok;
}

static gboolean
is_constant (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_INT: case RS_EXPR_STR: case RS_EXPR_NONE: case RS_EXPR_TRUE:
    case RS_EXPR_FALSE: case RS_EXPR_UNSUPPORTED_CONST: case RS_EXPR_FLOAT: case RS_EXPR_ELLIPSIS:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A name __slots__ may hold: an identifier, not special (but __dict__
 * and __weakref__) */
static gboolean
is_slot_name (const RsExpr *e)
{
  const char *name;

  if (e->kind != RS_EXPR_STR)
    return FALSE;
  name = e->str.value;
  if (strlen (name) != e->str.len || (!g_ascii_isalpha (name[0]) && name[0] != '_'))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  /* a private name is mangled when the class is made */
  return !rs_check_is_dunder (name) || strcmp (name, "__weakref__") == 0
         || strcmp (name, "__dict__") == 0;
}

/* `__slots__ = ('a', 'b')` (a str, or a tuple or list of them) and
 * `__hash__ = None` */
static gboolean
is_special_class_attr (const RsStmt *s)
{
  const RsExpr *value = s->assign.value;
  const char *name;

  if (s->assign.n_targets != 1 || s->assign.targets[0]->kind != RS_EXPR_NAME)
    return FALSE;
  name = s->assign.targets[0]->name.id;
  if (strcmp (name, "__hash__") == 0)
    return value->kind == RS_EXPR_NONE;
  if (strcmp (name, "__slots__") != 0)
    return FALSE;
  if (value->kind == RS_EXPR_STR)
    return is_slot_name (value);
  if (value->kind != RS_EXPR_TUPLE && value->kind != RS_EXPR_LIST)
    return FALSE;
  for (guint i = 0; i < value->seq.n_items; i++)
    if (!is_slot_name (value->seq.items[i]))
      return FALSE;
  return TRUE;
}

/* The oracle's class body rule: pass, methods, docstrings (any constant)
 * and `name = expr` whose targets are names not starting with __. */
static gboolean
is_class_body_stmt (const RsStmt *s)
{
  guint i;

  switch ((int) s->kind)
    {
    case RS_STMT_PASS:
    case RS_STMT_DEF:
      return TRUE;
    case RS_STMT_EXPR:
      return is_constant (s->expr.value);
    case RS_STMT_ASSIGN:
      if (is_special_class_attr (s))
        return TRUE;
      for (i = 0; i < s->assign.n_targets; i++)
        if (s->assign.targets[i]->kind != RS_EXPR_NAME
            || g_str_has_prefix (s->assign.targets[i]->name.id, "__"))
          return FALSE;
      return TRUE;
    case RS_STMT_ANNASSIGN:
      return s->annassign.target->kind == RS_EXPR_NAME
             && !g_str_has_prefix (s->annassign.target->name.id, "__");
    case RS_STMT_UNSUPPORTED:
      /* a def with unsupported parameters is still a def; it is rejected
       * at the same place either way */
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
check_class_body_stmt (Checker *C,
                       RsStmt  *stmt)
{
  if (is_class_body_stmt (stmt))
    return check_stmt (C, stmt);
  if (stmt->kind == RS_STMT_UNSUPPORTED)
    return reject (C, stmt->line, stmt->col, "%s", stmt->unsupported.message);
  return reject (C, stmt->line, stmt->col, "a class body holds pass, methods, "
                 "docstrings, simple attributes `name = value`, `__slots__ = ('a', "
                 "'b')` (names) and `__hash__ = None`");
}

/* The bases, then each statement of the body: an error in one does not
 * stop the check of the next */
static gboolean
check_class (Checker *C,
             RsStmt  *s)
{
  gboolean ok = TRUE;
  guint i;

  if (C->in_func || C->in_class)
    return reject (C, s->line, s->col, "classes only at module level");
  for (i = 0; i < s->class_.n_bases; i++)
    {
      const char *base = s->class_.bases[i]->name.id;

      if (is_builtin (base) && strcmp (base, "object") != 0 && !is_allowed_exception (base)
          && !g_hash_table_contains (C->data->bound, base))
        {
          ok = reject (C, s->line, s->col, "only `class Name:` or `class Name(Base, ...):` "
                       "with classes of the script, object or an exception class of the "
                       "subset; '%s' is a builtin (drop it: `class %s:`)", base, s->class_.name);
          break;
        }
    }
  C->in_class = TRUE;
  for (i = 0; i < s->class_.body.n_stmts; i++)
    ok = check_class_body_stmt (C, s->class_.body.stmts[i]) && ok;
  C->in_class = FALSE;
  return ok;
}

static gboolean
check_targets (Checker  *C,
               RsExpr  **targets,
               guint     n,
               Ctx       ctx)
{
  guint i;

  for (i = 0; i < n; i++)
    if (!check_expr (C, targets[i], ctx))
      return FALSE;
  return TRUE;
}

static gboolean
check_stmt (Checker *C,
            RsStmt  *s)
{
  switch ((int) s->kind)
    {
    case RS_STMT_UNSUPPORTED:
      return reject (C, s->line, s->col, "%s", s->unsupported.message);
    case RS_STMT_EXPR:
      return check_expr (C, s->expr.value, CTX_LOAD);
    case RS_STMT_ASSIGN:
      return check_targets (C, s->assign.targets, s->assign.n_targets, CTX_STORE)
             && check_expr (C, s->assign.value, CTX_LOAD);
    case RS_STMT_DELETE:
      return check_targets (C, s->del.targets, s->del.n_targets, CTX_DEL);
    case RS_STMT_IF:
      return check_blocks (C, check_expr (C, s->if_.test, CTX_LOAD), s);
    case RS_STMT_WHILE:
      return check_blocks (C, check_expr (C, s->while_.test, CTX_LOAD), s);
    case RS_STMT_FOR:
      return check_blocks (C, check_expr (C, s->for_.target, CTX_STORE)
                              && check_expr (C, s->for_.iter, CTX_LOAD), s);
    case RS_STMT_DEF:
      return check_def (C, s);
    case RS_STMT_CLASS:
      return check_class (C, s);
    case RS_STMT_RETURN:
      return s->return_.value == NULL || check_expr (C, s->return_.value, CTX_LOAD);
    case RS_STMT_GLOBAL:
      if (!C->in_func)
        return reject (C, s->line, s->col, "global only inside a function");
      return TRUE;
    case RS_STMT_NONLOCAL:
      return TRUE;
    case RS_STMT_IMPORT:
      if (C->in_func || C->in_class)
        return reject (C, s->line, s->col, "imports only at module level");
      return TRUE;
    case RS_STMT_IMPORT_FROM:
      return check_from_import (C, s);
    case RS_STMT_AUGASSIGN:
      return check_expr (C, s->augassign.target, CTX_STORE)
             && check_expr (C, s->augassign.value, CTX_LOAD);
    case RS_STMT_ASSERT:
      return check_expr (C, s->assert_.test, CTX_LOAD)
             && (s->assert_.msg == NULL || check_expr (C, s->assert_.msg, CTX_LOAD));
    case RS_STMT_TRY:
      {
        /* the oracle's checker visits the fields in the AST's order */
        gboolean ok = check_block (C, &s->try_.body);

        ok = check_block (C, &s->try_.handlers) && ok;
        ok = check_block (C, &s->try_.orelse) && ok;
        return check_block (C, &s->try_.finalbody) && ok;
      }
    case RS_STMT_EXCEPT:
      return check_blocks (C, s->except_.type == NULL || check_expr (C, s->except_.type, CTX_LOAD), s);
    case RS_STMT_RAISE:
      return (s->raise_.exc == NULL || check_expr (C, s->raise_.exc, CTX_LOAD))
             && (s->raise_.cause == NULL || check_expr (C, s->raise_.cause, CTX_LOAD));
    case RS_STMT_ANNASSIGN:
      return check_annotation (C, s->annassign.annotation)
             && check_expr (C, s->annassign.target, CTX_STORE)
             && (s->annassign.value == NULL || check_expr (C, s->annassign.value, CTX_LOAD));
    default:
      return TRUE;
    }
}

/* Every statement, an error in one or not: the statements after it are
 * checked as they would be without it, so their errors are real ones */
static gboolean
check_block (Checker *C,
             RsBlock *block)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < block->n_stmts; i++)
    ok = check_stmt (C, block->stmts[i]) && ok;
  return ok;
}

/* The blocks of compound statement @s (not a try: rs_stmt_blocks()
 * gives its blocks in the compiler's order), after its header checked
 * @header_ok */
static gboolean
check_blocks (Checker  *C,
              gboolean  header_ok,
              RsStmt   *s)
{
  RsBlock *blocks[RS_STMT_MAX_BLOCKS];
  guint n = rs_stmt_blocks (s, blocks);
  gboolean ok = header_ok;

  g_assert (s->kind != RS_STMT_TRY);
  for (guint i = 0; i < n; i++)
    ok = check_block (C, blocks[i]) && ok;
  return ok;
}

/* ------------------------------------------------------------------ */

gboolean
rs_check_module (RsModule *module,
                 GError  **error)
{
  RsModuleData *data;
  DepthCheck depth = { module, error };
  Checker C = { 0 };
  g_autoptr(GPtrArray) defs = g_ptr_array_new ();
  gboolean ok;

  g_return_val_if_fail (module != NULL, FALSE);
  data = RS_MODULE_DATA (module);

  if (!check_depth_block (&depth, &module->body))
    return FALSE;

  C.module = module;
  C.data = data;
  C.error = error;
  C.defs = defs;
  C.classes = g_hash_table_new (g_str_hash, g_str_equal);
  collect_classes (&module->body, C.classes);
  ok = check_block (&C, &module->body);
  g_hash_table_unref (C.classes);
  if (!ok || !rs_check_compiler (module, error))
    return FALSE;
  rs_check_mangle (module);
  if (!rs_check_cells (module, error))
    return FALSE;

  rs_check_fill_scopes (module);
  return TRUE;
}
