/* rs-export.c: pictures and data of a step, written to files
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <cairo-pdf.h>
#include <math.h>

#include "rs-draw.h"
#include "rs-export.h"

gboolean
rs_export_format_from_filename (const char     *filename,
                                RsExportFormat *format)
{
  static const struct { const char *ext; RsExportFormat format; } table[] = {
    { ".png", RS_EXPORT_PNG }, { ".svg", RS_EXPORT_SVG }, { ".pdf", RS_EXPORT_PDF },
    { ".dot", RS_EXPORT_DOT }, { ".gv", RS_EXPORT_DOT }, { ".json", RS_EXPORT_JSON },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_has_suffix (lower, table[i].ext))
      {
        if (format)
          *format = table[i].format;
        return TRUE;
      }
  return FALSE;
}

/* ---- JSON ------------------------------------------------------------- */

static void
json_string (GString    *s,
             const char *text)
{
  g_string_append_c (s, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (s, "\\%c", c);
      else if (c == '\n')
        g_string_append (s, "\\n");
      else if (c < 0x20)
        g_string_append_printf (s, "\\u%04x", c);
      else
        g_string_append_c (s, (char) c);
    }
  g_string_append_c (s, '"');
}

static const char *
kind_name (RsObjKind kind)
{
  static const char *names[RS_N_KINDS] = {
    "instance", "list", "dict", "weakref", "class", "function",
    "bound method", "iterator", "range", "tuple", "descriptor", "exception",
    "cell", "finalizer", "weak container",
  };

  return kind < RS_N_KINDS ? names[kind] : "unknown";
}

static const char *
strength_name (RsSlotKind kind)
{
  switch (kind)
    {
    case RS_SLOT_STRONG:    return "strong";
    case RS_SLOT_WEAK:      return "weak";
    case RS_SLOT_WEAK_DEAD: return "weak-dead";
    case RS_SLOT_PLAIN:
    default:                return "value";
    }
}

static void
json_slot (GString          *s,
           const RsSnapshot *snap,
           const RsSnapSlot *slot)
{
  g_string_append (s, "{\"label\": ");
  json_string (s, slot->label);
  g_string_append_printf (s, ", \"strength\": \"%s\"", strength_name (slot->kind));
  if (slot->kind == RS_SLOT_PLAIN)
    {
      g_string_append (s, ", \"value\": ");
      json_string (s, slot->text);
    }
  else if (slot->kind != RS_SLOT_WEAK_DEAD)
    {
      const RsSnapObject *target = rs_snapshot_find_object (snap, slot->target);

      g_string_append_printf (s, ", \"target\": %u, \"target_number\": %u, \"target_title\": ",
                              slot->target, target ? target->number : 0);
      json_string (s, target ? target->title : NULL);
    }
  g_string_append_printf (s, ", \"hidden\": %s, \"in_cycle\": %s}",
                          (slot->flags & RS_SLOT_FLAG_HIDDEN) ? "true" : "false",
                          (slot->flags & RS_SLOT_FLAG_IN_CYCLE) ? "true" : "false");
}

static void
json_slots (GString          *s,
            const RsSnapshot *snap,
            guint             first,
            guint             n)
{
  g_string_append_c (s, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      json_slot (s, snap, &snap->slots[first + i]);
    }
  g_string_append_c (s, ']');
}

static void
json_flag (GString    *s,
           const char *name,
           gboolean    value)
{
  g_string_append_printf (s, ", \"%s\": %s", name, value ? "true" : "false");
}

