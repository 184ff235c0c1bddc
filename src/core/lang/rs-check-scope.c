/* rs-check-scope.c: class-private names, every def's RsScope
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on a module that passed every check: mangles `__x` inside classes
 * as CPython does, then gives each def (and lambda) its co_varnames in the
 * order the compiler emits them, with the cell and free variables
 * rs-check-cells.c found at the end, as CPython's localsplus.
 */
#include "rs-check-private.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* class-private names                                                  */

/* CPython's _Py_Mangle: `__x` inside class C is `_C__x`. */
const char *
rs_check_mangle_name (const char *class_name,
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

static void mangle_block (RsBlock *block, const char *class_name);

static gboolean
mangle_expr (RsExpr   *e,
             gpointer  user_data)
{
  if (e->kind == RS_EXPR_NAME)
    e->name.id = rs_check_mangle_name (user_data, e->name.id);
  if (e->kind == RS_EXPR_ATTR)
    e->attr.name = rs_check_mangle_name (user_data, e->attr.name);
  if (e->kind == RS_EXPR_LAMBDA)
    {
      RsStmt *def = e->lambda.def;

      for (guint j = 0; j < def->def.n_params; j++)
        def->def.params[j] = rs_check_mangle_name (user_data, def->def.params[j]);
      mangle_block (&def->def.body, user_data);
    }
  if (e->kind == RS_EXPR_COMP)
    mangle_block (&e->comp.def->def.body, user_data);
  return rs_expr_for_each_child (e, mangle_expr, user_data);
}

static void
mangle_block (RsBlock    *block,
              const char *class_name)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (s, blocks);
      const char *inner = s->kind == RS_STMT_CLASS ? s->class_.name : class_name;

      if (class_name != NULL)
        {
          rs_stmt_for_each_expr (s, mangle_expr, (gpointer) class_name);
          if (s->kind == RS_STMT_GLOBAL)
            for (j = 0; j < s->names.n_names; j++)
              s->names.names[j] = rs_check_mangle_name (class_name, s->names.names[j]);
          if (s->kind == RS_STMT_DEF)
            {
              /* the function keeps its __name__ */
              s->def.bound = rs_check_mangle_name (class_name, s->def.name);
              for (j = 0; j < s->def.n_params; j++)
                s->def.params[j] = rs_check_mangle_name (class_name, s->def.params[j]);
            }
          if (s->kind == RS_STMT_EXCEPT && s->except_.name != NULL)
            s->except_.name = rs_check_mangle_name (class_name, s->except_.name);
        }
      for (j = 0; j < n; j++)
        mangle_block (blocks[j], inner);
    }
}

/* ------------------------------------------------------------------ */
/* scopes                                                               */

static void
collect_stores (RsExpr       *e,
                RsCheckScope *sc)
{
  guint i;

  if (e->kind == RS_EXPR_NAME)
    g_hash_table_add (sc->locals, (gpointer) e->name.id);
  else if (e->kind == RS_EXPR_TUPLE || e->kind == RS_EXPR_LIST)
    for (i = 0; i < e->seq.n_items; i++)
      collect_stores (e->seq.items[i], sc);
  else if (e->kind == RS_EXPR_STARRED)
    collect_stores (e->unary.operand, sc);
}

/* `x := v` anywhere in an expression binds x */
static gboolean
collect_named (RsExpr   *e,
               gpointer  user_data)
{
  if (e->kind == RS_EXPR_NAMED)
    collect_stores (e->named.target, user_data);
  return rs_expr_for_each_child (e, collect_named, user_data);
}

