/* rapport-event-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One event: its name, day and time, place, notes and the statement to use,
 * edited in place and saved as you type; who will be there and what you
 * want from meeting each of them; and the briefing to read beforehand.
 * What can be done with the event is in rapport-event-page-actions.c.
 */

#define G_LOG_DOMAIN "rapport-event-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-briefing-view.h"
#include "rapport-calendar-a11y.h"
#include "rapport-event-page-private.h"
#include "rapport-event-row.h"
#include "rapport-people-editor.h"
#include "rapport-row-names.h"
#include "rapport-statement-row.h"

#define SAVE_DELAY_MS 500

G_DEFINE_FINAL_TYPE (RapportEventPage, rapport_event_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
rapport_event_page_toast (RapportEventPage *self,
                          AdwToast         *new_toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), new_toast);
  else
    g_object_unref (g_object_ref_sink (new_toast));
}

void
rapport_event_page_show_error (RapportEventPage *self,
                               const GError     *error)
{
  rapport_event_page_toast (self, adw_toast_new (error->message));
}

/* "18:30" → minutes; "" → -1 (no time); anything else → -2. */
static int
parse_time (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint hours, minutes;
  char extra;

  if (*stripped == '\0')
    return -1;
  if (sscanf (stripped, "%u:%u %c", &hours, &minutes, &extra) != 2 || hours > 23 || minutes > 59)
    return -2;
  return (int) (hours * 60 + minutes);
}

