/* test-arrows.c: every arrow of the examples and scenario cases is seen whole
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each scene is drawn through the SVG canvas, the one drawing path of the
 * screen and the files, and the marks are read back in the order they
 * were painted: no arrowhead may lie under another arrow's halo painted
 * after it, no two heads may land on each other, the two arrows of a
 * 2-cycle may not cross, and no two arrow labels may overlap.
 */
#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "rs-canvas.h"
#include "rs-draw.h"
#include "rs-layout.h"
#include "rs-scene.h"
#include "rs-session.h"
#include "rs-text.h"

typedef enum { MARK_HALO, MARK_HEAD, MARK_LABEL } MarkKind;

typedef struct {
  MarkKind  kind;
  char     *edge;       /* "edge-obj-3-1": the arrow it belongs to */
  GArray   *points;     /* double x, y: a curve's points, a head's corners */
  double    width;      /* a halo's stroke width */
  double    x0, y0, x1, y1;   /* a label's box */
} Mark;

static void
mark_clear (gpointer data)
{
  Mark *mark = data;

  g_free (mark->edge);
  g_array_unref (mark->points);
}

static GArray *
path_points (const char *d)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  for (const char *p = d; *p != '\0' && *p != '"';)
    {
      char *end;
      double v;

      if (!(g_ascii_isdigit (*p) || *p == '-' || *p == '.'))
        {
          p++;
          continue;
        }
      v = g_ascii_strtod (p, &end);
      g_array_append_val (points, v);
      p = end;
    }
  return points;
}

static double
attr_number (const char *line,
             const char *name)
{
  const char *at = strstr (line, name);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (name), NULL);
}

/* The marks of the arrows in an SVG the canvas wrote, in painting order:
 * halos are the curves painted in the background colour, heads the closed
 * paths, labels the text, each in the group of its arrow. */
static GArray *
read_marks (const char *svg,
            double      font_size)
{
  GArray *marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  const RsColor *bg = &rs_palette_get (FALSE)->background;
  g_autofree char *halo_stroke = g_strdup_printf ("stroke=\"#%02x%02x%02x\"", (int) lround (bg->r * 255),
                                                  (int) lround (bg->g * 255), (int) lround (bg->b * 255));
  g_auto(GStrv) lines = g_strsplit (svg, "\n", -1);
  g_autofree char *edge = NULL;

  g_array_set_clear_func (marks, mark_clear);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i], *id = strstr (line, "edge-");
      Mark mark = { 0 };

      if (g_str_has_prefix (line, "<g "))
        {
          g_clear_pointer (&edge, g_free);
          if (id != NULL)
            edge = g_strndup (id, strcspn (id, "\""));
          continue;
        }
      if (edge == NULL)
        continue;
      if (g_str_has_prefix (line, "<path ") && strstr (line, halo_stroke) && strstr (line, "fill=\"none\""))
        {
          mark.kind = MARK_HALO;
          mark.width = attr_number (line, "stroke-width=\"");
        }
      else if (g_str_has_prefix (line, "<path ") && strstr (line, " Z\""))
        mark.kind = MARK_HEAD;
      else if (g_str_has_prefix (line, "<text "))
        {
          const char *text = strchr (strstr (line, "xml:space"), '>') + 1;
          g_autofree char *label = g_strndup (text, strcspn (text, "<"));
          double w, h, baseline;

          rs_text_measure (label, RS_TEXT_SMALL, font_size, &w, &h, &baseline);
          mark.kind = MARK_LABEL;
          mark.x0 = attr_number (line, " x=\"");
          mark.y0 = attr_number (line, " y=\"") - baseline;
          mark.x1 = mark.x0 + w;
          mark.y1 = mark.y0 + h;
        }
      else
        continue;
      mark.edge = g_strdup (edge);
      mark.points = path_points (strstr (line, "d=\"") ? strstr (line, "d=\"") + 3 : "");
      g_array_append_val (marks, mark);
    }
  return marks;
}

static double
segment_distance (double px, double py,
                  double ax, double ay,
                  double bx, double by)
{
  double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;

  return hypot (px - ax - t * dx, py - ay - t * dy);
}

/* Distance from a point to a filled triangle (0 inside). */
static double
triangle_distance (const double *tri,
                   double        px,
                   double        py)
{
  double d = G_MAXDOUBLE, sign = 0;
  gboolean inside = TRUE;

  for (guint k = 0; k < 3; k++)
    {
      const double *a = &tri[2 * k], *b = &tri[2 * ((k + 1) % 3)];
      double cross = (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);

      if (sign == 0)
        sign = cross;
      else if (cross * sign < 0)
        inside = FALSE;
      d = MIN (d, segment_distance (px, py, a[0], a[1], b[0], b[1]));
    }
  return inside ? 0 : d;
}

