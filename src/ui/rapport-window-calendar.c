/* rapport-window-calendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's calendar events: those of the desktop's calendars (a
 * GListModel given by whoever reads them) and those of the .ics files
 * opened, as one list for "Coming up" in the Events tab and for the
 * after-meeting prompts in the Due list. Whenever they change, the Rapport
 * events prepared from them follow (rapport_store_follow_calendar()).
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-ical.h"
#include "rapport-prepare-dialog.h"
#include "rapport-window-private.h"

/* How far around today an opened .ics file's events are read. */
#define FILE_DAYS_BACK 30
#define FILE_DAYS_AHEAD (2 * 365)

static void
follow (RapportWindow *self)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *model = G_LIST_MODEL (self->calendar_events);
  guint n = g_list_model_get_n_items (model);

  if (self->store == NULL || n == 0)
    return;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, g_list_model_get_item (model, i));
  if (!rapport_store_follow_calendar (self->store, events, NULL, NULL, NULL, &error))
    g_warning ("Could not bring the prepared events up to date: %s", error->message);
}

static gboolean
follow_cb (gpointer user_data)
{
  RapportWindow *self = user_data;

  self->follow_id = 0;
  follow (self);
  return G_SOURCE_REMOVE;
}

/* A calendar loading changes the list many times at once: follow once. */
static void
calendar_events_changed_cb (RapportWindow *self)
{
  if (self->follow_id == 0)
    self->follow_id = g_idle_add (follow_cb, self);
}

static void
event_removed_cb (RapportWindow        *self,
                  RapportCalendarEvent *event)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL &&
      !rapport_store_mark_calendar_removed (self->store, rapport_calendar_event_get_key (event), &error))
    g_warning ("Could not mark a removed calendar event: %s", error->message);
}

static void
prepared_cb (RapportWindow        *self,
             RapportEvent         *event,
             RapportPrepareDialog *dialog)
{
  rapport_window_open_event (self, event);
}

static void
prepare_cb (RapportWindow        *self,
            RapportCalendarEvent *event)
{
  RapportPrepareDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = rapport_prepare_dialog_new (self->store, event);
  g_signal_connect_object (dialog, "prepared", G_CALLBACK (prepared_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

void
rapport_window_setup_calendar (RapportWindow *self)
{
  self->calendar_cancellable = g_cancellable_new ();
  self->calendars = g_list_store_new (G_TYPE_LIST_MODEL);
  self->file_events = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  g_list_store_append (self->calendars, self->file_events);
  self->calendar_events = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->calendars)));

  g_signal_connect_object (self->calendar_events, "items-changed", G_CALLBACK (calendar_events_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coming_up, "prepare", G_CALLBACK (prepare_cb), self, G_CONNECT_SWAPPED);

  rapport_calendar_section_set_store (RAPPORT_CALENDAR_SECTION (self->coming_up), self->store);
  rapport_calendar_section_set_events (RAPPORT_CALENDAR_SECTION (self->coming_up), G_LIST_MODEL (self->calendar_events));
  rapport_calendar_section_set_store (RAPPORT_CALENDAR_SECTION (self->meeting_prompts), self->store);
  rapport_calendar_section_set_events (RAPPORT_CALENDAR_SECTION (self->meeting_prompts),
                                       G_LIST_MODEL (self->calendar_events));
}

void
rapport_window_dispose_calendar (RapportWindow *self)
{
  g_clear_handle_id (&self->follow_id, g_source_remove);
  g_cancellable_cancel (self->calendar_cancellable);
  g_clear_object (&self->calendar_cancellable);
  if (self->desktop_events != NULL)
    g_signal_handlers_disconnect_by_data (self->desktop_events, self);
  g_clear_object (&self->desktop_events);
  g_clear_object (&self->calendar_events);
  g_clear_object (&self->calendars);
  g_clear_object (&self->file_events);
}

void
rapport_window_due_only_changed (RapportWindow *self,
                                 gboolean       due_only)
{
  gtk_revealer_set_reveal_child (self->prompts_revealer, due_only);
}

/**
 * rapport_window_is_calendar_file:
 *
 * Returns: whether @file is an iCalendar file, by its name
 */
gboolean
rapport_window_is_calendar_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && (g_str_has_suffix (name, ".ics") || g_str_has_suffix (name, ".ICS") ||
                          g_str_has_suffix (name, ".ical") || g_str_has_suffix (name, ".ifb"));
}

