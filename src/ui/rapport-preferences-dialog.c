/* rapport-preferences-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences: few on purpose. Each row is bound to its GSettings key, so
 * a change applies at once and there is nothing to save.
 */

#define G_LOG_DOMAIN "rapport-preferences-dialog"

#include "config.h"

#include "rapport-address-books-group.h"
#include "rapport-calendars-group.h"
#include "rapport-preferences-dialog.h"

#define PREFERENCES_HEIGHT 640

struct _RapportPreferencesDialog
{
  AdwPreferencesDialog parent_instance;

  AdwPreferencesPage *general_page;
  AdwSwitchRow *remind_due_row;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (RapportPreferencesDialog, rapport_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

/* A preferences dialog's pages ask for 360 px, more than its bottom sheet
 * has in a 360 px window drawn with a border (350 px: libadwaita warns
 * that it does not fit). Its rows wrap, so 300 px is room enough. */
static void
allow_narrower (GtkWidget *widget)
{
  int width, height;

  gtk_widget_get_size_request (widget, &width, &height);
  if (ADW_IS_BREAKPOINT_BIN (widget) && width > 300)
    gtk_widget_set_size_request (widget, 300, height);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    allow_narrower (child);
}

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
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesDialog, general_page);
  gtk_widget_class_bind_template_child (widget_class, RapportPreferencesDialog, remind_due_row);
}

static void
rapport_preferences_dialog_init (RapportPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  allow_narrower (adw_dialog_get_child (ADW_DIALOG (self)));

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

/**
 * rapport_preferences_dialog_new_with_calendars:
 * @sources: the desktop's calendars
 *
 * The preferences with the Calendars group, which asks Evolution Data
 * Server for the calendars if nobody has yet.
 *
 * Returns: (transfer floating): the preferences dialog
 */
AdwDialog *
rapport_preferences_dialog_new_with_calendars (RapportSourceList *sources)
{
  return rapport_preferences_dialog_new_with_sources (sources, NULL);
}

/**
 * rapport_preferences_dialog_new_with_sources:
 * @calendars: the desktop's calendars
 * @address_books: (nullable): the desktop's address books
 *
 * The preferences with the Calendars group and, beside it, the Address
 * Books group, which ask Evolution Data Server for them if nobody has yet.
 *
 * Returns: (transfer floating): the preferences dialog
 */
AdwDialog *
rapport_preferences_dialog_new_with_sources (RapportSourceList *calendars,
                                             RapportSourceList *address_books)
{
  RapportPreferencesDialog *self;

  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (calendars), NULL);
  g_return_val_if_fail (address_books == NULL || RAPPORT_IS_SOURCE_LIST (address_books), NULL);

  /* Tall enough for the calendars from the start: they come a moment
   * after the dialog opens, and a dialog keeps the size it opened with. */
  self = g_object_new (RAPPORT_TYPE_PREFERENCES_DIALOG, "content-height", PREFERENCES_HEIGHT, NULL);
  adw_preferences_page_add (self->general_page,
                            ADW_PREFERENCES_GROUP (rapport_calendars_group_new (calendars, self->settings)));
  rapport_source_list_start (calendars);
  if (address_books != NULL)
    {
      adw_preferences_page_add (self->general_page,
                                ADW_PREFERENCES_GROUP (rapport_address_books_group_new (address_books,
                                                                                        self->settings)));
      rapport_source_list_start (address_books);
    }
  allow_narrower (adw_dialog_get_child (ADW_DIALOG (self)));

  return ADW_DIALOG (self);
}