/* A cubic bezier path (1 + 3k points) as a polyline of @per segments a
 * piece. */
static GArray *
flatten (const double *p,
         guint         n_points,
         guint         per)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_vals (out, p, 2);
  for (guint c = 0; c + 3 < n_points; c += 3)
    for (guint s = 1; s <= per; s++)
      {
        double t = (double) s / per, u = 1 - t;
        double x = u * u * u * p[2 * c] + 3 * u * u * t * p[2 * c + 2] + 3 * u * t * t * p[2 * c + 4] + t * t * t * p[2 * c + 6];
        double y = u * u * u * p[2 * c + 1] + 3 * u * u * t * p[2 * c + 3] + 3 * u * t * t * p[2 * c + 5] + t * t * t * p[2 * c + 7];

        g_array_append_val (out, x);
        g_array_append_val (out, y);
      }
  return out;
}

static gboolean
halo_covers (const Mark *halo,
             const Mark *head)
{
  g_autoptr(GArray) line = flatten ((double *) (gpointer) halo->points->data, halo->points->len / 2, 24);
  const double *p = (const double *) (gpointer) line->data;

  g_assert_cmpuint (head->points->len, ==, 6);
  for (guint i = 0; i + 3 < line->len; i += 2)
    for (double t = 0; t <= 1; t += 0.25)
      {
        double x = p[i] + t * (p[i + 2] - p[i]), y = p[i + 1] + t * (p[i + 3] - p[i + 1]);

        if (triangle_distance ((double *) (gpointer) head->points->data, x, y) < halo->width / 2 - 0.5)
          return TRUE;
      }
  return FALSE;
}

static const char *current_case;
static guint n_scenes, n_heads, n_cycles, n_labels;

static void
check_heads (GArray *marks,
             guint   step)
{
  for (guint i = 0; i < marks->len; i++)
    {
      const Mark *head = &g_array_index (marks, Mark, i);

      if (head->kind != MARK_HEAD)
        continue;
      n_heads++;
      for (guint j = i + 1; j < marks->len; j++)
        {
          const Mark *halo = &g_array_index (marks, Mark, j);

          if (halo->kind == MARK_HALO && strcmp (halo->edge, head->edge) != 0 && halo_covers (halo, head))
            g_error ("%s, step %u: the halo of %s covers the head of %s", current_case, step,
                     halo->edge, head->edge);
        }
    }
}

static const RsSceneEdge *
edge_named (const RsScene *scene,
            const char    *name)
{
  for (guint i = 0; i < scene->n_edges; i++)
    {
      g_autofree char *tail = rs_scene_node_id (&scene->nodes[scene->edges[i].tail]);
      g_autofree char *id = g_strdup_printf ("edge-%s-%u", tail, scene->edges[i].tail_row);

      if (strcmp (id, name) == 0)
        return &scene->edges[i];
    }
  g_assert_not_reached ();
}

/* Whether the arrows landing where @edge does (its card, its side) have
 * room for a lane each: hundreds of frames holding one object cannot. */
static gboolean
side_has_room (const RsScene     *scene,
               const RsSceneEdge *edge)
{
  const RsSceneNode *h = &scene->nodes[edge->head];
  double x = edge->points[2 * edge->n_points - 2];
  guint n = 0;

  for (guint i = 0; i < scene->n_edges; i++)
    n += scene->edges[i].head == edge->head
         && fabs (scene->edges[i].points[2 * scene->edges[i].n_points - 2] - x) < 1;
  return n < 2 || (h->height - 8) / (n - 1) >= 8;
}

/* Arrows into the same card land apart: a weak arrow keeps its own lane
 * beside a strong one instead of ending under it. */
static void
check_lanes (const RsScene *scene,
             GArray        *marks,
             guint          step)
{
  for (guint i = 0; i < marks->len; i++)
    for (guint j = i + 1; j < marks->len; j++)
      {
        const Mark *a = &g_array_index (marks, Mark, i), *b = &g_array_index (marks, Mark, j);
        const double *pa, *pb;

        if (a->kind != MARK_HEAD || b->kind != MARK_HEAD)
          continue;
        pa = (const double *) (gpointer) a->points->data;
        pb = (const double *) (gpointer) b->points->data;
        if (hypot (pa[0] - pb[0], pa[1] - pb[1]) < 8 && side_has_room (scene, edge_named (scene, a->edge)))
          g_error ("%s, step %u: the heads of %s and %s land on each other", current_case, step,
                   a->edge, b->edge);
      }
}

