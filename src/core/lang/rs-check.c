/* rs-check.c: the subset check and the scope analysis
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
 */
#include "rs-check.h"

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

static const char *const allowed_builtins[] = { "print", "len", "range", "list", "dict", "id" };

gboolean
rs_check_is_builtin (const char *name)
{
  guint lo = 0, hi = G_N_ELEMENTS (builtin_names);

  /* the table is sorted by strcmp (ASCII order) */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int c = strcmp (name, builtin_names[mid]);

      if (c == 0)
        return TRUE;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return FALSE;
}

static gboolean
is_allowed_builtin (const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (allowed_builtins); i++)
    if (strcmp (name, allowed_builtins[i]) == 0)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* walking expressions                                                  */

/* The children of @e in the oracle's visiting order. */
static guint
expr_children (RsExpr   *e,
               RsExpr ***items,
               RsExpr   *single[2])
{
  switch ((int) e->kind)
    {
    case RS_EXPR_CALL:
    case RS_EXPR_COMPARE:
    case RS_EXPR_DICT:
      /* more than one array: callers handle them */
      g_assert_not_reached ();
    case RS_EXPR_ATTR:
    case RS_EXPR_NOT:
    case RS_EXPR_NEG:
    case RS_EXPR_STARRED:
      single[0] = e->kind == RS_EXPR_ATTR ? e->attr.value : e->unary.operand;
      *items = single;
      return 1;
    case RS_EXPR_SUBSCRIPT:
      single[0] = e->subscript.value;
      single[1] = e->subscript.index;
      *items = single;
      return 2;
    case RS_EXPR_BINOP:
      single[0] = e->binop.left;
      single[1] = e->binop.right;
      *items = single;
      return 2;
    case RS_EXPR_LIST:
    case RS_EXPR_TUPLE:
      *items = e->seq.items;
      return e->seq.n_items;
    case RS_EXPR_BOOLOP:
      *items = e->boolop.values;
      return e->boolop.n_values;
    case RS_EXPR_UNSUPPORTED:
      *items = e->unsupported.before;
      return e->unsupported.n_before;
    default:
      *items = NULL;
      return 0;
    }
}

/* Calls @func on every direct child of @e, in the oracle's order. */
typedef gboolean (*ChildFunc) (RsExpr *child, gpointer user_data);

static gboolean
for_each_child (RsExpr    *e,
                ChildFunc  func,
                gpointer   user_data)
{
  RsExpr *single[2], **items;
  guint i, n;

  switch ((int) e->kind)
    {
    case RS_EXPR_CALL:
      if (!func (e->call.func, user_data))
        return FALSE;
      for (i = 0; i < e->call.n_args; i++)
        if (!func (e->call.args[i], user_data))
          return FALSE;
      return TRUE;
    case RS_EXPR_COMPARE:
      if (!func (e->compare.left, user_data))
        return FALSE;
      for (i = 0; i < e->compare.n_ops; i++)
        if (!func (e->compare.comparators[i], user_data))
          return FALSE;
      return TRUE;
    case RS_EXPR_DICT:
      for (i = 0; i < e->dict.n_items; i++)
        if (!func (e->dict.keys[i], user_data))
          return FALSE;
      for (i = 0; i < e->dict.n_items; i++)
        if (!func (e->dict.values[i], user_data))
          return FALSE;
      return TRUE;
    default:
      n = expr_children (e, &items, single);
      for (i = 0; i < n; i++)
        if (!func (items[i], user_data))
          return FALSE;
      return TRUE;
    }
}

typedef struct {
  RsExpr *expr;
  guint   depth;
} DepthItem;

typedef struct {
  GArray *stack;
  guint   depth;
} DepthWalk;

static gboolean
push_depth (RsExpr   *child,
            gpointer  user_data)
{
  DepthWalk *walk = user_data;
  DepthItem item = { child, walk->depth + 1 };

  g_array_append_val (walk->stack, item);
  return TRUE;
}