static void
json_object (GString            *s,
             const RsSnapshot   *snap,
             const RsSnapObject *obj)
{
  g_string_append_printf (s, "    {\"id\": %u, \"number\": %u, \"kind\": \"%s\", \"type\": ",
                          obj->id, obj->number, kind_name (obj->kind));
  json_string (s, obj->type_name);
  g_string_append (s, ", \"title\": ");
  json_string (s, obj->title);
  g_string_append_printf (s, ", \"refcount\": %u, \"temporaries\": %u, \"cycle\": %u",
                          obj->refcount, obj->n_temporaries, obj->cycle);
  json_flag (s, "traced", obj->flags & RS_SNAP_TRACED);
  json_flag (s, "reachable", obj->flags & RS_SNAP_REACHABLE);
  json_flag (s, "leaked", obj->flags & RS_SNAP_LEAKED);
  json_flag (s, "in_cycle", obj->flags & RS_SNAP_IN_CYCLE);
  json_flag (s, "finalized", obj->flags & RS_SNAP_FINALIZED);
  json_flag (s, "new", obj->flags & RS_SNAP_NEW);
  g_string_append (s, ",\n     \"references\": ");
  json_slots (s, snap, obj->first_slot, obj->n_slots);
  g_string_append (s, "}");
}

static void
json_frames (GString          *s,
             const RsSnapshot *snap)
{
  g_string_append (s, "  \"frames\": [\n");
  for (guint i = 0; i < snap->n_frames; i++)
    {
      const RsSnapFrame *f = &snap->frames[i];

      g_string_append_printf (s, "    {\"id\": %u, \"name\": ", f->id);
      json_string (s, f->name);
      g_string_append_printf (s, ", \"line\": %u, \"names\": ", f->line);
      json_slots (s, snap, f->first_slot, f->n_slots);
      g_string_append (s, i + 1 < snap->n_frames ? "},\n" : "}\n");
    }
  g_string_append (s, "  ],\n");
}

/* "leaked": trace numbers; "cycles": the trace numbers in each leaked cycle. */
static void
json_summary (GString          *s,
              const RsSnapshot *snap)
{
  gboolean first = TRUE;

  g_string_append (s, "  \"leaked\": [");
  for (guint i = 0; i < snap->n_objects; i++)
    if ((snap->objects[i].flags & RS_SNAP_LEAKED) && snap->objects[i].number > 0)
      {
        g_string_append_printf (s, "%s%u", first ? "" : ", ", snap->objects[i].number);
        first = FALSE;
      }
  g_string_append (s, "],\n  \"cycles\": [");
  for (guint c = 1; c <= snap->n_cycles; c++)
    {
      first = TRUE;
      g_string_append_printf (s, "%s[", c > 1 ? ", " : "");
      for (guint i = 0; i < snap->n_objects; i++)
        if (snap->objects[i].cycle == c && snap->objects[i].number > 0)
          {
            g_string_append_printf (s, "%s%u", first ? "" : ", ", snap->objects[i].number);
            first = FALSE;
          }
      g_string_append_c (s, ']');
    }
  g_string_append (s, "],\n");
}

/* The JSON description of a snapshot: its objects, frames and their slots. */
static char *
export_json (const RsSnapshot *snapshot)
{
  GString *s;

  g_return_val_if_fail (snapshot != NULL, NULL);

  s = g_string_new ("{\n");
  g_string_append_printf (s, "  \"step\": %u,\n  \"line\": %u,\n  \"source_line\": ",
                          snapshot->step, snapshot->line);
  json_string (s, snapshot->source_line);
  g_string_append (s, ",\n");
  json_frames (s, snapshot);
  json_summary (s, snapshot);
  g_string_append (s, "  \"objects\": [\n");
  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      json_object (s, snapshot, &snapshot->objects[i]);
      g_string_append (s, i + 1 < snapshot->n_objects ? ",\n" : "\n");
    }
  g_string_append (s, "  ]\n}\n");
  return g_string_free (s, FALSE);
}

/* ---- pages ------------------------------------------------------------ */

typedef struct {
  double   margin;
  double   caption_h;
  double   legend_w, legend_h;
  double   width, height;
  char    *caption;
} Page;

static char *
caption_text (const RsScene *scene)
{
  if (scene->step == 0)
    return g_strdup_printf (_("Step 0 · before the first line"));
  return g_strdup_printf (_("Step %u · line %u:  %s"), scene->step, scene->line,
                          scene->source_line ? scene->source_line : "");
}

