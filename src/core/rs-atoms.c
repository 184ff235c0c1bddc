/* rs-atoms.c: interned strings of a session
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-atoms.h"

#include <string.h>

/* Each atom's bytes live in one GBytes-like allocation: a length prefix is
 * not needed because the table keeps the length next to the pointer. */
typedef struct {
  char  *str;
  gsize  len;
} RsAtom;

struct _RsAtoms
{
  GArray     *atoms;  /* RsAtom, indexed by atom id */
  GHashTable *index;  /* GBytes (borrowed view) -> atom id + 1 */
  guint64     bytes;  /* what the strings and their entries take */
};

static void
rs_atom_clear (gpointer data)
{
  RsAtom *atom = data;

  g_free (atom->str);
}

RsAtoms *
rs_atoms_new (void)
{
  RsAtoms *self = g_new0 (RsAtoms, 1);

  self->atoms = g_array_new (FALSE, FALSE, sizeof (RsAtom));
  g_array_set_clear_func (self->atoms, rs_atom_clear);
  self->index = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                       (GDestroyNotify) g_bytes_unref, NULL);
  rs_atoms_intern (self, "", 0);
  return self;
}

void
rs_atoms_free (RsAtoms *self)
{
  if (self == NULL)
    return;
  g_hash_table_destroy (self->index);
  g_array_unref (self->atoms);
  g_free (self);
}

guint32
rs_atoms_intern (RsAtoms    *self,
                 const char *str,
                 gssize      len)
{
  g_return_val_if_fail (self != NULL, 0);

  if (len < 0)
    len = strlen (str);

  /* A static view for the lookup avoids copying on every hit. */
  g_autoptr(GBytes) key = g_bytes_new_static (str, len);
  gpointer found = g_hash_table_lookup (self->index, key);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  RsAtom atom = { g_malloc (len + 1), len };
  memcpy (atom.str, str, len);
  atom.str[len] = '\0';
  guint32 id = self->atoms->len;
  g_array_append_val (self->atoms, atom);
  self->bytes += len + 1 + sizeof (RsAtom) + 48;  /* the string, its entry, its index */
  g_hash_table_insert (self->index, g_bytes_new_static (atom.str, len),
                       GUINT_TO_POINTER (id + 1));
  return id;
}

const char *
rs_atoms_get (RsAtoms *self,
              guint32  atom,
              gsize   *len)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (atom < self->atoms->len, NULL);

  const RsAtom *a = &g_array_index (self->atoms, RsAtom, atom);
  if (len != NULL)
    *len = a->len;
  return a->str;
}


guint64
rs_atoms_get_bytes (RsAtoms *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bytes;
}