/* Depth of the tree under @e, without recursion (the tree may be deep). */
static guint
expr_depth (RsExpr *e)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (DepthItem));
  DepthItem first = { e, 1 };
  guint max = 0;

  g_array_append_val (stack, first);
  while (stack->len > 0)
    {
      DepthItem item = g_array_index (stack, DepthItem, stack->len - 1);
      DepthWalk walk = { stack, item.depth };

      g_array_set_size (stack, stack->len - 1);
      max = MAX (max, item.depth);
      if (max > RS_MAX_DEPTH)
        break;
      for_each_child (item.expr, push_depth, &walk);
    }
  return max;
}

/* Calls @func on every expression directly in @s (not in its body). */
static gboolean
for_each_stmt_expr (RsStmt    *s,
                    ChildFunc  func,
                    gpointer   user_data)
{
  guint i;

  switch ((int) s->kind)
    {
    case RS_STMT_EXPR:
      return func (s->expr.value, user_data);
    case RS_STMT_ASSIGN:
      for (i = 0; i < s->assign.n_targets; i++)
        if (!func (s->assign.targets[i], user_data))
          return FALSE;
      return func (s->assign.value, user_data);
    case RS_STMT_DELETE:
      for (i = 0; i < s->del.n_targets; i++)
        if (!func (s->del.targets[i], user_data))
          return FALSE;
      return TRUE;
    case RS_STMT_IF:
      return func (s->if_.test, user_data);
    case RS_STMT_WHILE:
      return func (s->while_.test, user_data);
    case RS_STMT_FOR:
      return func (s->for_.target, user_data) && func (s->for_.iter, user_data);
    case RS_STMT_RETURN:
      return s->return_.value == NULL || func (s->return_.value, user_data);
    default:
      return TRUE;
    }
}

/* The blocks directly in @s. */
static guint
stmt_blocks (RsStmt   *s,
             RsBlock **blocks)
{
  switch ((int) s->kind)
    {
    case RS_STMT_IF:
      blocks[0] = &s->if_.body;
      blocks[1] = &s->if_.orelse;
      return 2;
    case RS_STMT_WHILE:
      blocks[0] = &s->while_.body;
      return 1;
    case RS_STMT_FOR:
      blocks[0] = &s->for_.body;
      return 1;
    case RS_STMT_DEF:
      blocks[0] = &s->def.body;
      return 1;
    case RS_STMT_CLASS:
      blocks[0] = &s->class_.body;
      return 1;
    default:
      return 0;
    }
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

  if (expr_depth (e) <= RS_MAX_DEPTH)
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
      RsBlock *blocks[2];
      guint n = stmt_blocks (block->stmts[i], blocks);

      if (!for_each_stmt_expr (block->stmts[i], check_depth_expr, check))
        return FALSE;
      for (j = 0; j < n; j++)
        if (!check_depth_block (check, blocks[j]))
          return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* pass 1: the subset (the oracle's Checker)                            */

typedef enum {
  CTX_LOAD,
  CTX_STORE,
  CTX_DEL,
} Ctx;

typedef struct {
  RsModule     *module;
  RsModuleData *data;
  GError      **error;
  gboolean      in_func;
  gboolean      in_class;
  GHashTable   *unpack_values;   /* tuples `a, b = x, y` may use */
} Checker;

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
  if (ctx == CTX_LOAD && !g_hash_table_contains (C->data->bound, id)
      && !is_allowed_builtin (id) && rs_check_is_builtin (id))
    return reject (C, e->line, e->col, "builtin '%s' is not in the subset; the builtins "
                   "are print, len, range, list, dict and id", id);
  return TRUE;
}

static gboolean
check_attr (Checker *C,
            RsExpr  *e)
{
  static const char *const allowed[][5] = {
    { "gc", "collect", "enable", "disable", "isenabled" },
    { "weakref", "ref", NULL, NULL, NULL },
    { "sys", "getrefcount", NULL, NULL, NULL },
  };
  const char *name = e->attr.name;
  RsExpr *value = e->attr.value;
  guint i, j;

  if (g_str_has_prefix (name, "_rs_")
      || (g_str_has_prefix (name, "__") && strcmp (name, "__init__") != 0))
    return reject (C, e->line, e->col, "attribute '%s' is not in the subset%s", name,
                   g_str_has_prefix (name, "__") ? " (of the special names, only "
                   "__init__ can be used, as in `Base.__init__(self)`)" : "");
  if (value->kind != RS_EXPR_NAME || !g_hash_table_contains (C->data->modules, value->name.id))
    return TRUE;
  for (i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      if (strcmp (allowed[i][0], value->name.id) != 0)
        continue;
      for (j = 1; j < 5 && allowed[i][j] != NULL; j++)
        if (strcmp (allowed[i][j], name) == 0)
          return TRUE;
      return reject (C, e->line, e->col, "%s.%s is not in the subset; %s", value->name.id,
                     name, i == 0 ? "use gc.collect(), gc.enable(), gc.disable() or "
                     "gc.isenabled()" : i == 1 ? "use weakref.ref()"
                     : "use sys.getrefcount()");
    }
  return TRUE;
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
      return reject (C, e->line, e->col, "starred expressions (*x) are not in the subset");
    case RS_EXPR_ATTR:
      if (!check_attr (C, e))
        return FALSE;
      return check_expr (C, e->attr.value, CTX_LOAD);
    case RS_EXPR_LIST:
      if (ctx != CTX_LOAD)
        return reject (C, e->line, e->col, "list targets are not in the subset");
      break;
    case RS_EXPR_TUPLE:
      if (ctx == CTX_LOAD && !g_hash_table_contains (C->unpack_values, e))
        return reject (C, e->line, e->col, "tuples are only in the subset in unpacking "
                       "assignments `a, b = x, y`");
      for (i = 0; i < e->seq.n_items; i++)
        if (!check_expr (C, e->seq.items[i], ctx))
          return FALSE;
      return TRUE;
    default:
      break;
    }
  return for_each_child (e, check_load_child, C);
}