gboolean
rapport_event_page_save (RapportEventPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->event == NULL || self->store == NULL || rapport_event_get_id (self->event) == 0)
    return TRUE;

  if (!rapport_store_save_event (self->store, self->event, &error))
    {
      rapport_event_page_show_error (self, error);
      return FALSE;
    }

  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->goal_rows, i);
      gint64 contact_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "contact-id"));
      const char *goal = gtk_editable_get_text (GTK_EDITABLE (row));

      /* Only the goals that were edited are written. */
      if (g_strcmp0 (goal, g_object_get_data (G_OBJECT (row), "saved-goal")) == 0)
        continue;
      if (!rapport_store_set_attendee (self->store, rapport_event_get_id (self->event), contact_id, goal, &error))
        {
          rapport_event_page_show_error (self, error);
          return FALSE;
        }
      g_object_set_data_full (G_OBJECT (row), "saved-goal", g_strdup (goal), g_free);
    }
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  RapportEventPage *self = data;

  self->save_source = 0;
  rapport_event_page_save (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (RapportEventPage *self)
{
  if (self->loading || self->event == NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

/* Before the event, its main action is to prepare (the briefing); once
 * it has begun, to log it. An event with no time begins with its day. */
static void
update_main_action (RapportEventPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *starts_at = rapport_event_get_starts_at (self->event);
  gboolean coming = starts_at != NULL && g_date_time_compare (starts_at, now) > 0;

  gtk_button_set_label (self->main_button, coming ? C_("event page", "_Prepare") : _("_Log the Event"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->main_button),
                               coming ? _("Read the Briefing Before You Go")
                                      : _("Note That You Met These People"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->main_button), coming ? "event.prepare" : "event.log");
}

static void
update_date (RapportEventPage *self)
{
  g_autofree char *when = rapport_event_dup_when (self->event);

  adw_action_row_set_subtitle (self->date_row, when);
  update_main_action (self);
}

static void
rebuild_statements (RapportEventPage *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  gint64 chosen = self->event ? rapport_event_get_statement_id (self->event) : 0;
  guint selected = 0;
  gboolean was_loading = self->loading;

  g_array_set_size (self->statement_ids, 0);
  gtk_string_list_append (titles, C_("event page", "None"));
  g_array_append_val (self->statement_ids, (gint64) { 0 });
  for (guint i = 0; self->statements && i < g_list_model_get_n_items (self->statements); i++)
    {
      g_autoptr(RapportPeecStatement) statement = g_list_model_get_item (self->statements, i);
      g_autofree char *title = rapport_peec_statement_dup_title (statement);
      gint64 id = rapport_peec_statement_get_id (statement);

      gtk_string_list_append (titles, title);
      g_array_append_val (self->statement_ids, id);
      if (id == chosen)
        selected = i + 1;
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->statement_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->statement_row, selected);
  self->loading = was_loading;
}

static void
rebuild_goals (RapportEventPage *self)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->goal_rows->len; i++)
    adw_preferences_group_remove (self->goals_group, g_ptr_array_index (self->goal_rows, i));
  g_ptr_array_set_size (self->goal_rows, 0);

  if (self->event == NULL || self->store == NULL || rapport_event_get_id (self->event) == 0)
    attendees = g_ptr_array_new ();
  else
    attendees = rapport_store_list_attendees (self->store, rapport_event_get_id (self->event), NULL);
  if (attendees == NULL)
    attendees = g_ptr_array_new ();

  self->loading = TRUE;
  for (guint i = 0; i < attendees->len; i++)
    {
      RapportAttendee *attendee = g_ptr_array_index (attendees, i);
      gint64 contact_id = rapport_attendee_get_contact_id (attendee);
      g_autoptr(RapportContact) contact = rapport_store_get_contact (self->store, contact_id, NULL);
      g_autofree char *title = NULL;
      GtkWidget *row;

      g_array_append_val (ids, contact_id);
      if (contact == NULL)
        continue;

      /* Translators: the title of the entry of what you want from meeting someone */
      title = g_strdup_printf (_("Your Goal With %s"), rapport_contact_get_display_name (contact));
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      rapport_row_names_by_title (ADW_PREFERENCES_ROW (row));
      gtk_editable_set_text (GTK_EDITABLE (row), rapport_attendee_get_goal (attendee));
      g_object_set_data (G_OBJECT (row), "contact-id", GSIZE_TO_POINTER ((gsize) contact_id));
      g_object_set_data_full (G_OBJECT (row), "saved-goal", g_strdup (rapport_attendee_get_goal (attendee)), g_free);
      g_signal_connect_object (row, "changed", G_CALLBACK (schedule_save), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->goals_group, row);
      g_ptr_array_add (self->goal_rows, row);
    }
  rapport_people_editor_set_contact_ids (self->people_editor, (const gint64 *) ids->data, ids->len);
  gtk_widget_set_visible (GTK_WIDGET (self->goals_group), self->goal_rows->len > 0);
  self->loading = FALSE;
}

/* Whether the calendar an event was prepared from still has it. */
static void
update_calendar_banner (RapportEventPage *self)
{
  RapportCalendarLinkState state = RAPPORT_CALENDAR_LINK_CURRENT;
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;

  if (self->event != NULL && self->store != NULL &&
      rapport_store_get_calendar_link (self->store, rapport_event_get_id (self->event), &state, &source))
    {
      if (state == RAPPORT_CALENDAR_LINK_CANCELLED)
        /* Translators: %s is the name of a calendar (or of an invitation's file) */
        title = g_strdup_printf (_("Cancelled in “%s”: kept here with your notes"), source);
      else if (state == RAPPORT_CALENDAR_LINK_REMOVED)
        /* Translators: %s is the name of a calendar */
        title = g_strdup_printf (_("No longer in “%s”: kept here with your notes"), source);
    }

  adw_banner_set_title (self->calendar_banner, title ? title : "");
  adw_banner_set_revealed (self->calendar_banner, title != NULL);
}

static void
load (RapportEventPage *self)
{
  GDateTime *starts_at;
  g_autofree char *time = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);

  if (self->event == NULL)
    return;

  self->loading = TRUE;
  starts_at = rapport_event_get_starts_at (self->event);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), rapport_event_get_name (self->event));
  if (starts_at != NULL)
    gtk_calendar_select_day (self->calendar, starts_at);
  if (starts_at != NULL && rapport_event_has_time (self->event))
    time = g_date_time_format (starts_at, "%H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time ? time : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), rapport_event_get_place (self->event));
  gtk_text_buffer_set_text (buffer, rapport_event_get_notes (self->event), -1);
  update_date (self);
  rebuild_statements (self);
  self->loading = FALSE;
  rebuild_goals (self);
  update_calendar_banner (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "details");
}

