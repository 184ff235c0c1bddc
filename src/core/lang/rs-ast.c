/* rs-ast.c: the memory of a syntax tree
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every node of a module lives in one arena: a list of large chunks that is
 * freed at once, so the parser never tracks single nodes.
 */
#include "rs-ast-private.h"

#include <string.h>

#define CHUNK_SIZE (64 * 1024)

typedef struct _Chunk Chunk;
struct _Chunk {
  Chunk *next;
  gsize  size;
  gsize  used;
  /* data follows, aligned */
};

struct _RsArena {
  Chunk *chunks;
};

#define HEADER_SIZE ((sizeof (Chunk) + 7) & ~(gsize) 7)

RsArena *
rs_arena_new (void)
{
  return g_new0 (RsArena, 1);
}

void
rs_arena_free (RsArena *arena)
{
  if (arena == NULL)
    return;
  while (arena->chunks != NULL)
    {
      Chunk *next = arena->chunks->next;
      g_free (arena->chunks);
      arena->chunks = next;
    }
  g_free (arena);
}

gpointer
rs_arena_alloc (RsArena *arena,
                gsize    size)
{
  Chunk *chunk = arena->chunks;

  size = (size + 7) & ~(gsize) 7;
  if (chunk == NULL || chunk->size - chunk->used < size)
    {
      /* a large request gets its own chunk, behind the current one so the
       * current one's free space is not lost */
      gsize data = MAX (size, CHUNK_SIZE);
      Chunk *fresh = g_malloc (HEADER_SIZE + data);

      fresh->size = data;
      fresh->used = 0;
      if (chunk != NULL && size > CHUNK_SIZE)
        {
          fresh->next = chunk->next;
          chunk->next = fresh;
        }
      else
        {
          fresh->next = chunk;
          arena->chunks = fresh;
        }
      chunk = fresh;
    }
  {
    guint8 *p = (guint8 *) chunk + HEADER_SIZE + chunk->used;
    chunk->used += size;
    memset (p, 0, size);
    return p;
  }
}

char *
rs_arena_strndup (RsArena    *arena,
                  const char *text,
                  gsize       len)
{
  char *copy = rs_arena_alloc (arena, len + 1);

  memcpy (copy, text, len);
  return copy;
}

gpointer *
rs_arena_steal_ptrs (RsArena   *arena,
                     GPtrArray *array,
                     guint     *n)
{
  gpointer *copy = NULL;

  *n = array->len;
  if (array->len > 0)
    {
      copy = rs_arena_alloc (arena, sizeof (gpointer) * array->len);
      memcpy (copy, array->pdata, sizeof (gpointer) * array->len);
    }
  g_ptr_array_set_size (array, 0);
  return copy;
}

RsModule *
rs_module_new_empty (const char *filename,
                     const char *source,
                     gsize       length)
{
  RsModule *module = g_new0 (RsModule, 1);
  RsModuleData *data = g_new0 (RsModuleData, 1);

  module->filename = g_strdup (filename);
  module->source = g_malloc (length + 1);
  memcpy (module->source, source, length);
  module->source[length] = '\0';
  data->arena = rs_arena_new ();
  data->bound = g_hash_table_new (NULL, NULL);
  data->modules = g_hash_table_new (NULL, NULL);
  data->duplicate_params = g_hash_table_new (NULL, NULL);
  module->arena = data;
  return module;
}

void
rs_module_free (RsModule *module)
{
  RsModuleData *data;

  if (module == NULL)
    return;
  data = RS_MODULE_DATA (module);
  if (data != NULL)
    {
      rs_arena_free (data->arena);
      g_hash_table_unref (data->bound);
      g_hash_table_unref (data->modules);
      g_hash_table_unref (data->duplicate_params);
      g_free (data);
    }
  g_free (module->filename);
  g_free (module->source);
  g_free (module);
}

/* Whether CPython 3.11's AST optimizer folds @e to a constant: literals,
 * and operators and tuple displays of them */
gboolean
rs_expr_is_constant (const RsExpr *e)
{
  switch ((int) e->kind)
    {
    case RS_EXPR_NONE:
    case RS_EXPR_TRUE:
    case RS_EXPR_FALSE:
    case RS_EXPR_ELLIPSIS:
    case RS_EXPR_INT:
    case RS_EXPR_FLOAT:
    case RS_EXPR_STR:
      return TRUE;
    case RS_EXPR_NEG:
    case RS_EXPR_POS:
    case RS_EXPR_INVERT:
    case RS_EXPR_NOT:
      return rs_expr_is_constant (e->unary.operand);
    case RS_EXPR_BINOP:
      return rs_expr_is_constant (e->binop.left) && rs_expr_is_constant (e->binop.right);
    case RS_EXPR_TUPLE:
      for (guint i = 0; i < e->seq.n_items; i++)
        if (!rs_expr_is_constant (e->seq.items[i]))
          return FALSE;
      return TRUE;
    default:
      return FALSE;
    }
}
