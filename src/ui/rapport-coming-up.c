/* rapport-coming-up.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Coming up" at the top of the Events tab: the next events of the
 * desktop's calendars (or of an invitation opened) that name people, or
 * that the user marked, and are not prepared yet, each with Prepare. A
 * prepared one is a Rapport event, listed below with the others. Under
 * "Other Events", the next ones that name nobody, each to be added (marked
 * in the store) so that it is offered like the others.
 */

#define G_LOG_DOMAIN "rapport-coming-up"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-coming-up.h"

struct _RapportComingUp
{
  RapportCalendarSection parent_instance;

  /* Template widgets */
  GtkListBox *list;
  GtkListBox *others_list;
  AdwExpanderRow *others_row;

  /* Owned references */
  GListStore *shown;
  GListStore *others;
  GPtrArray *other_rows;
};

G_DEFINE_FINAL_TYPE (RapportComingUp, rapport_coming_up, RAPPORT_TYPE_CALENDAR_SECTION)

enum {
  PREPARE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How many events "Other Events" lists at most. */
#define OTHERS_MAX 20

/* Whether @event is still to come and not prepared yet. */
static gboolean
is_open (RapportStore         *store,
         RapportCalendarEvent *event,
         GDateTime            *now)
{
  GDateTime *ends_at = rapport_calendar_event_get_ends_at (event);

  return ends_at != NULL && g_date_time_compare (ends_at, now) > 0 &&
         rapport_calendar_event_get_status (event) != RAPPORT_CALENDAR_STATUS_CANCELLED &&
         rapport_store_find_calendar_event (store, rapport_calendar_event_get_key (event), NULL) == 0;
}

static void
set_marked (RapportComingUp      *self,
            RapportCalendarEvent *event,
            gboolean              marked)
{
  RapportStore *store = rapport_calendar_section_get_store (RAPPORT_CALENDAR_SECTION (self));
  g_autoptr(GError) error = NULL;

  if (!rapport_store_set_calendar_event_marked (store, event, marked, &error))
    {
      AdwDialog *alert = adw_alert_dialog_new (_("Could Not Change Coming Up"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
    }
}

static void
add_clicked_cb (GtkButton       *button,
                RapportComingUp *self)
{
  set_marked (self, g_object_get_data (G_OBJECT (button), "calendar-event"), TRUE);
}

static void
remove_clicked_cb (GtkButton       *button,
                   RapportComingUp *self)
{
  set_marked (self, g_object_get_data (G_OBJECT (button), "calendar-event"), FALSE);
}

static void
prepare_clicked_cb (GtkButton       *button,
                    RapportComingUp *self)
{
  RapportCalendarEvent *event = g_object_get_data (G_OBJECT (button), "calendar-event");

  g_signal_emit (self, signals[PREPARE], 0, event);
}

static const char *
summary_of (RapportCalendarEvent *event)
{
  const char *summary = rapport_calendar_event_get_summary (event);

  return summary[0] != '\0' ? summary : C_("events list", "Untitled Event");
}

/* A flat button of a row, named for screen readers (@accessible_label
 * is taken). */
static GtkWidget *
add_button (RapportComingUp      *self,
            GtkWidget            *row,
            RapportCalendarEvent *event,
            GtkWidget            *button,
            char                 *accessible_label,
            GCallback             clicked)
{
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  g_object_set_data_full (G_OBJECT (button), "calendar-event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_free (accessible_label);
  return button;
}

static GtkWidget *
create_row (RapportComingUp      *self,
            RapportCalendarEvent *event)
{
  g_autofree char *when = rapport_calendar_event_dup_when (event);
  g_autofree char *people = rapport_calendar_event_dup_people (event);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  subtitle = people[0] != '\0' ? g_strconcat (when, "\n", people, NULL) : g_strdup (when);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary_of (event));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  /* Only one the user added can be taken away: the others name people. */
  if (!rapport_calendar_event_has_people (event))
    {
      button = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_tooltip_text (button, _("Remove From Coming Up"));
      /* Translators: a button's name for screen readers; %s is an event */
      add_button (self, row, event, button, g_strdup_printf (_("Remove “%s” From Coming Up"), summary_of (event)),
                  G_CALLBACK (remove_clicked_cb));
    }

  button = gtk_button_new_with_mnemonic (C_("calendar event", "_Prepare"));
  /* Translators: a button's name for screen readers; %s is an event */
  add_button (self, row, event, button, g_strdup_printf (_("Prepare “%s”"), summary_of (event)),
              G_CALLBACK (prepare_clicked_cb));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
create_other_row (RapportComingUp      *self,
                  RapportCalendarEvent *event)
{
  g_autofree char *when = rapport_calendar_event_dup_when (event);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary_of (event));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
  gtk_widget_set_tooltip_text (button, _("Add to Coming Up"));
  /* Translators: a button's name for screen readers; %s is an event */
  add_button (self, row, event, button, g_strdup_printf (_("Add “%s” to Coming Up"), summary_of (event)),
              G_CALLBACK (add_clicked_cb));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

/* The expander's rows are its own, not a bound model: made again. */
static void
show_others (RapportComingUp *self,
             GPtrArray       *others)
{
  for (guint i = 0; i < self->other_rows->len; i++)
    adw_expander_row_remove (self->others_row, self->other_rows->pdata[i]);
  g_ptr_array_set_size (self->other_rows, 0);

  for (guint i = 0; i < others->len; i++)
    {
      GtkWidget *row = create_other_row (self, others->pdata[i]);

      adw_expander_row_add_row (self->others_row, row);
      g_ptr_array_add (self->other_rows, row);
    }
  g_list_store_splice (self->others, 0, g_list_model_get_n_items (G_LIST_MODEL (self->others)),
                       others->pdata, others->len);
  gtk_widget_set_visible (GTK_WIDGET (self->others_list), others->len > 0);
}

static void
rapport_coming_up_update (RapportCalendarSection *section)
{
  RapportComingUp *self = RAPPORT_COMING_UP (section);
  RapportStore *store = rapport_calendar_section_get_store (section);
  GListModel *events = rapport_calendar_section_get_events (section);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = events != NULL ? g_list_model_get_n_items (events) : 0;

  for (guint i = 0; i < n && found->len < RAPPORT_COMING_UP_MAX * 4 && store != NULL; i++)
    {
      g_autoptr(RapportCalendarEvent) event = g_list_model_get_item (events, i);

      if (!is_open (store, event, now))
        continue;
      if (rapport_calendar_event_has_people (event) || rapport_store_is_calendar_event_marked (store, event, NULL))
        g_ptr_array_add (found, g_steal_pointer (&event));
      else if (others->len < OTHERS_MAX * 4)
        g_ptr_array_add (others, g_steal_pointer (&event));
    }
  /* Several calendars (and files) are listed one after the other. */
  g_ptr_array_sort_values (found, (GCompareFunc) rapport_calendar_event_compare);
  if (found->len > RAPPORT_COMING_UP_MAX)
    g_ptr_array_set_size (found, RAPPORT_COMING_UP_MAX);
  g_ptr_array_sort_values (others, (GCompareFunc) rapport_calendar_event_compare);
  if (others->len > OTHERS_MAX)
    g_ptr_array_set_size (others, OTHERS_MAX);

  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       found->pdata, found->len);
  gtk_widget_set_visible (GTK_WIDGET (self->list), found->len > 0);
  show_others (self, others);
  gtk_widget_set_visible (GTK_WIDGET (self), found->len > 0 || others->len > 0);
}

/* Only events (prepared, marked) change what comes up. */
static gboolean
rapport_coming_up_store_changed (RapportCalendarSection *section,
                                 RapportRecordKind       kind)
{
  return kind == RAPPORT_RECORD_EVENT;
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

  g_clear_object (&self->shown);
  g_clear_object (&self->others);
  g_clear_pointer (&self->other_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_coming_up_parent_class)->dispose (object);
}

static void
rapport_coming_up_class_init (RapportComingUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RapportCalendarSectionClass *section_class = RAPPORT_CALENDAR_SECTION_CLASS (klass);

  object_class->dispose = rapport_coming_up_dispose;
  section_class->update = rapport_coming_up_update;
  section_class->store_changed = rapport_coming_up_store_changed;

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
  gtk_widget_class_bind_template_child (widget_class, RapportComingUp, others_list);
  gtk_widget_class_bind_template_child (widget_class, RapportComingUp, others_row);
}

static void
rapport_coming_up_init (RapportComingUp *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  self->others = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  self->other_rows = g_ptr_array_new ();
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_row_cb, self, NULL);
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
 * rapport_coming_up_get_others:
 *
 * Returns: (transfer none): the calendar events under "Other Events", for
 *   tests
 */
GListModel *
rapport_coming_up_get_others (RapportComingUp *self)
{
  g_return_val_if_fail (RAPPORT_IS_COMING_UP (self), NULL);
  return G_LIST_MODEL (self->others);
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