/* A file's legend is smaller than its drawing: it explains, the drawing
 * is what is shown. */
#define LEGEND_SCALE 0.75

/* Moves the scene to page coordinates and sizes the page around it. */
static void
page_init (Page                  *page,
           RsScene               *scene,
           const RsExportOptions *options)
{
  double fs = scene->font_size, cw;

  page->margin = fs * 1.5;
  page->caption = caption_text (scene);
  rs_text_measure (page->caption, RS_TEXT_TITLE, fs * 1.1, &cw, &page->caption_h, NULL);
  page->legend_w = page->legend_h = 0;
  if (!options->no_legend)
    rs_draw_legend_size (fs * LEGEND_SCALE, &page->legend_w, &page->legend_h);
  rs_scene_translate (scene, page->margin - scene->x0,
                      page->margin + page->caption_h + fs * 1.8 - scene->y0);
  page->width = ceil (MAX (MAX (scene->x1 - scene->x0, cw), page->legend_w) + 2 * page->margin);
  page->height = ceil (scene->y1 + (page->legend_h > 0 ? fs * 1.5 + page->legend_h : 0) + page->margin);
}

static void
page_draw (const Page            *page,
           RsCanvas              *canvas,
           const RsScene         *scene,
           const RsExportOptions *options)
{
  const RsPalette *pal = rs_palette_get (options->dark);
  RsPaint bg = { &pal->background, NULL, 0, FALSE, RS_HATCH_NONE, NULL };
  RsDrawParams params = { pal, NULL, NULL, NULL, 1 };

  rs_canvas_rect (canvas, 0, 0, page->width, page->height, 0, &bg);
  rs_canvas_begin_group (canvas, "caption", "rs-caption", 1);
  rs_canvas_text (canvas, page->margin, page->margin, page->caption, RS_TEXT_TITLE,
                  scene->font_size * 1.1, &pal->text);
  rs_canvas_end_group (canvas);
  rs_canvas_begin_group (canvas, "scene", "rs-scene", 1);
  rs_draw_scene_canvas (canvas, scene, &params);
  rs_canvas_end_group (canvas);
  if (page->legend_h > 0)
    rs_draw_legend_canvas (canvas, pal, scene->font_size * LEGEND_SCALE, page->margin,
                           page->height - page->margin - page->legend_h);
}