/**
 * rapport_window_set_calendar_events:
 * @events: (nullable): a #GListModel of #RapportCalendarEvent, the
 *   desktop's calendars' (it may also have an "event-removed" signal, for
 *   an event deleted from its calendar)
 *
 * Gives the window the desktop's calendar events, for "Coming up", the
 * after-meeting prompts and the prepared events to follow.
 */
void
rapport_window_set_calendar_events (RapportWindow *self,
                                    GListModel    *events)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (self->calendars == NULL || self->desktop_events == events)
    return;

  if (self->desktop_events != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->desktop_events, self);
      g_list_store_remove (self->calendars, 0);
      g_clear_object (&self->desktop_events);
    }
  if (events == NULL)
    return;

  self->desktop_events = g_object_ref (events);
  if (g_signal_lookup ("event-removed", G_OBJECT_TYPE (events)) != 0)
    g_signal_connect_object (events, "event-removed", G_CALLBACK (event_removed_cb), self, G_CONNECT_SWAPPED);
  g_list_store_insert (self->calendars, 0, events);
}

/**
 * rapport_window_get_calendar_events:
 *
 * Returns: (transfer none): every calendar event the window knows: the
 *   desktop's and the opened files'
 */
GListModel *
rapport_window_get_calendar_events (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->calendar_events);
}

static void
show_file_error (RapportWindow *self,
                 GFile         *file,
                 const char    *message)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  AdwDialog *alert;

  /* Translators: %s is a file's name */
  heading = g_strdup_printf (_("Could Not Read “%s”"), name);
  alert = adw_alert_dialog_new (heading, message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
calendar_file_loaded_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  RapportWindow *self = user_data;
  GFile *file = G_FILE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) from = g_date_time_add_days (now, -FILE_DAYS_BACK);
  g_autoptr(GDateTime) to = g_date_time_add_days (now, FILE_DAYS_AHEAD);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_file_get_basename (file);
  guint upcoming = 0;

  bytes = g_file_load_bytes_finish (file, result, NULL, &error);
  /* Cancelled when the window went: it is not there to use. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (bytes == NULL)
    {
      show_file_error (self, file, error->message);
      return;
    }

  /* The file's own events replace what it gave before. */
  events = rapport_ical_read (bytes, uri, name, from, to, &error);
  if (events == NULL)
    {
      show_file_error (self, file, error->message);
      return;
    }

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->file_events)); i > 0; i--)
    {
      g_autoptr(RapportCalendarEvent) old = g_list_model_get_item (G_LIST_MODEL (self->file_events), i - 1);

      if (g_str_equal (rapport_calendar_event_get_source_uid (old), uri))
        g_list_store_remove (self->file_events, i - 1);
    }
  g_list_store_splice (self->file_events, g_list_model_get_n_items (G_LIST_MODEL (self->file_events)), 0,
                       events->pdata, events->len);

  for (guint i = 0; i < events->len; i++)
    {
      GDateTime *ends_at = rapport_calendar_event_get_ends_at (g_ptr_array_index (events, i));

      if (g_date_time_compare (ends_at, now) > 0)
        upcoming++;
    }

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "events");
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  if (upcoming == 0)
    {
      /* Translators: %s is a file's name */
      g_autofree char *message = g_strdup_printf (_("“%s” holds no event to come"), name);

      rapport_window_add_toast (self, message);
    }
}

/**
 * rapport_window_open_calendar_file:
 * @file: an .ics file: an invitation, or a calendar
 *
 * Reads @file's events (those of the month past and the two years to
 * come) and lists those to come under "Coming up", to prepare. A file that
 * cannot be read is said so, and changes nothing.
 */
void
rapport_window_open_calendar_file (RapportWindow *self,
                                   GFile         *file)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->file_events == NULL)
    return;

  g_file_load_bytes_async (file, self->calendar_cancellable, calendar_file_loaded_cb, self);
}
