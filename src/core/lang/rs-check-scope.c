/* rs-check-scope.c: class-private names, every def's RsScope, free variables
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on a module that passed every check: mangles `__x` inside classes
 * as CPython does, then gives each def (and lambda) its co_varnames in the
 * order the compiler emits them.  While the checker runs, it finds the
 * names a nested def takes from the defs around it (closures, which the
 * subset does not have yet).
 */
#include "rs-check-private.h"

#include <string.h>

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

static void mangle_block (RsBlock *block, const char *class_name);

static gboolean
mangle_expr (RsExpr   *e,
             gpointer  user_data)
{
  if (e->kind == RS_EXPR_NAME)
    e->name.id = mangle (user_data, e->name.id);
  if (e->kind == RS_EXPR_LAMBDA)
    {
      RsStmt *def = e->lambda.def;

      for (guint j = 0; j < def->def.n_params; j++)
        def->def.params[j] = mangle (user_data, def->def.params[j]);
      mangle_block (&def->def.body, user_data);
    }
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
              s->names.names[j] = mangle (class_name, s->names.names[j]);
          if (s->kind == RS_STMT_DEF)
            for (j = 0; j < s->def.n_params; j++)
              s->def.params[j] = mangle (class_name, s->def.params[j]);
          if (s->kind == RS_STMT_EXCEPT && s->except_.name != NULL)
            s->except_.name = mangle (class_name, s->except_.name);
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

static void
collect_locals (Scope   *sc,
                RsBlock *block)
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
          g_hash_table_add (sc->locals, (gpointer) s->def.name);
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
          if (g_hash_table_contains (sc->locals, s->def.name)
              && g_hash_table_add (sc->seen, (gpointer) s->def.name))
            g_ptr_array_add (sc->order, (gpointer) s->def.name);
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

/* The names @def binds (its parameters too), less those it declares global. */
static void
def_locals (RsStmt     *def,
            GHashTable *locals,
            GPtrArray  *globals)
{
  Scope sc = { locals, NULL, NULL, globals };

  collect_locals (&sc, &def->def.body);
  for (guint i = 0; i < globals->len; i++)
    g_hash_table_remove (locals, g_ptr_array_index (globals, i));
  for (guint i = 0; i < def->def.n_params; i++)
    g_hash_table_add (locals, (gpointer) def->def.params[i]);
}

typedef struct {
  GHashTable  *own;        /* what the nested def binds or declares global */
  GHashTable  *outer;      /* what the enclosing defs bind */
  RsExpr      *free;
} FreeSearch;

static gboolean
free_expr (RsExpr   *e,
           gpointer  user_data)
{
  FreeSearch *fs = user_data;

  if (e->kind == RS_EXPR_NAME && !g_hash_table_contains (fs->own, e->name.id)
      && g_hash_table_contains (fs->outer, e->name.id))
    {
      fs->free = e;
      return FALSE;
    }
  return rs_expr_for_each_child (e, free_expr, fs);
}

/* A deeper def's body is searched when that def is checked itself. */
static gboolean
free_block (FreeSearch *fs,
            RsBlock    *block)
{
  for (guint i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (s, blocks);

      if (!rs_stmt_for_each_expr (s, free_expr, fs))
        return FALSE;
      for (guint j = 0; s->kind != RS_STMT_DEF && j < n; j++)
        if (!free_block (fs, blocks[j]))
          return FALSE;
    }
  return TRUE;
}

/* The first name @def uses that the defs around it bind (a free
 * variable, which would make it a closure), or NULL. */
RsExpr *
rs_check_scope_free_name (RsStmt *const *enclosing,
                          guint          n_enclosing,
                          RsStmt        *def)
{
  g_autoptr(GPtrArray) globals = g_ptr_array_new ();
  FreeSearch fs = { g_hash_table_new (NULL, NULL), g_hash_table_new (NULL, NULL), NULL };

  for (guint i = 0; i < n_enclosing; i++)
    {
      g_autoptr(GPtrArray) outer_globals = g_ptr_array_new ();
      def_locals (enclosing[i], fs.outer, outer_globals);
    }
  def_locals (def, fs.own, globals);
  for (guint i = 0; i < globals->len; i++)
    g_hash_table_add (fs.own, g_ptr_array_index (globals, i));
  free_block (&fs, &def->def.body);
  g_hash_table_unref (fs.own);
  g_hash_table_unref (fs.outer);
  return fs.free;
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

static void fill_scopes (RsArena *arena, RsBlock *block, gboolean in_class);

/* a lambda is a def inside an expression */
static gboolean
fill_lambdas (RsExpr   *e,
              gpointer  arena)
{
  if (e->kind == RS_EXPR_LAMBDA)
    {
      fill_scope (arena, e->lambda.def);
      fill_scopes (arena, &e->lambda.def->def.body, FALSE);
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
rs_check_fill_scopes (RsModule *module)
{
  mangle_block (&module->body, NULL);
  fill_scopes (RS_MODULE_DATA (module)->arena, &module->body, FALSE);
}
