/* rs-test-check.c: reading exports back, for the render tests
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <string.h>

#include "rs-test-check.h"


static void
svg_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             user_data,
           GError             **error)
{
  Svg *svg = user_data;
  const char *id = NULL, *css = NULL;

  for (guint i = 0; names[i]; i++)
    {
      if (strcmp (names[i], "id") == 0)
        id = values[i];
      else if (strcmp (names[i], "class") == 0)
        css = values[i];
    }
  if (id && css)
    g_hash_table_insert (svg->classes, g_strdup (id), g_strdup (css));
  if (css && g_str_has_prefix (css, "rs-edge"))
    {
      svg->strong += strstr (css, "rs-strong") != NULL;
      svg->weak += strstr (css, "rs-weak ") != NULL || g_str_has_suffix (css, "rs-weak");
      svg->weak_dead += strstr (css, "rs-weak-dead") != NULL;
      svg->cycle_edges += strstr (css, "rs-cycle-edge") != NULL;
    }
  svg->in_text = strcmp (element, "text") == 0;
  svg->n_text += svg->in_text;
}

static void
svg_end (GMarkupParseContext *context,
         const char          *element,
         gpointer             user_data,
         GError             **error)
{
  Svg *svg = user_data;

  if (svg->in_text)
    g_string_append_c (svg->text, '\n');
  svg->in_text = FALSE;
}

static void
svg_chars (GMarkupParseContext *context,
           const char          *text,
           gsize                len,
           gpointer             user_data,
           GError             **error)
{
  Svg *svg = user_data;

  if (svg->in_text)
    g_string_append_len (svg->text, text, len);
}

void
svg_parse (Svg        *svg,
           const char *path)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_chars, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GMarkupParseContext *context;

  memset (svg, 0, sizeof *svg);
  svg->classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  svg->text = g_string_new (NULL);
  g_assert_true (g_file_get_contents (path, &data, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (data, "<?xml"));
  context = g_markup_parse_context_new (&parser, 0, svg, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_markup_parse_context_free (context);
}

void
svg_clear (Svg *svg)
{
  g_hash_table_unref (svg->classes);
  g_string_free (svg->text, TRUE);
}

gboolean
has_class (Svg        *svg,
           const char *id,
           const char *css)
{
  const char *all = g_hash_table_lookup (svg->classes, id);
  g_auto(GStrv) parts = all ? g_strsplit (all, " ", -1) : NULL;

  return parts && g_strv_contains ((const char * const *) parts, css);
}

/* Width and height from a PNG's IHDR, after checking its signature. */
void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autofree guchar *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, (char **) &data, &len, NULL));
  g_assert_cmpuint (len, >, 33);
  g_assert_cmpmem (data, 8, signature, 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

guint
pdf_pages (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  /* streams hold NUL bytes: search the whole buffer, not a C string */
  for (const char *p = data; (p = memmem (p, len - (p - data), "/Type /Page", 11)); p++)
    if (p + 11 < data + len && p[11] != 's')
      pages++;
  return pages;
}

guint
pdf_page_sizes (const char *path)
{
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  for (const char *p = data; (p = memmem (p, len - (p - data), "/MediaBox [", 11)); p++)
    {
      const char *end = memchr (p, ']', len - (p - data));

      g_assert_nonnull (end);
      g_hash_table_add (sizes, g_strndup (p, end - p));
    }
  return g_hash_table_size (sizes);
}

/* The drawn references, by strength, as the model has them: visible slots
 * whose target is drawn as a card. */
/* The drawing rule, restated: traced objects, weak reference objects and
 * bound methods are cards; a class only when it holds a traced object; a
 * tuple or a function only when it holds one, directly or through tuples;
 * iterators and ranges are text. */
static gboolean
model_is_card (const RsSnapshot   *snap,
               const RsSnapObject *o)
{
  if ((o->flags & RS_SNAP_TRACED) || o->kind == RS_KIND_WEAKREF
      || o->kind == RS_KIND_BOUND_METHOD)
    return TRUE;
  if (o->kind != RS_KIND_CLASS && o->kind != RS_KIND_TUPLE && o->kind != RS_KIND_FUNCTION)
    return FALSE;
  for (guint i = 0; i < o->n_slots; i++)
    {
      const RsSnapSlot *s = &snap->slots[o->first_slot + i];
      const RsSnapObject *t = s->kind == RS_SLOT_STRONG && !(s->flags & RS_SLOT_FLAG_HIDDEN)
                              ? rs_snapshot_find_object (snap, s->target) : NULL;

      if (t && (t->flags & RS_SNAP_TRACED))
        return TRUE;
      if (t && t->kind == RS_KIND_TUPLE && o->kind != RS_KIND_CLASS && model_is_card (snap, t))
        return TRUE;
    }
  return FALSE;
}

/* The drawn references, by strength, as the model has them: visible slots
 * whose target is drawn as a card. */
static void
count_slots (const RsSnapshot *snap,
             guint             first,
             guint             n,
             guint            *counts)
{
  for (guint i = first; i < first + n; i++)
    {
      const RsSnapSlot *s = &snap->slots[i];
      const RsSnapObject *t = s->target ? rs_snapshot_find_object (snap, s->target) : NULL;
      gboolean card = t && model_is_card (snap, t);

      if (s->flags & RS_SLOT_FLAG_HIDDEN)
        continue;
      counts[0] += s->kind == RS_SLOT_STRONG && card;
      counts[1] += s->kind == RS_SLOT_WEAK && card;
      counts[2] += s->kind == RS_SLOT_WEAK_DEAD;
    }
}

/* The drawn references, by strength, as the model has them: the visible
 * slots of frames and cards whose target is drawn as a card. */
static void
expected_edges (const RsSnapshot *snap,
                guint            *strong,
                guint            *weak,
                guint            *weak_dead)
{
  guint counts[3] = { 0, 0, 0 };

  for (guint i = 0; i < snap->n_frames; i++)
    count_slots (snap, snap->frames[i].first_slot, snap->frames[i].n_slots, counts);
  for (guint i = 0; i < snap->n_objects; i++)
    if (model_is_card (snap, &snap->objects[i]))
      count_slots (snap, snap->objects[i].first_slot, snap->objects[i].n_slots, counts);
  *strong = counts[0];
  *weak = counts[1];
  *weak_dead = counts[2];
}

void
check_svg_against_model (Svg              *svg,
                         const RsSnapshot *snap)
{
  guint strong, weak, weak_dead;

  expected_edges (snap, &strong, &weak, &weak_dead);
  g_assert_cmpuint (svg->strong, ==, strong);
  g_assert_cmpuint (svg->weak, ==, weak);
  g_assert_cmpuint (svg->weak_dead, ==, weak_dead);
  for (guint i = 0; i < snap->n_objects; i++)
    {
      const RsSnapObject *o = &snap->objects[i];
      g_autofree char *id = g_strdup_printf ("obj-%u", o->id);

      if (!(o->flags & RS_SNAP_TRACED))
        continue;
      g_assert_true (has_class (svg, id, "rs-object"));
      g_assert_true (strstr (svg->text->str, o->title) != NULL);
      g_assert_cmpint (has_class (svg, id, "rs-leaked"), ==, (o->flags & RS_SNAP_LEAKED) != 0);
      g_assert_cmpint (has_class (svg, id, "rs-cycle"), ==, (o->flags & RS_SNAP_IN_CYCLE) != 0);
      g_assert_cmpint (has_class (svg, id, "rs-hang"), ==,
                       (o->flags & RS_SNAP_LEAKED) && !(o->flags & RS_SNAP_IN_CYCLE));
    }
  g_assert_true (has_class (svg, "frame-1", "rs-frame"));
  g_assert_true (has_class (svg, "legend", "rs-legend"));
}