void
rs_check_collect_locals (RsCheckScope *sc,
                         RsBlock      *block)
{
  guint i, j;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (s, blocks);

      rs_stmt_for_each_expr (s, collect_named, sc);
      switch ((int) s->kind)
        {
        case RS_STMT_DEF:
          /* a nested def binds its name here; its body is its own scope */
          g_hash_table_add (sc->locals, (gpointer) s->def.bound);
          continue;
        case RS_STMT_ASSIGN:
          for (j = 0; j < s->assign.n_targets; j++)
            collect_stores (s->assign.targets[j], sc);
          break;
        case RS_STMT_AUGASSIGN:
          collect_stores (s->augassign.target, sc);
          break;
        case RS_STMT_ANNASSIGN:
          collect_stores (s->annassign.target, sc);
          break;
        case RS_STMT_DELETE:
          for (j = 0; j < s->del.n_targets; j++)
            collect_stores (s->del.targets[j], sc);
          break;
        case RS_STMT_FOR:
          collect_stores (s->for_.target, sc);
          break;
        case RS_STMT_EXCEPT:
          if (s->except_.name != NULL)
            g_hash_table_add (sc->locals, (gpointer) s->except_.name);
          break;
        case RS_STMT_GLOBAL:
          for (j = 0; j < s->names.n_names; j++)
            g_ptr_array_add (sc->globals, (gpointer) s->names.names[j]);
          break;
        case RS_STMT_NONLOCAL:
          for (j = 0; sc->nonlocals != NULL && j < s->names.n_names; j++)
            if (!g_hash_table_contains (sc->nonlocals, s->names.names[j]))
              g_hash_table_insert (sc->nonlocals, (gpointer) s->names.names[j], s);
          break;
        default:
          break;
        }
      for (j = 0; j < n; j++)
        rs_check_collect_locals (sc, blocks[j]);
    }
}

static gboolean
scope_expr (RsExpr   *e,
            gpointer  user_data)
{
  RsCheckScope *sc = user_data;
  guint i;

  if (e->kind == RS_EXPR_NAME && g_hash_table_contains (sc->locals, e->name.id)
      && g_hash_table_add (sc->seen, (gpointer) e->name.id))
    g_ptr_array_add (sc->order, (gpointer) e->name.id);
  if (e->kind == RS_EXPR_NAMED)
    {
      /* the value is compiled before the store */
      scope_expr (e->named.value, sc);
      return scope_expr (e->named.target, sc);
    }
  if (e->kind != RS_EXPR_DICT)
    return rs_expr_for_each_child (e, scope_expr, sc);
  /* the compiler emits a dict display key, value, key, value */
  for (i = 0; i < e->dict.n_items; i++)
    {
      if (e->dict.keys[i] != NULL)   /* `**m` has none */
        scope_expr (e->dict.keys[i], sc);
      scope_expr (e->dict.values[i], sc);
    }
  return TRUE;
}

/* The compiler's order: a value before its targets, an iterable before
 * the loop variable, a test before its branches. */
static void
scope_block (RsCheckScope *sc,
             RsBlock      *block)
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
          scope_block (sc, &s->for_.orelse);
          break;
        case RS_STMT_IF:
          scope_expr (s->if_.test, sc);
          scope_block (sc, &s->if_.body);
          scope_block (sc, &s->if_.orelse);
          break;
        case RS_STMT_WHILE:
          scope_expr (s->while_.test, sc);
          scope_block (sc, &s->while_.body);
          scope_block (sc, &s->while_.orelse);
          break;
        case RS_STMT_TRY:
          scope_block (sc, &s->try_.body);
          scope_block (sc, &s->try_.orelse);
          scope_block (sc, &s->try_.handlers);
          scope_block (sc, &s->try_.finalbody);
          break;
        case RS_STMT_EXCEPT:
          /* the type, then the name is stored, then the body */
          if (s->except_.type != NULL)
            scope_expr (s->except_.type, sc);
          if (s->except_.name != NULL && g_hash_table_contains (sc->locals, s->except_.name)
              && g_hash_table_add (sc->seen, (gpointer) s->except_.name))
            g_ptr_array_add (sc->order, (gpointer) s->except_.name);
          scope_block (sc, &s->except_.body);
          break;
        case RS_STMT_DEF:
          /* decorators and defaults run here, then the name is stored */
          rs_stmt_for_each_expr (s, scope_expr, sc);
          if (g_hash_table_contains (sc->locals, s->def.bound)
              && g_hash_table_add (sc->seen, (gpointer) s->def.bound))
            g_ptr_array_add (sc->order, (gpointer) s->def.bound);
          break;
        case RS_STMT_ANNASSIGN:
          /* in a function the annotation is never evaluated; without a
           * value a name emits no code (it is local, but not in
           * co_varnames until used), an attribute's object still runs */
          if (s->annassign.value != NULL)
            scope_expr (s->annassign.value, sc);
          if (s->annassign.value != NULL || s->annassign.target->kind != RS_EXPR_NAME)
            scope_expr (s->annassign.target, sc);
          break;
        default:
          rs_stmt_for_each_expr (s, scope_expr, sc);
          break;
        }
    }
}

