/* rapport-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-window.h"

struct _RapportWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwNavigationSplitView *split_view;

  /* Owned references */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (RapportWindow, rapport_window, ADW_TYPE_APPLICATION_WINDOW)

static void
rapport_window_dispose (GObject *object)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rapport_window_parent_class)->dispose (object);
}

static void
rapport_window_class_init (RapportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, split_view);
}

static void
rapport_window_init (RapportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* The size is saved as it changes, so it survives a crash too. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/**
 * rapport_window_new:
 * @application: the application the window belongs to
 *
 * Returns: (transfer full): a new window
 */
RapportWindow *
rapport_window_new (RapportApplication *application)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (application), NULL);

  return g_object_new (RAPPORT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