static gboolean check_block (Checker *C, RsBlock *block);
static gboolean check_stmt (Checker *C, RsStmt *s);

static gboolean
check_def (Checker *C,
           RsStmt  *s)
{
  const char *name = s->def.name;
  gboolean saved = C->in_func, ok;

  if (C->in_func)
    return reject (C, s->line, s->col, "nested functions are not in the subset; "
                   "define functions at module level or as methods");
  if (g_str_has_prefix (name, "_rs_"))
    return reject (C, s->line, s->col, "function name %s is reserved", name);
  if (g_str_has_prefix (name, "__")
      && (!C->in_class || (strcmp (name, "__init__") != 0 && strcmp (name, "__del__") != 0)))
    return reject (C, s->line, s->col, "%s %s is not in the subset; of the special "
                   "methods only __init__ and __del__ are", C->in_class ? "method" : "function",
                   name);
  if (strcmp (name, "__del__") == 0 && s->def.n_params != 1)
    return reject (C, s->line, s->col, "__del__ takes exactly one parameter: `def __del__(self):`");
  C->in_func = TRUE;
  ok = check_block (C, &s->def.body);
  C->in_func = saved;
  return ok;
}

static gboolean
is_constant (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_INT: case RS_EXPR_STR: case RS_EXPR_NONE: case RS_EXPR_TRUE:
    case RS_EXPR_FALSE: case RS_EXPR_UNSUPPORTED_CONST:
      return TRUE;
    default:
      return FALSE;
    }
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
      for (i = 0; i < s->assign.n_targets; i++)
        if (s->assign.targets[i]->kind != RS_EXPR_NAME
            || g_str_has_prefix (s->assign.targets[i]->name.id, "__"))
          return FALSE;
      return TRUE;
    case RS_STMT_UNSUPPORTED:
      /* a def with unsupported parameters is still a def; it is rejected
       * at the same place either way */
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
check_class (Checker *C,
             RsStmt  *s)
{
  guint i;

  if (C->in_func || C->in_class)
    return reject (C, s->line, s->col, "classes only at module level");
  if (s->class_.base != NULL && rs_check_is_builtin (s->class_.base->name.id))
    return reject (C, s->line, s->col, "only `class Name:` or `class Name(Base):` with a "
                   "class of the script; '%s' is a builtin (drop it: `class %s:`)",
                   s->class_.base->name.id, s->class_.name);
  C->in_class = TRUE;
  for (i = 0; i < s->class_.body.n_stmts; i++)
    {
      RsStmt *stmt = s->class_.body.stmts[i];

      if (!is_class_body_stmt (stmt))
        {
          if (stmt->kind == RS_STMT_UNSUPPORTED)
            return reject (C, stmt->line, stmt->col, "%s", stmt->unsupported.message);
          return reject (C, stmt->line, stmt->col, "a class body holds pass, methods, "
                         "docstrings and simple attributes `name = value`");
        }
      if (!check_stmt (C, stmt))
        return FALSE;
    }
  C->in_class = FALSE;
  return TRUE;
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
  guint i;

  switch ((int) s->kind)
    {
    case RS_STMT_UNSUPPORTED:
      return reject (C, s->line, s->col, "%s", s->unsupported.message);
    case RS_STMT_EXPR:
      return check_expr (C, s->expr.value, CTX_LOAD);
    case RS_STMT_ASSIGN:
      for (i = 0; i < s->assign.n_targets; i++)
        if (s->assign.targets[i]->kind == RS_EXPR_TUPLE
            && s->assign.value->kind == RS_EXPR_TUPLE)
          g_hash_table_add (C->unpack_values, s->assign.value);
      return check_targets (C, s->assign.targets, s->assign.n_targets, CTX_STORE)
             && check_expr (C, s->assign.value, CTX_LOAD);
    case RS_STMT_DELETE:
      return check_targets (C, s->del.targets, s->del.n_targets, CTX_DEL);
    case RS_STMT_IF:
      return check_expr (C, s->if_.test, CTX_LOAD)
             && check_block (C, &s->if_.body) && check_block (C, &s->if_.orelse);
    case RS_STMT_WHILE:
      return check_expr (C, s->while_.test, CTX_LOAD) && check_block (C, &s->while_.body);
    case RS_STMT_FOR:
      return check_expr (C, s->for_.target, CTX_STORE)
             && check_expr (C, s->for_.iter, CTX_LOAD) && check_block (C, &s->for_.body);
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
    case RS_STMT_IMPORT:
      if (C->in_func || C->in_class)
        return reject (C, s->line, s->col, "imports only at module level");
      return TRUE;
    default:
      return TRUE;
    }
}

