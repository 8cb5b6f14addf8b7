/* rapport-log-event-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After an event: tick who was really there, write one note for all, and
 * one interaction of kind "event", on the event's day, joins each of their
 * timelines. Each person can also get a note of their own ("she is moving
 * to Porto"), saved as a note in their timeline alone, in the same
 * transaction.
 */

#define G_LOG_DOMAIN "rapport-log-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-event-row.h"
#include "rapport-log-event-dialog.h"
#include "rapport-row-names.h"

struct _RapportLogEventDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *people_group;
  AdwEntryRow *note_row;
  GtkButton *log_button;

  /* Owned references */
  RapportStore *store;
  RapportEvent *event;
  GPtrArray *rows;
};

G_DEFINE_FINAL_TYPE (RapportLogEventDialog, rapport_log_event_dialog, ADW_TYPE_DIALOG)

enum {
  LOGGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
count_checked (RapportLogEventDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (adw_expander_row_get_enable_expansion (g_ptr_array_index (self->rows, i)))
      n++;
  return n;
}

static void
update_button (RapportLogEventDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->log_button), count_checked (self) > 0);
}

static void
fill (RapportLogEventDialog *self)
{
  g_autoptr(GPtrArray) attendees = rapport_store_list_attendees (self->store, rapport_event_get_id (self->event),
                                                                 NULL);

  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      RapportAttendee *attendee = g_ptr_array_index (attendees, i);
      gint64 contact_id = rapport_attendee_get_contact_id (attendee);
      g_autoptr(RapportContact) contact = rapport_store_get_contact (self->store, contact_id, NULL);
      g_autofree char *name = NULL;
      g_autofree char *note_label = NULL;
      GtkWidget *row, *note;

      if (contact == NULL)
        continue;
      name = rapport_contact_dup_name (contact);
      if (*name == '\0')
        g_set_str (&name, C_("log event dialog", "Unnamed Person"));

      /* The switch says "was there"; opening the row gives a note. */
      row = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      rapport_row_names_by_title (ADW_PREFERENCES_ROW (row));
      adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), TRUE);
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), TRUE);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
      note = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note About Them"));
      /* Translators: the accessible name of the note about one person, "Note About Ana Silva" */
      note_label = g_strdup_printf (_("Note About %s"), name);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, note_label, -1);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);
      g_object_set_data (G_OBJECT (row), "contact-id", GSIZE_TO_POINTER ((gsize) contact_id));
      g_object_set_data (G_OBJECT (row), "note", note);
      g_signal_connect_object (row, "notify::enable-expansion", G_CALLBACK (update_button), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->people_group, row);
      g_ptr_array_add (self->rows, row);
    }
  update_button (self);
}

static void
log_clicked_cb (RapportLogEventDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!rapport_log_event_dialog_log (self, &error))
    {
      AdwDialog *alert = adw_alert_dialog_new (_("The Event Could Not Be Logged"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", C_("log event dialog", "_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
rapport_log_event_dialog_dispose (GObject *object)
{
  RapportLogEventDialog *self = RAPPORT_LOG_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_LOG_EVENT_DIALOG);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->event);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_log_event_dialog_parent_class)->dispose (object);
}

static void
rapport_log_event_dialog_class_init (RapportLogEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_log_event_dialog_dispose;

  /**
   * RapportLogEventDialog::logged:
   * @n_people: how many people the interaction was logged for
   *
   * The interaction was saved.
   */
  signals[LOGGED] =
    g_signal_new ("logged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-log-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportLogEventDialog, people_group);
  gtk_widget_class_bind_template_child (widget_class, RapportLogEventDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, RapportLogEventDialog, log_button);
  gtk_widget_class_bind_template_callback (widget_class, log_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "adw_dialog_close", G_CALLBACK (adw_dialog_close));
}

static void
rapport_log_event_dialog_init (RapportLogEventDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * rapport_log_event_dialog_new:
 * @store: where to save the interaction
 * @event: the event to log, saved in @store
 *
 * Returns: (transfer floating): a new dialog, listing the event's attendees
 */
RapportLogEventDialog *
rapport_log_event_dialog_new (RapportStore *store,
                              RapportEvent *event)
{
  RapportLogEventDialog *self;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (RAPPORT_IS_EVENT (event), NULL);

  self = g_object_new (RAPPORT_TYPE_LOG_EVENT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->event = g_object_ref (event);
  fill (self);
  return self;
}

/**
 * rapport_log_event_dialog_log:
 *
 * Saves one interaction for the people checked, and emits
 * #RapportLogEventDialog::logged.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
rapport_log_event_dialog_log (RapportLogEventDialog  *self,
                              GError                **error)
{
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GDateTime *starts_at;
  GDate day;

  g_return_val_if_fail (RAPPORT_IS_LOG_EVENT_DIALOG (self), FALSE);

  starts_at = rapport_event_get_starts_at (self->event);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (starts_at), g_date_time_get_month (starts_at),
                  g_date_time_get_year (starts_at));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->rows, i);
      gint64 contact_id = GPOINTER_TO_SIZE (g_object_get_data (row, "contact-id"));
      g_autofree char *text = NULL;

      if (!adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)))
        continue;
      g_array_append_val (ids, contact_id);

      text = g_strstrip (g_strdup (gtk_editable_get_text (g_object_get_data (row, "note"))));
      if (*text != '\0')
        {
          RapportInteraction *note = rapport_interaction_new (RAPPORT_INTERACTION_NOTE, &day);

          rapport_interaction_set_summary (note, text);
          rapport_interaction_set_contact_ids (note, &contact_id, 1);
          g_ptr_array_add (notes, note);
        }
    }
  if (ids->len == 0)
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           _("Choose at least one person who was there."));
      return FALSE;
    }

  interaction = rapport_interaction_new (RAPPORT_INTERACTION_EVENT, &day);
  if (rapport_event_has_time (self->event))
    rapport_interaction_set_time_minutes (interaction, g_date_time_get_hour (starts_at) * 60 +
                                                       g_date_time_get_minute (starts_at));
  rapport_interaction_set_summary (interaction, *rapport_event_get_name (self->event) != '\0'
                                                  ? rapport_event_get_name (self->event)
                                                  : C_("log event dialog", "Untitled Event"));
  rapport_interaction_set_details (interaction, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  rapport_interaction_set_contact_ids (interaction, (const gint64 *) ids->data, ids->len);

  /* The event and every note, or nothing. */
  if (!rapport_store_begin_batch (self->store, error))
    return FALSE;
  if (!rapport_store_add_interaction (self->store, interaction, error))
    goto failed;
  for (guint i = 0; i < notes->len; i++)
    if (!rapport_store_add_interaction (self->store, g_ptr_array_index (notes, i), error))
      goto failed;
  if (!rapport_store_commit_batch (self->store, error))
    return FALSE;

  g_signal_emit (self, signals[LOGGED], 0, ids->len);
  return TRUE;

failed:
  rapport_store_cancel_batch (self->store);
  return FALSE;
}