static void
check_labels (GArray *marks,
              guint   step)
{
  for (guint i = 0; i < marks->len; i++)
    for (guint j = i + 1; j < marks->len; j++)
      {
        const Mark *a = &g_array_index (marks, Mark, i), *b = &g_array_index (marks, Mark, j);

        if (a->kind != MARK_LABEL || b->kind != MARK_LABEL)
          continue;
        n_labels++;
        if (a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1)
          g_error ("%s, step %u: the labels of %s and %s overlap", current_case, step, a->edge, b->edge);
      }
}

static gboolean
segments_cross (const double *a,
                const double *b)
{
  double d1 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
  double d2 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);
  double d3 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
  double d4 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);

  return d1 * d2 < 0 && d3 * d4 < 0;
}

static gboolean
curves_cross (const RsSceneEdge *e,
              const RsSceneEdge *f)
{
  g_autoptr(GArray) a = flatten (e->points, e->n_points, 24);
  g_autoptr(GArray) b = flatten (f->points, f->n_points, 24);

  for (guint i = 0; i + 3 < a->len; i += 2)
    for (guint j = 0; j + 3 < b->len; j += 2)
      if (segments_cross (&g_array_index (a, double, i), &g_array_index (b, double, j)))
        return TRUE;
  return FALSE;
}

/* A and B holding each other: A's arrow and B's never cross. */
static void
check_two_cycles (const RsScene *scene,
                  guint          step)
{
  for (guint i = 0; i < scene->n_edges; i++)
    for (guint j = i + 1; j < scene->n_edges; j++)
      {
        const RsSceneEdge *e = &scene->edges[i], *f = &scene->edges[j];

        if (e->tail == e->head || e->tail != f->head || e->head != f->tail)
          continue;
        n_cycles++;
        if (curves_cross (e, f))
          g_error ("%s, step %u: the arrows of the 2-cycle %s <-> %s cross", current_case, step,
                   scene->nodes[e->tail].title, scene->nodes[e->head].title);
      }
}

static void
check_step (RsSession *session,
            guint      step)
{
  g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step);
  g_autoptr(RsScene) scene = rs_scene_new_from_snapshot (snap, NULL);
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GError) error = NULL;
  RsCanvas *canvas;

  g_assert_true (rs_layout_run_sync (scene, RS_LAYOUT_ENGINE_DOT, RS_LAYOUT_FRESH, NULL, NULL, &error));
  g_assert_no_error (error);
  canvas = rs_canvas_new_svg (svg, scene->x1, scene->y1);
  rs_draw_scene_canvas (canvas, scene, NULL);
  rs_canvas_free (canvas);
  marks = read_marks (svg->str, scene->font_size);
  check_heads (marks, step);
  check_lanes (scene, marks, step);
  check_labels (marks, step);
  check_two_cycles (scene, step);
  n_scenes++;
}

/* Every step of the examples; of a scenario case, its last step and the
 * one halfway (the layouts would take minutes otherwise). */
static guint
check_folder (const char *dir,
              gboolean    every_step)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(RsSession) session = rs_session_new ();
      guint n_steps;

      /* what the window cannot load is not drawn */
      if (!g_str_has_suffix (name, ".py") || !rs_session_load_file (session, file, NULL))
        continue;
      current_case = name;
      n_steps = rs_session_get_n_steps (session);
      for (guint step = 0; step < n_steps; step++)
        if (every_step || step == n_steps - 1 || step == n_steps / 2)
          check_step (session, step);
      n++;
    }
  return n;
}

static void
test_examples (void)
{
  n_scenes = n_heads = n_cycles = n_labels = 0;
  g_assert_cmpuint (check_folder (SRCDIR "/examples", TRUE), >=, 10);
  /* the examples have 2-cycles and weak arrows side by side */
  g_assert_cmpuint (n_cycles, >, 0);
  g_assert_cmpuint (n_labels, >, 0);
  g_test_message ("%u scenes, %u arrowheads, %u 2-cycles, %u label pairs", n_scenes, n_heads, n_cycles, n_labels);
}

static void
test_cases (void)
{
  n_scenes = n_heads = n_cycles = n_labels = 0;
  g_assert_cmpuint (check_folder (SRCDIR "/tests/cases", FALSE), >=, 300);
  g_assert_cmpuint (n_heads, >, 1000);
  g_test_message ("%u scenes, %u arrowheads, %u 2-cycles, %u label pairs", n_scenes, n_heads, n_cycles, n_labels);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rs_layout_use_thread_locale ();
  g_test_add_func ("/refscope/arrows/examples", test_examples);
  g_test_add_func ("/refscope/arrows/cases", test_cases);
  return g_test_run ();
}