static gboolean
check_block (Checker *C,
             RsBlock *block)
{
  guint i;

  for (i = 0; i < block->n_stmts; i++)
    if (!check_stmt (C, block->stmts[i]))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* pass 2: CPython's symtable                                          */

enum {
  SYM_USE = 1 << 0,
  SYM_LOCAL = 1 << 1,
  SYM_PARAM = 1 << 2,
};

typedef struct {
  RsModule   *module;
  GError    **error;
  GHashTable *flags;     /* name -> SYM_* in the current function, or NULL */
} Symtable;

static gboolean
sym_fail (Symtable   *S,
          guint       line,
          guint       col,
          const char *format,
          const char *name)
{
  g_autofree char *message = g_strdup_printf (format, name);

  rs_parse_error_set (S->error, RS_PARSE_ERROR_SYNTAX, S->module->filename,
                      line, col, "%s", message);
  return FALSE;
}

static void
sym_note (Symtable   *S,
          const char *name,
          guint       flag)
{
  guint old = GPOINTER_TO_UINT (g_hash_table_lookup (S->flags, name));

  g_hash_table_insert (S->flags, (gpointer) name, GUINT_TO_POINTER (old | flag));
}

static void sym_expr (Symtable *S, RsExpr *e, Ctx ctx);

static gboolean
sym_load_child (RsExpr   *child,
                gpointer  user_data)
{
  sym_expr (user_data, child, CTX_LOAD);
  return TRUE;
}

static void
sym_expr (Symtable *S,
          RsExpr   *e,
          Ctx       ctx)
{
  guint i;

  if (e->kind == RS_EXPR_NAME)
    sym_note (S, e->name.id, ctx == CTX_LOAD ? SYM_USE : SYM_LOCAL);
  else if (e->kind == RS_EXPR_TUPLE)
    for (i = 0; i < e->seq.n_items; i++)
      sym_expr (S, e->seq.items[i], ctx);
  else
    for_each_child (e, sym_load_child, S);
}

static gboolean sym_block (Symtable *S, RsBlock *block);

static gboolean
sym_def (Symtable *S,
         RsStmt   *s)
{
  RsPosition *duplicate = g_hash_table_lookup (RS_MODULE_DATA (S->module)->duplicate_params, s);
  GHashTable *saved = S->flags;
  gboolean ok;
  guint i;

  if (duplicate != NULL)
    {
      const char *name = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (i = 0; i < s->def.n_params && name == NULL; i++)
        if (!g_hash_table_add (seen, (gpointer) s->def.params[i]))
          name = s->def.params[i];
      return sym_fail (S, duplicate->line, duplicate->col,
                       "duplicate argument '%s' in function definition", name);
    }
  S->flags = g_hash_table_new (NULL, NULL);
  for (i = 0; i < s->def.n_params; i++)
    sym_note (S, s->def.params[i], SYM_PARAM);
  ok = sym_block (S, &s->def.body);
  g_hash_table_unref (S->flags);
  S->flags = saved;
  return ok;
}

static gboolean
sym_stmt (Symtable *S,
          RsStmt   *s)
{
  RsBlock *blocks[2];
  guint i, n;

  if (s->kind == RS_STMT_DEF)
    return sym_def (S, s);
  if (s->kind == RS_STMT_GLOBAL && S->flags != NULL)
    for (i = 0; i < s->names.n_names; i++)
      {
        const char *name = s->names.names[i];
        guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (S->flags, name));

        if (flags & SYM_PARAM)
          return sym_fail (S, s->line, s->col, "name '%s' is parameter and global", name);
        if (flags & SYM_USE)
          return sym_fail (S, s->line, s->col, "name '%s' is used prior to global declaration", name);
        if (flags & SYM_LOCAL)
          return sym_fail (S, s->line, s->col, "name '%s' is assigned to before global declaration", name);
      }
  if (S->flags != NULL)
    {
      switch ((int) s->kind)
        {
        case RS_STMT_ASSIGN:
          for (i = 0; i < s->assign.n_targets; i++)
            sym_expr (S, s->assign.targets[i], CTX_STORE);
          sym_expr (S, s->assign.value, CTX_LOAD);
          break;
        case RS_STMT_DELETE:
          for (i = 0; i < s->del.n_targets; i++)
            sym_expr (S, s->del.targets[i], CTX_DEL);
          break;
        case RS_STMT_FOR:
          sym_expr (S, s->for_.target, CTX_STORE);
          sym_expr (S, s->for_.iter, CTX_LOAD);
          break;
        default:
          for_each_stmt_expr (s, sym_load_child, S);
          break;
        }
    }
  n = stmt_blocks (s, blocks);
  for (i = 0; i < n; i++)
    if (!sym_block (S, blocks[i]))
      return FALSE;
  return TRUE;
}