static gboolean
names_contain (const char *const *names,
               guint              n,
               const char        *name)
{
  for (guint i = 0; i < n; i++)
    if (names[i] == name)
      return TRUE;
  return FALSE;
}

/* localsplus: the co_varnames in the compiler's order (a cell variable
 * only if it is a parameter), the other cell variables, the free ones */
static void
fill_scope (RsArena *arena,
            RsStmt  *def)
{
  RsScope *scope = &def->def.scope;
  RsCheckScope sc;
  g_autoptr(GPtrArray) slots = g_ptr_array_new ();
  guint8 *kinds;
  guint i;

  sc.locals = g_hash_table_new (NULL, NULL);
  sc.seen = g_hash_table_new (NULL, NULL);
  sc.order = g_ptr_array_new ();
  sc.globals = g_ptr_array_new ();
  sc.nonlocals = g_hash_table_new (NULL, NULL);

  rs_check_collect_locals (&sc, &def->def.body);
  for (i = 0; i < sc.globals->len; i++)
    g_hash_table_remove (sc.locals, g_ptr_array_index (sc.globals, i));
  for (i = 0; i < scope->n_freevars; i++)
    g_hash_table_remove (sc.locals, scope->freevars[i]);
  for (i = 0; i < def->def.n_params; i++)
    {
      g_hash_table_add (sc.locals, (gpointer) def->def.params[i]);
      if (g_hash_table_add (sc.seen, (gpointer) def->def.params[i]))
        g_ptr_array_add (sc.order, (gpointer) def->def.params[i]);
    }
  scope_block (&sc, &def->def.body);

  for (i = 0; i < sc.order->len; i++)
    {
      const char *name = g_ptr_array_index (sc.order, i);
      if (i < def->def.n_params || !names_contain (scope->cellvars, scope->n_cellvars, name))
        g_ptr_array_add (slots, (gpointer) name);
    }
  scope->n_cells = 0;
  for (i = 0; i < scope->n_cellvars; i++)
    if (!names_contain (def->def.params, def->def.n_params, scope->cellvars[i]))
      {
        g_ptr_array_add (slots, (gpointer) scope->cellvars[i]);
        scope->n_cells++;
      }
  for (i = 0; i < scope->n_freevars; i++)
    g_ptr_array_add (slots, (gpointer) scope->freevars[i]);
  scope->n_frees = scope->n_freevars;

  scope->n_params = def->def.n_params;
  scope->varnames = (const char **) rs_arena_steal_ptrs (arena, slots, &scope->n_varnames);
  scope->globals = (const char **) rs_arena_steal_ptrs (arena, sc.globals, &scope->n_globals);
  scope->slot_kinds = NULL;
  if (scope->n_cellvars + scope->n_freevars > 0)
    {
      guint first_free = scope->n_varnames - scope->n_frees;

      kinds = rs_arena_alloc (arena, MAX (scope->n_varnames, 1));
      for (i = 0; i < scope->n_varnames; i++)
        kinds[i] = i >= first_free ? RS_SCOPE_FREE
                 : names_contain (scope->cellvars, scope->n_cellvars, scope->varnames[i])
                 ? RS_SCOPE_CELL : RS_SCOPE_PLAIN;
      scope->slot_kinds = kinds;
    }
  g_hash_table_unref (sc.locals);
  g_hash_table_unref (sc.seen);
  g_ptr_array_unref (sc.order);
  g_ptr_array_unref (sc.globals);
  g_hash_table_unref (sc.nonlocals);
}

static void fill_scopes (RsArena *arena, RsBlock *block, gboolean in_class);

/* a lambda, and a comprehension, is a def inside an expression */
static gboolean
fill_lambdas (RsExpr   *e,
              gpointer  arena)
{
  RsStmt *def = e->kind == RS_EXPR_LAMBDA ? e->lambda.def
              : e->kind == RS_EXPR_COMP ? e->comp.def : NULL;

  if (def != NULL)
    {
      fill_scope (arena, def);
      fill_scopes (arena, &def->def.body, FALSE);
    }
  return rs_expr_for_each_child (e, fill_lambdas, arena);
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
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (s, blocks);

      rs_stmt_for_each_expr (s, fill_lambdas, arena);
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

void
rs_check_mangle (RsModule *module)
{
  mangle_block (&module->body, NULL);
}

void
rs_check_fill_scopes (RsModule *module)
{
  fill_scopes (RS_MODULE_DATA (module)->arena, &module->body, FALSE);
}
