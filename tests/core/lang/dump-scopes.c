/* dump-scopes.c: prints the co_varnames the front end computes for every
 * function of the scripts given (for check-scopes.py)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per def or lambda, nested ones too: "FILE QUALNAME: NAME
 * NAME ...", then, for a function with cell or free variables,
 * " | cells: ... | frees: ..." (co_cellvars and co_freevars).
 */
#include <stdio.h>

#include "rs-ast-walk.h"
#include "rs-frontend.h"

typedef struct {
  const char *path;
  const char *prefix;
} Where;

static void dump_block (const char *path, RsBlock *block, const char *prefix);

static void
dump_def (const Where  *at,
          const RsStmt *def)
{
  const RsScope *scope = &def->def.scope;
  guint first_free = scope->n_varnames - scope->n_frees;
  g_autofree char *inner = g_strconcat (at->prefix, def->def.name, ".<locals>.", NULL);

  printf ("%s %s%s:", at->path, at->prefix, def->def.name);
  for (guint k = 0; k < first_free - scope->n_cells; k++)
    printf (" %s", scope->varnames[k]);
  if (scope->n_cellvars + scope->n_frees > 0)
    {
      printf (" | cells:");
      for (guint k = 0; k < first_free; k++)
        if (RS_SCOPE_SLOT_KIND (scope, k) == RS_SCOPE_CELL)
          printf (" %s", scope->varnames[k]);
      printf (" | frees:");
      for (guint k = first_free; k < scope->n_varnames; k++)
        printf (" %s", scope->varnames[k]);
    }
  printf ("\n");
  dump_block (at->path, (RsBlock *) &def->def.body, inner);
}

/* the lambdas of this code object (those inside a def or a lambda come
 * with that one's body) */
static gboolean
dump_lambdas (RsExpr   *e,
              gpointer  user_data)
{
  if (e->kind == RS_EXPR_LAMBDA)
    dump_def (user_data, e->lambda.def);
  if (e->kind == RS_EXPR_COMP)
    dump_def (user_data, e->comp.def);
  return rs_expr_for_each_child (e, dump_lambdas, user_data);
}

static void
dump_block (const char *path,
            RsBlock    *block,
            const char *prefix)
{
  Where at = { path, prefix };
  guint i;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];

      rs_stmt_for_each_expr (s, dump_lambdas, &at);
      switch (s->kind)
        {
        case RS_STMT_DEF:
          dump_def (&at, s);
          break;
        case RS_STMT_CLASS:
          {
            g_autofree char *inner = g_strconcat (prefix, s->class_.name, ".", NULL);

            dump_block (path, &s->class_.body, inner);
            break;
          }
        case RS_STMT_IF:
          dump_block (path, &s->if_.body, prefix);
          dump_block (path, &s->if_.orelse, prefix);
          break;
        case RS_STMT_WHILE:
          dump_block (path, &s->while_.body, prefix);
          break;
        case RS_STMT_FOR:
          dump_block (path, &s->for_.body, prefix);
          break;
        case RS_STMT_TRY:
          dump_block (path, &s->try_.body, prefix);
          dump_block (path, &s->try_.handlers, prefix);
          dump_block (path, &s->try_.orelse, prefix);
          dump_block (path, &s->try_.finalbody, prefix);
          break;
        case RS_STMT_EXCEPT:
          dump_block (path, &s->except_.body, prefix);
          break;
        default:
          break;
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RsModule) module = NULL;
      gsize length;

      if (!g_file_get_contents (argv[i], &text, &length, &error)
          || (module = rs_module_parse (argv[i], text, length, &error)) == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          status = 1;
          continue;
        }
      dump_block (argv[i], &module->body, "");
    }
  return status;
}
