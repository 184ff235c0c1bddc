/* rs-atoms.h: interned strings of a session, addressed by small integers
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events name strings (variable and attribute names, string values,
 * printed lines) by atom id so that an RsEvent stays 32 bytes.  Atom 0 is
 * the empty string.  Strings may contain NUL bytes.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RsAtoms RsAtoms;

RsAtoms    *rs_atoms_new    (void);
void        rs_atoms_free   (RsAtoms    *self);
guint32     rs_atoms_intern (RsAtoms    *self,
                             const char *str,
                             gssize      len);
/* The same for @str of g_malloc()'s, @len bytes and room for a NUL after
 * them, which the atoms keep (or free when they have it already) */
guint32     rs_atoms_intern_take (RsAtoms *self,
                                  char    *str,
                                  gsize    len);
const char *rs_atoms_get    (RsAtoms    *self,
                             guint32     atom,
                             gsize      *len);
/* The memory the strings take, about (the heap's budget counts it) */
guint64     rs_atoms_get_bytes (RsAtoms  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsAtoms, rs_atoms_free)

G_END_DECLS
