/* rs-check-compiler.c: what CPython's compiler rejects in a script
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two walks after the subset check: CPython's symtable (repeated
 * parameters, `global` after a use or an assignment), then its code
 * generator (`return` outside a function, `break`/`continue` outside a
 * loop, assigning to __debug__).
 */
#include "rs-check-private.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* pass 2: CPython's symtable                                          */

enum {
  SYM_USE = 1 << 0,
  SYM_LOCAL = 1 << 1,
  SYM_PARAM = 1 << 2,
  SYM_GLOBAL = 1 << 3,
  SYM_NONLOCAL = 1 << 4,
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

static gboolean
sym_fail2 (Symtable   *S,
           guint       line,
           guint       col,
           const char *format,
           const char *name,
           const char *what)
{
  g_autofree char *message = g_strdup_printf (format, name, what);

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
  else if (e->kind == RS_EXPR_NAMED)
    {
      sym_expr (S, e->named.target, CTX_STORE);
      sym_expr (S, e->named.value, CTX_LOAD);
    }
  else if (e->kind == RS_EXPR_TUPLE || (e->kind == RS_EXPR_LIST && ctx != CTX_LOAD))
    for (i = 0; i < e->seq.n_items; i++)
      sym_expr (S, e->seq.items[i], ctx);
  else if (e->kind == RS_EXPR_STARRED && ctx != CTX_LOAD)
    sym_expr (S, e->unary.operand, ctx);
  else
    rs_expr_for_each_child (e, sym_load_child, S);
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
  /* the defaults are uses of the scope around the def */
  if (S->flags != NULL)
    rs_stmt_for_each_expr (s, sym_load_child, S);
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
  RsBlock *blocks[RS_STMT_MAX_BLOCKS];
  guint i, n;

  if (s->kind == RS_STMT_DEF)
    return sym_def (S, s);
  if (s->kind == RS_STMT_NONLOCAL && S->flags == NULL)
    return sym_fail (S, s->line, s->col, "nonlocal declaration not allowed at module level%s", "");
  if ((s->kind == RS_STMT_GLOBAL || s->kind == RS_STMT_NONLOCAL) && S->flags != NULL)
    {
      gboolean global = s->kind == RS_STMT_GLOBAL;
      guint declared = global ? SYM_GLOBAL : SYM_NONLOCAL;

      for (i = 0; i < s->names.n_names; i++)
        {
          const char *name = s->names.names[i];
          guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (S->flags, name));
          g_autofree char *what = NULL;

          if (flags & (global ? SYM_NONLOCAL : SYM_GLOBAL))
            return sym_fail (S, s->line, s->col, "name '%s' is nonlocal and global", name);
          what = g_strdup_printf ("%s declaration", global ? "global" : "nonlocal");
          if (flags & SYM_PARAM)
            return sym_fail2 (S, s->line, s->col, "name '%s' is parameter and %s", name,
                              global ? "global" : "nonlocal");
          if (flags & SYM_USE)
            return sym_fail2 (S, s->line, s->col, "name '%s' is used prior to %s", name, what);
          if (flags & SYM_LOCAL)
            return sym_fail2 (S, s->line, s->col, "name '%s' is assigned to before %s", name, what);
          sym_note (S, name, declared);
        }
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
        case RS_STMT_AUGASSIGN:
          sym_expr (S, s->augassign.target, CTX_STORE);
          sym_expr (S, s->augassign.value, CTX_LOAD);
          break;
        case RS_STMT_ANNASSIGN:
          sym_expr (S, s->annassign.target, CTX_STORE);
          if (s->annassign.value != NULL)
            sym_expr (S, s->annassign.value, CTX_LOAD);
          break;
        case RS_STMT_EXCEPT:
          if (s->except_.type != NULL)
            sym_expr (S, s->except_.type, CTX_LOAD);
          if (s->except_.name != NULL)
            sym_note (S, s->except_.name, SYM_LOCAL);
          break;
        default:
          rs_stmt_for_each_expr (s, sym_load_child, S);
          break;
        }
    }
  n = rs_stmt_blocks (s, blocks);
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