static gboolean
sym_block (Symtable *S,
           RsBlock  *block)
{
  guint i;

  for (i = 0; i < block->n_stmts; i++)
    if (!sym_stmt (S, block->stmts[i]))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* pass 3: CPython's code generator                                    */

#define MAX_BLOCKS 20   /* CPython's CO_MAXBLOCKS: nested loops */

typedef struct {
  RsModule *module;
  GError  **error;
  gboolean  in_func;
  guint     loops;
} Codegen;

static gboolean
gen_fail (Codegen    *G,
          guint       line,
          guint       col,
          const char *message)
{
  rs_parse_error_set (G->error, RS_PARSE_ERROR_SYNTAX, G->module->filename,
                      line, col, "%s", message);
  return FALSE;
}

typedef struct {
  Codegen *G;
  Ctx      ctx;
} GenExpr;

static gboolean gen_expr (RsExpr *e, gpointer user_data);

static gboolean
gen_expr_ctx (Codegen *G,
              RsExpr  *e,
              Ctx      ctx)
{
  GenExpr walk = { G, ctx };

  return gen_expr (e, &walk);
}

static gboolean
gen_expr (RsExpr   *e,
          gpointer  user_data)
{
  GenExpr *walk = user_data;
  GenExpr load = { walk->G, CTX_LOAD };
  guint i;

  if (e->kind == RS_EXPR_NAME && walk->ctx != CTX_LOAD
      && strcmp (e->name.id, "__debug__") == 0)
    return gen_fail (walk->G, e->line, e->col, walk->ctx == CTX_DEL
                     ? "cannot delete __debug__" : "cannot assign to __debug__");
  if (e->kind == RS_EXPR_TUPLE)
    {
      for (i = 0; i < e->seq.n_items; i++)
        if (!gen_expr (e->seq.items[i], walk))
          return FALSE;
      return TRUE;
    }
  return for_each_child (e, gen_expr, &load);
}

static gboolean gen_block (Codegen *G, RsBlock *block);

static gboolean
gen_stmt (Codegen *G,
          RsStmt  *s)
{
  gboolean ok = TRUE;
  guint i;

  switch ((int) s->kind)
    {
    case RS_STMT_RETURN:
      if (!G->in_func)
        return gen_fail (G, s->line, s->col, "'return' outside function");
      return s->return_.value == NULL || gen_expr_ctx (G, s->return_.value, CTX_LOAD);
    case RS_STMT_BREAK:
      return G->loops > 0 || gen_fail (G, s->line, s->col, "'break' outside loop");
    case RS_STMT_CONTINUE:
      return G->loops > 0 || gen_fail (G, s->line, s->col, "'continue' not properly in loop");
    case RS_STMT_ASSIGN:
      if (!gen_expr_ctx (G, s->assign.value, CTX_LOAD))
        return FALSE;
      for (i = 0; i < s->assign.n_targets; i++)
        if (!gen_expr_ctx (G, s->assign.targets[i], CTX_STORE))
          return FALSE;
      return TRUE;
    case RS_STMT_DELETE:
      for (i = 0; i < s->del.n_targets; i++)
        if (!gen_expr_ctx (G, s->del.targets[i], CTX_DEL))
          return FALSE;
      return TRUE;
    case RS_STMT_EXPR:
      return gen_expr_ctx (G, s->expr.value, CTX_LOAD);
    case RS_STMT_IF:
      return gen_expr_ctx (G, s->if_.test, CTX_LOAD) && gen_block (G, &s->if_.body)
             && gen_block (G, &s->if_.orelse);
    case RS_STMT_WHILE:
      if (G->loops >= MAX_BLOCKS)
        return gen_fail (G, s->line, s->col, "too many statically nested blocks");
      if (!gen_expr_ctx (G, s->while_.test, CTX_LOAD))
        return FALSE;
      G->loops++;
      ok = gen_block (G, &s->while_.body);
      G->loops--;
      return ok;
    case RS_STMT_FOR:
      if (G->loops >= MAX_BLOCKS)
        return gen_fail (G, s->line, s->col, "too many statically nested blocks");
      if (!gen_expr_ctx (G, s->for_.iter, CTX_LOAD)
          || !gen_expr_ctx (G, s->for_.target, CTX_STORE))
        return FALSE;
      G->loops++;
      ok = gen_block (G, &s->for_.body);
      G->loops--;
      return ok;
    case RS_STMT_DEF:
      {
        Codegen inner = { G->module, G->error, TRUE, 0 };

        for (i = 0; i < s->def.n_params; i++)
          if (strcmp (s->def.params[i], "__debug__") == 0)
            return gen_fail (G, s->line, s->col, "cannot assign to __debug__");
        return gen_block (&inner, &s->def.body);
      }
    case RS_STMT_CLASS:
      {
        Codegen inner = { G->module, G->error, FALSE, 0 };

        /* the body is compiled before the class is stored in its name */
        if (!gen_block (&inner, &s->class_.body))
          return FALSE;
        if (strcmp (s->class_.name, "__debug__") == 0)
          return gen_fail (G, s->line, s->col, "cannot assign to __debug__");
        return TRUE;
      }
    default:
      return TRUE;
    }
}

static gboolean
gen_block (Codegen *G,
           RsBlock *block)
{
  guint i;

  for (i = 0; i < block->n_stmts; i++)
    if (!gen_stmt (G, block->stmts[i]))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* class-private names                                                  */

/* CPython's _Py_Mangle: `__x` inside class C is `_C__x`. */
static const char *
mangle (const char *class_name,
        const char *name)
{
  gsize len = strlen (name);
  g_autofree char *mangled = NULL;

  if (class_name == NULL || !g_str_has_prefix (name, "__") || g_str_has_suffix (name, "__")
      || strchr (name, '.') != NULL)
    return name;
  while (*class_name == '_')
    class_name++;
  if (*class_name == '\0' || len < 3)
    return name;
  mangled = g_strconcat ("_", class_name, name, NULL);
  return g_intern_string (mangled);
}

static gboolean
mangle_expr (RsExpr   *e,
             gpointer  user_data)
{
  if (e->kind == RS_EXPR_NAME)
    e->name.id = mangle (user_data, e->name.id);
  return for_each_child (e, mangle_expr, user_data);
}

static void
mangle_block (RsBlock    *block,
              const char *class_name)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[2];
      guint n = stmt_blocks (s, blocks);
      const char *inner = s->kind == RS_STMT_CLASS ? s->class_.name : class_name;

      if (class_name != NULL)
        {
          for_each_stmt_expr (s, mangle_expr, (gpointer) class_name);
          if (s->kind == RS_STMT_GLOBAL)
            for (j = 0; j < s->names.n_names; j++)
              s->names.names[j] = mangle (class_name, s->names.names[j]);
          if (s->kind == RS_STMT_DEF)
            for (j = 0; j < s->def.n_params; j++)
              s->def.params[j] = mangle (class_name, s->def.params[j]);
        }
      for (j = 0; j < n; j++)
        mangle_block (blocks[j], inner);
    }
}

