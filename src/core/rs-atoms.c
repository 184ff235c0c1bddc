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

/* g_bytes_hash reads a byte at a time; a big int's atom can be a hundred
 * megabytes, so eight at a time here */
static guint
atom_hash (gconstpointer key)
{
  gsize len, i;
  const guchar *p = g_bytes_get_data ((GBytes *) key, &len);
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325) ^ len;

  for (i = 0; i + 8 <= len; i += 8)
    {
      guint64 w;
      memcpy (&w, p + i, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0x100000001b3);
      h ^= h >> 29;
    }
  for (; i < len; i++)
    h = (h ^ p[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return (guint) (h ^ (h >> 32));
}

RsAtoms *
rs_atoms_new (void)
{
  RsAtoms *self = g_new0 (RsAtoms, 1);

  self->atoms = g_array_new (FALSE, FALSE, sizeof (RsAtom));
  g_array_set_clear_func (self->atoms, rs_atom_clear);
  self->index = g_hash_table_new_full (atom_hash, g_bytes_equal,
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

static guint32
add_atom (RsAtoms *self,
          char    *str,
          gsize    len)
{
  RsAtom atom = { str, len };
  guint32 id = self->atoms->len;

  g_array_append_val (self->atoms, atom);
  self->bytes += len + 1 + sizeof (RsAtom) + 48;  /* the string, its entry, its index */
  g_hash_table_insert (self->index, g_bytes_new_static (atom.str, len),
                       GUINT_TO_POINTER (id + 1));
  return id;
}

static gboolean
find_atom (RsAtoms    *self,
           const char *str,
           gsize       len,
           guint32    *id)
{
  /* A static view for the lookup avoids copying on every hit. */
  g_autoptr(GBytes) key = g_bytes_new_static (str, len);
  gpointer found = g_hash_table_lookup (self->index, key);

  if (found == NULL)
    return FALSE;
  *id = GPOINTER_TO_UINT (found) - 1;
  return TRUE;
}

guint32
rs_atoms_intern (RsAtoms    *self,
                 const char *str,
                 gssize      len)
{
  guint32 id;

  g_return_val_if_fail (self != NULL, 0);

  if (len < 0)
    len = strlen (str);
  if (find_atom (self, str, len, &id))
    return id;

  char *copy = g_malloc (len + 1);
  memcpy (copy, str, len);
  copy[len] = '\0';
  return add_atom (self, copy, len);
}

guint32
rs_atoms_intern_take (RsAtoms *self,
                      char    *str,
                      gsize    len)
{
  guint32 id;

  g_return_val_if_fail (self != NULL, 0);

  if (find_atom (self, str, len, &id))
    {
      g_free (str);
      return id;
    }
  str[len] = '\0';
  return add_atom (self, str, len);
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
