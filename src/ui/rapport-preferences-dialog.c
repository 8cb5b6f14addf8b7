/* rapport-preferences-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences: few on purpose. Each row is bound to its GSettings key, so
 * a change applies at once and there is nothing to save.
 */

#define G_LOG_DOMAIN "rapport-preferences-dialog"

#include "config.h"

#include "rapport-preferences-dialog.h"

struct _RapportPreferencesDialog
{
  AdwPreferencesDialog parent_instance;

  AdwSwitchRow *remind_due_row;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (RapportPreferencesDialog, rapport_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

static void
rapport_preferences_dialog_dispose (GObject *object)
{
  RapportPreferencesDialog *self = RAPPORT_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rapport_preferences_dialog_parent_class)->dispose (object);
}

static void
rapport_preferences_dialog_class_init (RapportPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesDialog, remind_due_row);
}

static void
rapport_preferences_dialog_init (RapportPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "remind-due", self->remind_due_row, "active", G_SETTINGS_BIND_DEFAULT);
}

/**
 * rapport_preferences_dialog_new:
 *
 * Returns: (transfer floating): the preferences dialog
 */
AdwDialog *
rapport_preferences_dialog_new (void)
{
  return g_object_new (RAPPORT_TYPE_PREFERENCES_DIALOG, NULL);
}
