/* rs-check-cells.c: which names are cells, which are free (closures)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CPython's symtable analysis: a name a def uses without binding it, that
 * a def around it binds, is free in it (and in every def between); the
 * def that binds it makes it a cell.  A class body is not a scope for the
 * methods in it (and classes are only at module level), so the search
 * goes through functions and lambdas only.  Both lists end sorted, as the
 * compiler's dictbytype() sorts co_cellvars and co_freevars.
 */
#include "config.h"

#include "rs-check-private.h"

#include <glib/gi18n-lib.h>

#include <string.h>

typedef struct _Level Level;
struct _Level
{
  RsStmt     *def;
  GHashTable *locals;    /* bound here, parameters too, less global and nonlocal names */
  GHashTable *globals;
  GHashTable *nonlocals; /* name -> the first `nonlocal` statement naming it */
  GHashTable *cells;     /* locals nested defs use */
  GHashTable *frees;     /* names of the defs around */
  Level      *up;
};

typedef struct {
  RsModule  *module;
  RsArena   *arena;
  GError   **error;
  gboolean   failed;
} Cells;

static GHashTable *analyze_def (Cells *A, RsStmt *def, Level *up);
static gboolean fail (Cells *A, guint line, guint col, gboolean syntax, const char *message);

/* The def around @up (inclusive) that binds @name, or NULL: a global */
static Level *
resolve (Level      *up,
         const char *name)
{
  for (Level *L = up; L != NULL; L = L->up)
    {
      if (g_hash_table_contains (L->globals, name))
        return NULL;
      if (g_hash_table_contains (L->locals, name))
        return L;
    }
  return NULL;
}

static void
merge_child (Level      *L,
             GHashTable *child_frees)
{
  GHashTableIter iter;
  gpointer name;

  g_hash_table_iter_init (&iter, child_frees);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      if (g_hash_table_contains (L->locals, name))
        g_hash_table_add (L->cells, name);
      else
        g_hash_table_add (L->frees, name);
    }
  g_hash_table_unref (child_frees);
}

typedef struct {
  Cells *A;
  Level *L;              /* NULL: module level */
} Visit;

static gboolean
visit_expr (RsExpr   *e,
            gpointer  user_data)
{
  Visit *v = user_data;
  Level *L = v->L;

  if (v->A->failed)
    return FALSE;
  if (e->kind == RS_EXPR_NAME && L != NULL && !g_hash_table_contains (L->locals, e->name.id)
      && !g_hash_table_contains (L->globals, e->name.id)
      && resolve (L->up, e->name.id) != NULL)
    g_hash_table_add (L->frees, (gpointer) e->name.id);
  if (e->kind == RS_EXPR_LAMBDA)
    {
      GHashTable *frees = analyze_def (v->A, e->lambda.def, L);

      if (frees == NULL)
        return FALSE;
      if (L != NULL)
        merge_child (L, frees);
      else
        g_hash_table_unref (frees);
    }
  if (e->kind == RS_EXPR_COMP)
    {
      GHashTable *frees = analyze_def (v->A, e->comp.def, L);

      if (frees == NULL)
        return FALSE;
      if (L != NULL)
        merge_child (L, frees);
      else
        g_hash_table_unref (frees);
    }
  return rs_expr_for_each_child (e, visit_expr, v);
}

static gboolean
visit_block (Visit   *v,
             RsBlock *block)
{
  for (guint i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];
      RsBlock *blocks[RS_STMT_MAX_BLOCKS];
      guint n = rs_stmt_blocks (s, blocks);

      /* a def's decorators, defaults and annotations run here */
      if (!rs_stmt_for_each_expr (s, visit_expr, v))
        return FALSE;
      if (s->kind == RS_STMT_DEF)
        {
          GHashTable *frees = analyze_def (v->A, s, v->L);

          if (frees == NULL)
            return FALSE;
          if (v->L != NULL)
            merge_child (v->L, frees);
          else
            g_hash_table_unref (frees);
          continue;
        }
      for (guint j = 0; j < n; j++)
        if (!visit_block (v, blocks[j]))
          return FALSE;
    }
  return TRUE;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static const char **