static gboolean gen_block (Codegen *G, RsBlock *block);
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
  if (e->kind == RS_EXPR_TUPLE || (e->kind == RS_EXPR_LIST && walk->ctx != CTX_LOAD))
    {
      guint starred = 0;

      for (i = 0; i < e->seq.n_items; i++)
        starred += e->seq.items[i]->kind == RS_EXPR_STARRED;
      if (starred > 1 && walk->ctx == CTX_STORE)
        return gen_fail (walk->G, e->line, e->col, "multiple starred expressions in assignment");
      for (i = 0; i < e->seq.n_items; i++)
        if (!gen_expr (e->seq.items[i], walk))
          return FALSE;
      return TRUE;
    }
  if (e->kind == RS_EXPR_STARRED)
    return gen_expr (e->unary.operand, walk);
  if (e->kind == RS_EXPR_LAMBDA || e->kind == RS_EXPR_COMP)
    {
      Codegen inner = { walk->G->module, walk->G->error, TRUE, 0 };

      if (!rs_expr_for_each_child (e, gen_expr, &load))
        return FALSE;
      return gen_block (&inner, e->kind == RS_EXPR_LAMBDA ? &e->lambda.def->def.body
                                                          : &e->comp.def->def.body);
    }
  return rs_expr_for_each_child (e, gen_expr, &load);
}

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
    case RS_STMT_AUGASSIGN:
      return gen_expr_ctx (G, s->augassign.target, CTX_STORE)
             && gen_expr_ctx (G, s->augassign.value, CTX_LOAD);
    case RS_STMT_ANNASSIGN:
      return (s->annassign.value == NULL || gen_expr_ctx (G, s->annassign.value, CTX_LOAD))
             && gen_expr_ctx (G, s->annassign.target, CTX_STORE);
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
      /* the else block is outside the loop: a break there is the outer loop's */
      return ok && gen_block (G, &s->while_.orelse);
    case RS_STMT_FOR:
      if (G->loops >= MAX_BLOCKS)
        return gen_fail (G, s->line, s->col, "too many statically nested blocks");
      if (!gen_expr_ctx (G, s->for_.iter, CTX_LOAD)
          || !gen_expr_ctx (G, s->for_.target, CTX_STORE))
        return FALSE;
      G->loops++;
      ok = gen_block (G, &s->for_.body);
      G->loops--;
      return ok && gen_block (G, &s->for_.orelse);
    case RS_STMT_TRY:
      if (!gen_block (G, &s->try_.body) || !gen_block (G, &s->try_.orelse))
        return FALSE;
      for (i = 0; i < s->try_.handlers.n_stmts; i++)
        {
          RsStmt *h = s->try_.handlers.stmts[i];
          if (h->except_.type == NULL && i + 1 < s->try_.handlers.n_stmts)
            return gen_fail (G, h->line, h->col, "default 'except:' must be last");
          if (!gen_stmt (G, h))
            return FALSE;
        }
      return gen_block (G, &s->try_.finalbody);
    case RS_STMT_EXCEPT:
      if (s->except_.type != NULL && !gen_expr_ctx (G, s->except_.type, CTX_LOAD))
        return FALSE;
      if (s->except_.name != NULL && strcmp (s->except_.name, "__debug__") == 0)
        return gen_fail (G, s->line, s->col, "cannot assign to __debug__");
      return gen_block (G, &s->except_.body);
    case RS_STMT_RAISE:
      return (s->raise_.exc == NULL || gen_expr_ctx (G, s->raise_.exc, CTX_LOAD))
             && (s->raise_.cause == NULL || gen_expr_ctx (G, s->raise_.cause, CTX_LOAD));
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

gboolean
rs_check_compiler (RsModule  *module,
                   GError   **error)
{
  Symtable S = { module, error, NULL };
  Codegen G = { module, error, FALSE, 0 };

  return sym_block (&S, &module->body) && gen_block (&G, &module->body);
}