static gboolean
cairo_ok (cairo_status_t  status,
          const char     *filename,
          GError        **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"),
               filename, cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_png (RsScene               *scene,
           const char            *filename,
           const RsExportOptions *options,
           GError               **error)
{
  Page page;
  double scale = options->scale > 0 ? options->scale : 1;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsCanvas *canvas;
  cairo_status_t status;

  page_init (&page, scene, options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (page.width * scale),
                                        (int) ceil (page.height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  canvas = rs_canvas_new_cairo (cr);
  page_draw (&page, canvas, scene, options);
  rs_canvas_free (canvas);
  cairo_destroy (cr);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, filename);
  cairo_surface_destroy (surface);
  g_free (page.caption);
  return cairo_ok (status, filename, error);
}

static gboolean
write_svg (RsScene               *scene,
           const char            *filename,
           const RsExportOptions *options,
           GError               **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  Page page;
  RsCanvas *canvas;

  page_init (&page, scene, options);
  canvas = rs_canvas_new_svg (out, page.width, page.height);
  page_draw (&page, canvas, scene, options);
  rs_canvas_free (canvas);
  g_free (page.caption);
  return g_file_set_contents (filename, out->str, out->len, error);
}

static RsScene *
layout_snapshot (const RsSnapshot      *snapshot,
                 const RsExportOptions *options,
                 const RsScene         *prev,
                 char                 **dot_out,
                 GError               **error)
{
  RsScene *scene = rs_scene_new_from_snapshot (snapshot, NULL);

  rs_scene_pin_nodes (scene, options->pins, options->n_pins);
  rs_scene_set_regions (scene, options->regions);
  if (!rs_layout_run_sync (scene, options->engine, prev ? RS_LAYOUT_STABLE : RS_LAYOUT_FRESH,
                           prev, dot_out, error))
    {
      rs_scene_free (scene);
      return NULL;
    }
  return scene;
}

/* The scenes of @snapshots, each laid out stably from the one before. */
static GPtrArray *
layout_pages (RsSnapshot * const    *snapshots,
              guint                  n_snapshots,
              const RsExportOptions *options,
              GError               **error)
{
  GPtrArray *scenes = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_scene_free);

  for (guint i = 0; i < n_snapshots; i++)
    {
      RsScene *scene = layout_snapshot (snapshots[i], options, i > 0 ? scenes->pdata[i - 1] : NULL,
                                        NULL, error);

      if (scene == NULL)
        {
          g_ptr_array_unref (scenes);
          return NULL;
        }
      g_ptr_array_add (scenes, scene);
    }
  return scenes;
}

gboolean
rs_export_pdf_pages (RsSnapshot * const    *snapshots,
                     guint                  n_snapshots,
                     const char            *filename,
                     const RsExportOptions *options,
                     GError               **error)
{
  static const RsExportOptions defaults = RS_EXPORT_OPTIONS_INIT;
  g_autoptr(GPtrArray) scenes = NULL;
  g_autofree Page *pages = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width = 1, height = 1;

  g_return_val_if_fail (snapshots != NULL || n_snapshots == 0, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  /* every page gets the size of the largest: a printed or scrolled
   * document whose pages jump in size reads badly */
  if (!(scenes = layout_pages (snapshots, n_snapshots, options, error)))
    return FALSE;
  pages = g_new0 (Page, MAX (n_snapshots, 1));
  for (guint i = 0; i < n_snapshots; i++)
    {
      page_init (&pages[i], scenes->pdata[i], options);
      width = MAX (width, pages[i].width);
      height = MAX (height, pages[i].height);
    }
  surface = cairo_pdf_surface_create (filename, width, height);
  for (guint i = 0; i < n_snapshots; i++)
    {
      cairo_t *cr = cairo_create (surface);
      RsCanvas *canvas = rs_canvas_new_cairo (cr);

      pages[i].width = width;
      pages[i].height = height;
      page_draw (&pages[i], canvas, scenes->pdata[i], options);
      rs_canvas_free (canvas);
      cairo_show_page (cr);
      cairo_destroy (cr);
      g_free (pages[i].caption);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return cairo_ok (status, filename, error);
}

gboolean
rs_export_snapshot (const RsSnapshot      *snapshot,
                    const char            *filename,
                    const RsExportOptions *options,
                    GError               **error)
{
  static const RsExportOptions defaults = RS_EXPORT_OPTIONS_INIT;
  g_autoptr(RsScene) scene = NULL;
  g_autofree char *dot = NULL;
  RsExportFormat format;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  if (!rs_export_format_from_filename (filename, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: unknown format (use .png, .svg, .pdf, .dot or .json)"), filename);
      return FALSE;
    }
  if (format == RS_EXPORT_JSON)
    {
      g_autofree char *json = export_json (snapshot);

      return g_file_set_contents (filename, json, -1, error);
    }
  if (format == RS_EXPORT_PDF)
    return rs_export_pdf_pages ((RsSnapshot * const *) &snapshot, 1, filename, options, error);
  scene = layout_snapshot (snapshot, options, NULL, format == RS_EXPORT_DOT ? &dot : NULL, error);
  if (scene == NULL)
    return FALSE;
  if (format == RS_EXPORT_DOT)
    return g_file_set_contents (filename, dot ? dot : "", -1, error);
  if (format == RS_EXPORT_SVG)
    return write_svg (scene, filename, options, error);
  return write_png (scene, filename, options, error);
}
