/* rapport-event-page-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What can be done with the event a page shows: delete it (with Undo),
 * prepare for it (the briefing), print that briefing, and log the event
 * into everyone's timeline once it has begun.
 */

#define G_LOG_DOMAIN "rapport-event-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-briefing-print.h"
#include "rapport-event-page-private.h"
#include "rapport-log-event-dialog.h"

static void
undo_delete_cb (AdwToast *undo_toast,
                GObject  *event)
{
  RapportStore *store = g_object_get_data (G_OBJECT (undo_toast), "store");
  GPtrArray *attendees = g_object_get_data (G_OBJECT (undo_toast), "attendees");
  g_autoptr(GError) error = NULL;

  /* The store made the deleted event unsaved (id 0): add it back whole. */
  if (!rapport_store_add_event (store, RAPPORT_EVENT (event), &error))
    {
      g_warning ("Could not undo: %s", error->message);
      return;
    }
  for (guint i = 0; i < attendees->len; i++)
    {
      RapportAttendee *attendee = g_ptr_array_index (attendees, i);

      if (!rapport_store_set_attendee (store, rapport_event_get_id (RAPPORT_EVENT (event)),
                                       rapport_attendee_get_contact_id (attendee),
                                       rapport_attendee_get_goal (attendee), &error))
        {
          g_warning ("Could not bring back an attendee: %s", error->message);
          g_clear_error (&error);
        }
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (widget);
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *undo_toast;
  const char *name;

  if (self->event == NULL || self->store == NULL || !rapport_event_page_save (self))
    return;

  event = g_object_ref (self->event);
  attendees = rapport_store_list_attendees (self->store, rapport_event_get_id (event), &error);
  if (attendees == NULL ||
      !rapport_store_delete_event (self->store, rapport_event_get_id (event), &error))
    {
      rapport_event_page_show_error (self, error);
      return;
    }

  name = rapport_event_get_name (event);
  message = g_strdup_printf (_("“%s” deleted"), *name != '\0' ? name : C_("event page", "Untitled Event"));
  undo_toast = adw_toast_new (message);
  adw_toast_set_button_label (undo_toast, C_("event page", "_Undo"));
  /* Undo is only any use at once: it goes before any other news. */
  adw_toast_set_priority (undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (undo_toast), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (undo_toast), "attendees", g_steal_pointer (&attendees),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_data (undo_toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         g_steal_pointer (&event), (GClosureNotify) g_object_unref, 0);
  rapport_event_page_toast (self, undo_toast);
}

static void
logged_cb (RapportEventPage *self,
           guint             n_people)
{
  g_autofree char *message =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Logged for %u person", "Logged for %u people", n_people),
                     n_people);

  rapport_event_page_toast (self, adw_toast_new (message));
  rapport_briefing_view_refresh (self->briefing_view);
}

static void
prepare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "briefing");
}

static void
present_log_dialog (RapportEventPage *self)
{
  RapportLogEventDialog *dialog = rapport_log_event_dialog_new (self->store, self->event);

  g_signal_connect_object (dialog, "logged", G_CALLBACK (logged_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
log_early_response_cb (RapportEventPage *self,
                       const char       *response)
{
  if (g_strcmp0 (response, "log") == 0 && self->event != NULL)
    present_log_dialog (self);
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *starts_at;
  AdwDialog *alert;

  if (self->event == NULL || self->store == NULL || !rapport_event_page_save (self))
    return;

  /* Logging says you met them: before the event, most likely a slip. */
  starts_at = rapport_event_get_starts_at (self->event);
  if (starts_at == NULL || g_date_time_compare (starts_at, now) <= 0)
    {
      present_log_dialog (self);
      return;
    }

  alert = adw_alert_dialog_new (_("Log a Future Event?"),
                                _("Everyone will have it in their timeline as met, on the event’s day."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "log", _("_Log Anyway"),
                                  NULL);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (log_early_response_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (alert, widget);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RapportEventPage        *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      rapport_event_page_show_error (self, error);
    }
}

/* The briefing as it is shown, "not seen in 6 months" included. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  RapportBriefing *briefing;
  GtkRoot *root = gtk_widget_get_root (widget);
  GDate since;

  if (self->event == NULL || self->store == NULL || !rapport_event_page_save (self))
    return;

  rapport_briefing_view_refresh (self->briefing_view);
  briefing = rapport_briefing_view_get_briefing (self->briefing_view);
  if (briefing == NULL)
    return;
  rapport_briefing_view_get_since (self->briefing_view, &since);

  operation = rapport_briefing_print_new (briefing, &since);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    rapport_event_page_show_error (self, error);
}

void
rapport_event_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "event.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "event.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "event.prepare", NULL, prepare_action);
  gtk_widget_class_install_action (widget_class, "event.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "event.print", NULL);
}