/* ------------------------------------------------------------------ */
/* scopes                                                               */

typedef struct {
  GHashTable *locals;    /* names local to the function */
  GHashTable *seen;      /* names already in order */
  GPtrArray  *order;     /* co_varnames */
  GPtrArray  *globals;
} Scope;

static void
collect_stores (RsExpr *e,
                Scope  *sc)
{
  guint i;

  if (e->kind == RS_EXPR_NAME)
    g_hash_table_add (sc->locals, (gpointer) e->name.id);
  else if (e->kind == RS_EXPR_TUPLE)
    for (i = 0; i < e->seq.n_items; i++)
      collect_stores (e->seq.items[i], sc);
}

static void
collect_locals (Scope   *sc,
                RsBlock *block)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[2];
      guint n = stmt_blocks (s, blocks);

      switch ((int) s->kind)
        {
        case RS_STMT_ASSIGN:
          for (j = 0; j < s->assign.n_targets; j++)
            collect_stores (s->assign.targets[j], sc);
          break;
        case RS_STMT_DELETE:
          for (j = 0; j < s->del.n_targets; j++)
            collect_stores (s->del.targets[j], sc);
          break;
        case RS_STMT_FOR:
          collect_stores (s->for_.target, sc);
          break;
        case RS_STMT_GLOBAL:
          for (j = 0; j < s->names.n_names; j++)
            g_ptr_array_add (sc->globals, (gpointer) s->names.names[j]);
          break;
        default:
          break;
        }
      for (j = 0; j < n; j++)
        collect_locals (sc, blocks[j]);
    }
}