static void
name_changed_cb (RapportEventPage *self)
{
  if (self->loading || self->event == NULL)
    return;
  rapport_event_set_name (self->event, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  schedule_save (self);
}

static void
place_changed_cb (RapportEventPage *self)
{
  if (self->loading || self->event == NULL)
    return;
  rapport_event_set_place (self->event, gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  schedule_save (self);
}

static void
notes_changed_cb (RapportEventPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading || self->event == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rapport_event_set_notes (self->event, text);
  schedule_save (self);
}

/* The day from the calendar and the time from its entry make one moment. */
static void
when_changed_cb (RapportEventPage *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) starts_at = NULL;
  int minutes;

  if (self->loading || self->event == NULL)
    return;

  minutes = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));
  if (minutes == -2)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");

  day = gtk_calendar_get_date (self->calendar);
  starts_at = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                     g_date_time_get_day_of_month (day),
                                     minutes > 0 ? minutes / 60 : 0, minutes > 0 ? minutes % 60 : 0, 0);
  rapport_event_set_starts_at (self->event, starts_at);
  update_date (self);
  schedule_save (self);
}

static void
day_selected_cb (RapportEventPage *self)
{
  when_changed_cb (self);
  if (!self->loading)
    gtk_menu_button_popdown (self->date_button);
}

static void
statement_selected_cb (RapportEventPage *self)
{
  guint selected = adw_combo_row_get_selected (self->statement_row);

  if (self->loading || self->event == NULL || selected >= self->statement_ids->len)
    return;
  rapport_event_set_statement_id (self->event, g_array_index (self->statement_ids, gint64, selected));
  rapport_event_page_save (self);
  rapport_briefing_view_refresh (self->briefing_view);
}

/* People added or removed in the editor join or leave the event at once. */
static void
people_changed_cb (RapportEventPage *self)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 *ids;
  guint n_ids;
  gint64 event_id;

  if (self->loading || self->event == NULL || rapport_event_get_id (self->event) == 0)
    return;

  rapport_event_page_save (self);
  event_id = rapport_event_get_id (self->event);
  ids = rapport_people_editor_get_contact_ids (self->people_editor, &n_ids);
  attendees = rapport_store_list_attendees (self->store, event_id, &error);
  if (attendees == NULL)
    {
      rapport_event_page_show_error (self, error);
      return;
    }

  for (guint i = 0; i < attendees->len; i++)
    {
      gint64 contact_id = rapport_attendee_get_contact_id (g_ptr_array_index (attendees, i));

      if (!rapport_people_editor_has_contact (self->people_editor, contact_id) &&
          !rapport_store_remove_attendee (self->store, event_id, contact_id, &error))
        break;
    }
  for (guint i = 0; error == NULL && i < n_ids; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < attendees->len && !known; j++)
        known = rapport_attendee_get_contact_id (g_ptr_array_index (attendees, j)) == ids[i];
      if (!known)
        rapport_store_set_attendee (self->store, event_id, ids[i], "", &error);
    }
  if (error != NULL)
    rapport_event_page_show_error (self, error);

  rebuild_goals (self);
  rapport_briefing_view_refresh (self->briefing_view);
}

static void
view_changed_cb (RapportEventPage *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "briefing") == 0)
    {
      rapport_event_page_save (self);
      rapport_briefing_view_refresh (self->briefing_view);
    }
}

