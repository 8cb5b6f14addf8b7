/* rapport-coming-up.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Coming up" at the top of the Events tab: the next events of the
 * desktop's calendars (or of an invitation opened) that name people and
 * are not prepared yet, each with Prepare. A prepared one is a Rapport
 * event, listed below with the others.
 */

#define G_LOG_DOMAIN "rapport-coming-up"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-coming-up.h"

struct _RapportComingUp
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *list;

  /* Owned references */
  RapportStore *store;
  GListModel *events;
  GListStore *shown;
  guint update_id;
};

G_DEFINE_FINAL_TYPE (RapportComingUp, rapport_coming_up, ADW_TYPE_BIN)

enum {
  PREPARE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_coming_up (RapportComingUp      *self,
              RapportCalendarEvent *event,
              GDateTime            *now)
{
  GDateTime *ends_at = rapport_calendar_event_get_ends_at (event);

  return ends_at != NULL && g_date_time_compare (ends_at, now) > 0 &&
         rapport_calendar_event_get_status (event) != RAPPORT_CALENDAR_STATUS_CANCELLED &&
         rapport_calendar_event_has_people (event) &&
         rapport_store_find_calendar_event (self->store, rapport_calendar_event_get_key (event), NULL) == 0;
}

static void
prepare_clicked_cb (GtkButton       *button,
                    RapportComingUp *self)
{
  RapportCalendarEvent *event = g_object_get_data (G_OBJECT (button), "calendar-event");

  g_signal_emit (self, signals[PREPARE], 0, event);
}

static GtkWidget *
create_row (RapportComingUp      *self,
            RapportCalendarEvent *event)
{
  g_autofree char *when = rapport_calendar_event_dup_when (event);
  g_autofree char *people = rapport_calendar_event_dup_people (event);
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;
  const char *summary = rapport_calendar_event_get_summary (event);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  if (summary[0] == '\0')
    summary = C_("events list", "Untitled Event");
  subtitle = g_strconcat (when, "\n", people, NULL);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  button = gtk_button_new_with_mnemonic (C_("calendar event", "_Prepare"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: a button's name for screen readers; %s is an event */
  button_label = g_strdup_printf (_("Prepare “%s”"), summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_label, -1);
  g_object_set_data_full (G_OBJECT (button), "calendar-event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (prepare_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
update (RapportComingUp *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->events ? g_list_model_get_n_items (self->events) : 0;

  for (guint i = 0; i < n && found->len < RAPPORT_COMING_UP_MAX * 4 && self->store != NULL; i++)
    {
      g_autoptr(RapportCalendarEvent) event = g_list_model_get_item (self->events, i);

      if (is_coming_up (self, event, now))
        g_ptr_array_add (found, g_steal_pointer (&event));
    }
  /* Several calendars (and files) are listed one after the other. */
  g_ptr_array_sort_values (found, (GCompareFunc) rapport_calendar_event_compare);
  if (found->len > RAPPORT_COMING_UP_MAX)
    g_ptr_array_set_size (found, RAPPORT_COMING_UP_MAX);

  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       found->pdata, found->len);
  gtk_widget_set_visible (GTK_WIDGET (self), found->len > 0);
}

static gboolean
update_cb (gpointer user_data)
{
  RapportComingUp *self = user_data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come at once (a calendar loading): one update for all. */
static void
queue_update (RapportComingUp *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

static void
events_changed_cb (RapportComingUp *self)
{
  queue_update (self);
}

static void
store_changed_cb (RapportComingUp   *self,
                  RapportRecordKind  kind)
{
  if (kind == RAPPORT_RECORD_EVENT)
    queue_update (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return create_row (user_data, item);
}

static void
rapport_coming_up_dispose (GObject *object)
{
  RapportComingUp *self = RAPPORT_COMING_UP (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_clear_object (&self->events);
  g_clear_object (&self->store);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (rapport_coming_up_parent_class)->dispose (object);
}

static void
rapport_coming_up_class_init (RapportComingUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_coming_up_dispose;

  /**
   * RapportComingUp::prepare:
   * @event: the calendar event
   *
   * Prepare was clicked for @event.
   */
  signals[PREPARE] = g_signal_new ("prepare", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, RAPPORT_TYPE_CALENDAR_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapportapp/Rapport/ui/rapport-coming-up.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportComingUp, list);
}

static void
rapport_coming_up_init (RapportComingUp *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_row_cb, self, NULL);
}

void
rapport_coming_up_set_store (RapportComingUp *self,
                             RapportStore    *store)
{
  g_return_if_fail (RAPPORT_IS_COMING_UP (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  queue_update (self);
}

/**
 * rapport_coming_up_set_events:
 * @events: (nullable): a #GListModel of #RapportCalendarEvent
 */
void
rapport_coming_up_set_events (RapportComingUp *self,
                              GListModel      *events)
{
  g_return_if_fail (RAPPORT_IS_COMING_UP (self));

  if (self->events == events)
    return;
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_set_object (&self->events, events);
  if (events != NULL)
    g_signal_connect_object (events, "items-changed", G_CALLBACK (events_changed_cb), self, G_CONNECT_SWAPPED);
  queue_update (self);
}

/**
 * rapport_coming_up_get_shown:
 *
 * Returns: (transfer none): the calendar events listed, for tests
 */
GListModel *
rapport_coming_up_get_shown (RapportComingUp *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMING_UP (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/**
 * rapport_calendar_event_dup_when:
 *
 * Returns: (transfer full): the day of @event, and its time unless it lasts
 *   all day
 */
char *
rapport_calendar_event_dup_when (RapportCalendarEvent *event)
{
  g_autoptr(GDateTime) starts_at = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (event), NULL);

  if (rapport_calendar_event_get_starts_at (event) == NULL)
    return g_strdup ("");
  starts_at = g_date_time_to_local (rapport_calendar_event_get_starts_at (event));

  /* Translators: the day of an event, see g_date_time_format() */
  day = g_date_time_format (starts_at, _("%a %-d %B %Y"));
  if (rapport_calendar_event_get_all_day (event))
    return g_steal_pointer (&day);

  /* Translators: the time of an event, see g_date_time_format() */
  time = g_date_time_format (starts_at, _("%H:%M"));
  /* Translators: an event's day, then its time */
  return g_strdup_printf (_("%s · %s"), day, time);
}

/**
 * rapport_calendar_event_dup_people:
 *
 * Returns: (transfer full): who @event names, in a line: "Ana Silva, Ben Ng
 *   and 2 others"
 */
char *
rapport_calendar_event_dup_people (RapportCalendarEvent *event)
{
  g_autoptr(GPtrArray) people = rapport_store_list_calendar_people (event);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  g_autofree char *shown = NULL;
  guint n = MIN (people->len, 2);

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, rapport_calendar_person_get_label (g_ptr_array_index (people, i)));
  names = g_strv_builder_end (builder);
  /* Translators: the separator between names in a list */
  shown = g_strjoinv (_(", "), names);

  if (people->len <= n)
    return g_steal_pointer (&shown);

  /* Translators: %s is one or two names, %u how many more people */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u other", "%s and %u others", people->len - n),
                          shown, people->len - n);
}
