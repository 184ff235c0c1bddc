/* rs-preferences-window.c: the Preferences window, over the application's settings
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "refscope-preferences"

#include "config.h"

#include "rs-layout.h"
#include "rs-preferences-window.h"

/* The rows of the combo rows, in the order of their .ui models. */
static const char * const styles[] = { "default", "light", "dark", NULL };
/* The timeline bar's speed menu, which the setting is. */
static const double speeds[] = { 0.5, 1, 2, 4, 8, 16 };

struct _RsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSpinButton        *font_size_spin;
  AdwComboRow          *engine_row;
  GtkSwitch            *legend_switch;
  AdwComboRow          *speed_row;
  GtkSwitch            *animate_switch;
  GtkWidget            *duration_row;
  GtkSpinButton        *duration_spin;

  /* Owned references */
  GSettings            *settings;
  const char           *engines[RS_LAYOUT_N_ENGINES + 1];
};

G_DEFINE_FINAL_TYPE (RsPreferencesWindow, rs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A string key of @user_data's choices <-> the combo row's "selected". */
static gboolean
choice_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
choice_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint i = g_value_get_uint (value);

  if (i >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[i]);
}

/* The speed key <-> the row of the nearest speed, as the timeline bar shows it. */
static gboolean
speed_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  double speed = g_variant_get_double (variant);
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (speeds); i++)
    if (ABS (speeds[i] - speed) < ABS (speeds[best] - speed))
      best = i;
  g_value_set_uint (value, best);
  return TRUE;
}

static GVariant *
speed_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (speeds))
    return NULL;
  return g_variant_new_double (speeds[i]);
}

static void
bind_settings (RsPreferencesWindow *self)
{
  g_settings_bind_with_mapping (self->settings, "style", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, choice_get_mapping,
                                choice_set_mapping, (gpointer) styles, NULL);
  g_settings_bind_with_mapping (self->settings, "layout-engine", self->engine_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, choice_get_mapping,
                                choice_set_mapping, (gpointer) self->engines, NULL);
  g_settings_bind_with_mapping (self->settings, "playback-speed", self->speed_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, speed_get_mapping,
                                speed_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "editor-font-size", self->font_size_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-legend", self->legend_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "animate", self->animate_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "animation-duration", self->duration_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  /* Without animation, a duration means nothing. */
  g_settings_bind (self->settings, "animate", self->duration_row, "sensitive",
                   G_SETTINGS_BIND_GET);
}

static void
rs_preferences_window_constructed (GObject *object)
{
  RsPreferencesWindow *self = RS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (rs_preferences_window_parent_class)->constructed (object);
  g_assert (G_IS_SETTINGS (self->settings));
  bind_settings (self);
}

static void
rs_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RsPreferencesWindow *self = RS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS: self->settings = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_preferences_window_dispose (GObject *object)
{
  RsPreferencesWindow *self = RS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (rs_preferences_window_parent_class)->dispose (object);
}

static void
rs_preferences_window_class_init (RsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rs_preferences_window_constructed;
  object_class->set_property = rs_preferences_window_set_property;
  object_class->dispose = rs_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/refscope/Refscope/rs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, font_size_spin);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, engine_row);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, speed_row);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, animate_switch);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, duration_row);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, duration_spin);
}

static void
rs_preferences_window_init (RsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The engine rows are the layout library's engines, in its order. */
  g_assert (g_list_model_get_n_items (adw_combo_row_get_model (self->engine_row)) == RS_LAYOUT_N_ENGINES);
  for (guint i = 0; i < RS_LAYOUT_N_ENGINES; i++)
    self->engines[i] = rs_layout_engine_to_name (i);
  g_assert (g_list_model_get_n_items (adw_combo_row_get_model (self->speed_row)) == G_N_ELEMENTS (speeds));
}

GtkWindow *
rs_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (RS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}