static void
store_changed_cb (RapportEventPage  *self,
                  RapportRecordKind  kind,
                  gint64             id,
                  RapportChangeKind  change)
{
  if (kind == RAPPORT_RECORD_STATEMENT)
    rebuild_statements (self);
  else if (kind == RAPPORT_RECORD_EVENT && change == RAPPORT_CHANGE_UPDATED && self->event != NULL &&
           (id == 0 || id == rapport_event_get_id (self->event)))
    update_calendar_banner (self);
  else if (kind == RAPPORT_RECORD_EVENT && change == RAPPORT_CHANGE_REMOVED &&
           self->event != NULL && rapport_event_get_id (self->event) == 0)
    rapport_event_page_set_event (self, NULL);
}

static void
rapport_event_page_dispose (GObject *object)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (object);

  if (self->save_source != 0)
    rapport_event_page_save (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_EVENT_PAGE);
  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);
  g_clear_pointer (&self->statement_ids, g_array_unref);
  g_clear_object (&self->statements);
  g_clear_object (&self->event);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_event_page_parent_class)->dispose (object);
}

static void
rapport_event_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_TITLE:
      if (self->event == NULL)
        g_value_set_string (value, NULL);
      else if (*rapport_event_get_name (self->event) != '\0')
        g_value_set_string (value, rapport_event_get_name (self->event));
      else
        g_value_set_string (value, C_("event page", "Untitled Event"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RapportEventPage *self = RAPPORT_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      rapport_event_page_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_page_class_init (RapportEventPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_event_page_dispose;
  object_class->get_property = rapport_event_page_get_property;
  object_class->set_property = rapport_event_page_set_property;

  /**
   * RapportEventPage:event:
   *
   * The event shown, or %NULL.
   */
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, RAPPORT_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportEventPage:title:
   *
   * The event's name, for the window to show.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_BRIEFING_VIEW);
  g_type_ensure (RAPPORT_TYPE_PEOPLE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-event-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, calendar_banner);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, main_button);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, statement_row);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, people_editor);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, goals_group);
  gtk_widget_class_bind_template_child (widget_class, RapportEventPage, briefing_view);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, statement_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  rapport_event_page_class_actions_init (widget_class);
}

static void
rapport_event_page_init (RapportEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));

  rapport_calendar_a11y_setup (self->calendar);
  self->statement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->goal_rows = g_ptr_array_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * rapport_event_page_set_store:
 * @store: where events are kept
 */
void
rapport_event_page_set_store (RapportEventPage *self,
                              RapportStore     *store)
{
  g_return_if_fail (RAPPORT_IS_EVENT_PAGE (self));
  g_return_if_fail (RAPPORT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->statements = rapport_store_list_statements (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  rapport_people_editor_set_store (self->people_editor, store);
  rapport_briefing_view_set_store (self->briefing_view, store);
  rebuild_statements (self);
}

/**
 * rapport_event_page_get_event:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
RapportEvent *
rapport_event_page_get_event (RapportEventPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT_PAGE (self), NULL);
  return self->event;
}

/**
 * rapport_event_page_set_event:
 * @event: (nullable): the event to show; what was typed in the last one is saved first
 */
void
rapport_event_page_set_event (RapportEventPage *self,
                              RapportEvent     *event)
{
  g_return_if_fail (RAPPORT_IS_EVENT_PAGE (self));
  g_return_if_fail (event == NULL || RAPPORT_IS_EVENT (event));

  if (self->event == event)
    return;

  if (self->save_source != 0)
    rapport_event_page_save (self);
  g_set_object (&self->event, event);
  load (self);
  rapport_briefing_view_set_event (self->briefing_view, event);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * rapport_event_page_focus_name:
 *
 * Shows the details and puts the cursor in the name.
 */
void
rapport_event_page_focus_name (RapportEventPage *self)
{
  g_return_if_fail (RAPPORT_IS_EVENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "details");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * rapport_event_page_save_now:
 *
 * Saves what is waiting to be saved, without waiting for typing to stop.
 *
 * Returns: %FALSE if it could not be saved (the page has said why)
 */
gboolean
rapport_event_page_save_now (RapportEventPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT_PAGE (self), FALSE);

  return self->save_source == 0 || rapport_event_page_save (self);
}