static gboolean
scope_expr (RsExpr   *e,
            gpointer  user_data)
{
  Scope *sc = user_data;
  guint i;

  if (e->kind == RS_EXPR_NAME && g_hash_table_contains (sc->locals, e->name.id)
      && g_hash_table_add (sc->seen, (gpointer) e->name.id))
    g_ptr_array_add (sc->order, (gpointer) e->name.id);
  if (e->kind != RS_EXPR_DICT)
    return for_each_child (e, scope_expr, sc);
  /* the compiler emits a dict display key, value, key, value */
  for (i = 0; i < e->dict.n_items; i++)
    {
      scope_expr (e->dict.keys[i], sc);
      scope_expr (e->dict.values[i], sc);
    }
  return TRUE;
}

/* The compiler's order: a value before its targets, an iterable before
 * the loop variable, a test before its branches. */
static void
scope_block (Scope   *sc,
             RsBlock *block)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];

      switch ((int) s->kind)
        {
        case RS_STMT_ASSIGN:
          scope_expr (s->assign.value, sc);
          for (j = 0; j < s->assign.n_targets; j++)
            scope_expr (s->assign.targets[j], sc);
          break;
        case RS_STMT_FOR:
          scope_expr (s->for_.iter, sc);
          scope_expr (s->for_.target, sc);
          scope_block (sc, &s->for_.body);
          break;
        case RS_STMT_IF:
          scope_expr (s->if_.test, sc);
          scope_block (sc, &s->if_.body);
          scope_block (sc, &s->if_.orelse);
          break;
        case RS_STMT_WHILE:
          scope_expr (s->while_.test, sc);
          scope_block (sc, &s->while_.body);
          break;
        default:
          for_each_stmt_expr (s, scope_expr, sc);
          break;
        }
    }
}