sorted_names (RsArena    *arena,
              GHashTable *set,
              guint      *n)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer name;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    g_ptr_array_add (names, name);
  g_ptr_array_sort (names, compare_names);
  return (const char **) rs_arena_steal_ptrs (arena, names, n);
}

static gboolean
fail (Cells      *A,
      guint       line,
      guint       col,
      gboolean    syntax,
      const char *message)
{
  rs_parse_error_set (A->error, syntax ? RS_PARSE_ERROR_SYNTAX : RS_PARSE_ERROR_UNSUPPORTED,
                      A->module->filename, line, col, "%s", message);
  A->failed = TRUE;
  return FALSE;
}

/* Fills @def's cellvars and freevars; returns its free names (a new
 * table), or NULL after an error. */
static GHashTable *
analyze_def (Cells  *A,
             RsStmt *def,
             Level  *up)
{
  g_autoptr(GPtrArray) globals = g_ptr_array_new ();
  RsCheckScope sc = { g_hash_table_new (NULL, NULL), NULL, NULL, globals,
                      g_hash_table_new (NULL, NULL) };
  Level L = { def, sc.locals, g_hash_table_new (NULL, NULL), sc.nonlocals,
              g_hash_table_new (NULL, NULL), g_hash_table_new (NULL, NULL), up };
  Visit v = { A, &L };
  GHashTableIter iter;
  gpointer name, stmt;
  gboolean ok = TRUE;

  rs_check_collect_locals (&sc, &def->def.body);
  for (guint i = 0; i < globals->len; i++)
    {
      g_hash_table_add (L.globals, g_ptr_array_index (globals, i));
      g_hash_table_remove (L.locals, g_ptr_array_index (globals, i));
    }
  g_hash_table_iter_init (&iter, L.nonlocals);
  while (g_hash_table_iter_next (&iter, &name, &stmt))
    {
      g_hash_table_remove (L.locals, name);
      if (resolve (up, name) == NULL)
        {
          g_autofree char *message = g_strdup_printf ("no binding for nonlocal '%s' found",
                                                      (const char *) name);
          ok = fail (A, ((RsStmt *) stmt)->line, ((RsStmt *) stmt)->col, TRUE, message);
          break;
        }
      g_hash_table_add (L.frees, name);
    }
  for (guint i = 0; i < def->def.n_params; i++)
    g_hash_table_add (L.locals, (gpointer) def->def.params[i]);
  ok = ok && visit_block (&v, &def->def.body);
  if (ok && def->def.varkw
      && g_hash_table_contains (L.cells, def->def.params[def->def.n_params - 1]))
    {
      g_autofree char *message = g_strdup_printf (_(
          "a **kwargs parameter that a nested function uses is not in the subset: "
          "%s uses '%s'; pass it on as a parameter"), def->def.name,
          def->def.params[def->def.n_params - 1]);
      ok = fail (A, def->line, def->col, FALSE, message);
    }
  if (ok)
    {
      def->def.scope.cellvars = sorted_names (A->arena, L.cells, &def->def.scope.n_cellvars);
      def->def.scope.freevars = sorted_names (A->arena, L.frees, &def->def.scope.n_freevars);
    }
  g_hash_table_unref (L.locals);
  g_hash_table_unref (L.globals);
  g_hash_table_unref (L.nonlocals);
  g_hash_table_unref (L.cells);
  if (!ok)
    {
      g_hash_table_unref (L.frees);
      return NULL;
    }
  return L.frees;
}

gboolean
rs_check_cells (RsModule  *module,
                GError   **error)
{
  Cells A = { module, RS_MODULE_DATA (module)->arena, error, FALSE };
  Visit v = { &A, NULL };

  return visit_block (&v, &module->body) && !A.failed;
}
