/* dump-scopes.c: prints the co_varnames the front end computes for every
 * function of the scripts given (for check-scopes.py)
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per def: "FILE QUALNAME: NAME NAME ...".
 */
#include <stdio.h>

#include "rs-frontend.h"

static void
dump_block (const char *path,
            RsBlock    *block,
            const char *prefix)
{
  guint i, k;

  for (i = 0; i < block->n_stmts; i++)
    {
      RsStmt *s = block->stmts[i];

      switch (s->kind)
        {
        case RS_STMT_DEF:
          printf ("%s %s%s:", path, prefix, s->def.name);
          for (k = 0; k < s->def.scope.n_varnames; k++)
            printf (" %s", s->def.scope.varnames[k]);
          printf ("\n");
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