static void
fill_scope (RsArena *arena,
            RsStmt  *def)
{
  Scope sc;
  guint i;

  sc.locals = g_hash_table_new (NULL, NULL);
  sc.seen = g_hash_table_new (NULL, NULL);
  sc.order = g_ptr_array_new ();
  sc.globals = g_ptr_array_new ();

  collect_locals (&sc, &def->def.body);
  for (i = 0; i < sc.globals->len; i++)
    g_hash_table_remove (sc.locals, g_ptr_array_index (sc.globals, i));
  for (i = 0; i < def->def.n_params; i++)
    {
      g_hash_table_add (sc.locals, (gpointer) def->def.params[i]);
      if (g_hash_table_add (sc.seen, (gpointer) def->def.params[i]))
        g_ptr_array_add (sc.order, (gpointer) def->def.params[i]);
    }
  scope_block (&sc, &def->def.body);

  def->def.scope.n_params = def->def.n_params;
  def->def.scope.varnames = (const char **) rs_arena_steal_ptrs (arena, sc.order,
                                                                 &def->def.scope.n_varnames);
  def->def.scope.globals = (const char **) rs_arena_steal_ptrs (arena, sc.globals,
                                                                &def->def.scope.n_globals);
  g_hash_table_unref (sc.locals);
  g_hash_table_unref (sc.seen);
  g_ptr_array_unref (sc.order);
  g_ptr_array_unref (sc.globals);
}

static void
fill_scopes (RsArena  *arena,
             RsBlock  *block,
             gboolean  in_class)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[2];
      guint n = stmt_blocks (s, blocks);

      if (s->kind == RS_STMT_DEF)
        {
          s->def.is_method = in_class;
          fill_scope (arena, s);
        }
      for (j = 0; j < n; j++)
        fill_scopes (arena, blocks[j], s->kind == RS_STMT_CLASS);
    }
}

/* ------------------------------------------------------------------ */

gboolean
rs_check_module (RsModule *module,
                 GError  **error)
{
  RsModuleData *data;
  DepthCheck depth = { module, error };
  Checker C = { 0 };
  Symtable S = { module, error, NULL };
  Codegen G = { module, error, FALSE, 0 };
  gboolean ok;

  g_return_val_if_fail (module != NULL, FALSE);
  data = RS_MODULE_DATA (module);

  if (!check_depth_block (&depth, &module->body))
    return FALSE;

  C.module = module;
  C.data = data;
  C.error = error;
  C.unpack_values = g_hash_table_new (NULL, NULL);
  ok = check_block (&C, &module->body);
  g_hash_table_unref (C.unpack_values);
  if (!ok || !sym_block (&S, &module->body) || !gen_block (&G, &module->body))
    return FALSE;

  mangle_block (&module->body, NULL);
  fill_scopes (data->arena, &module->body, FALSE);
  return TRUE;
}
