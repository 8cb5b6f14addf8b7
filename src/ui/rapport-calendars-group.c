/* rapport-calendars-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences' "Calendars": whether Rapport may read the desktop's
 * calendars at all (off until the user agrees), and then a switch for each
 * calendar, under its account. All are on once the user agrees; the ones
 * switched off are kept by UID ("hidden-calendars"), so that a calendar
 * added later is on too. Without Evolution Data Server, or without
 * calendars, the group says so in plain words.
 */

#define G_LOG_DOMAIN "rapport-calendars-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-calendars-group.h"

struct _RapportCalendarsGroup
{
  AdwPreferencesGroup parent_instance;

  RapportSourceList *sources;
  GSettings *settings;

  GtkWidget *enable_row; /* owned, made once calendars are listed; in the group only while they are */
  gboolean enable_row_added;
  GPtrArray *calendar_rows;
};

G_DEFINE_FINAL_TYPE (RapportCalendarsGroup, rapport_calendars_group, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
is_hidden (RapportCalendarsGroup *self,
           const char            *uid)
{
  g_auto(GStrv) hidden = g_settings_get_strv (self->settings, "hidden-calendars");

  return g_strv_contains ((const char * const *) hidden, uid);
}

static void
calendar_switched_cb (AdwSwitchRow          *row,
                      GParamSpec            *pspec,
                      RapportCalendarsGroup *self)
{
  const char *uid = g_object_get_data (G_OBJECT (row), "calendar-uid");
  gboolean active = adw_switch_row_get_active (row);
  g_auto(GStrv) hidden = g_settings_get_strv (self->settings, "hidden-calendars");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) new_hidden = NULL;

  if (active != g_strv_contains ((const char * const *) hidden, uid))
    return;
  for (guint i = 0; hidden[i] != NULL; i++)
    if (!g_str_equal (hidden[i], uid))
      g_strv_builder_add (builder, hidden[i]);
  if (!active)
    g_strv_builder_add (builder, uid);
  new_hidden = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "hidden-calendars", (const char * const *) new_hidden);
}

static GtkWidget *
create_calendar_row (RapportCalendarsGroup *self,
                     RapportSource         *calendar)
{
  GtkWidget *row = adw_switch_row_new ();
  const char *account = rapport_source_get_account (calendar);

  /* Names are as the user typed them ("Birthdays & Anniversaries"). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rapport_source_get_name (calendar));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), account);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), !is_hidden (self, rapport_source_get_uid (calendar)));
  g_object_set_data_full (G_OBJECT (row), "calendar-uid", g_strdup (rapport_source_get_uid (calendar)), g_free);
  g_settings_bind (self->settings, "calendars-enabled", row, "sensitive", G_SETTINGS_BIND_GET);
  g_signal_connect_object (row, "notify::active", G_CALLBACK (calendar_switched_cb), self, 0);

  return row;
}

/* The calendars are few and change seldom: their rows are made again. */
static void
remove_rows (RapportCalendarsGroup *self)
{
  for (guint i = 0; i < self->calendar_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->calendar_rows->pdata[i]);
  g_ptr_array_set_size (self->calendar_rows, 0);
}

static void
add_rows (RapportCalendarsGroup *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportSource) calendar = g_list_model_get_item (G_LIST_MODEL (self->sources), i);
      GtkWidget *row = create_calendar_row (self, calendar);

      g_ptr_array_add (self->calendar_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }
}

static void
update_description (RapportCalendarsGroup *self)
{
  const char *description = NULL;
  gboolean listed = FALSE;

  switch (rapport_source_list_get_state (self->sources))
    {
    case RAPPORT_SOURCE_LIST_IDLE:
    case RAPPORT_SOURCE_LIST_CONNECTING:
      description = _("Looking for your calendars…");
      break;
    case RAPPORT_SOURCE_LIST_UNAVAILABLE:
      description = _("No calendars were found: the service where GNOME keeps the calendars of your "
                      "accounts (Evolution Data Server) is not running on this computer, or Rapport "
                      "may not talk to it. Invitations saved as .ics files can still be imported.");
      break;
    case RAPPORT_SOURCE_LIST_READY:
      listed = g_list_model_get_n_items (G_LIST_MODEL (self->sources)) > 0;
      if (listed)
        description = _("Events with people you know appear in Events, under Coming Up in Your Calendars. Rapport only "
                        "reads your calendars, on this computer, and changes nothing in them.");
      else
        description = _("No calendars were found. Calendars you add in GNOME Calendar or in Online "
                        "Accounts appear here. Invitations saved as .ics files can still be imported.");
      break;
    default:
      g_assert_not_reached ();
    }

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  /* Taken out rather than hidden: an empty list would still draw its frame. */
  if (listed && self->enable_row == NULL)
    {
      self->enable_row = g_object_ref_sink (adw_switch_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->enable_row), _("_Show Events From Your Calendars"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->enable_row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->enable_row),
                                   _("Meetings and invitations from the calendars below, to prepare for them and log them"));
      g_settings_bind (self->settings, "calendars-enabled", self->enable_row, "active", G_SETTINGS_BIND_DEFAULT);
    }
  if (listed && !self->enable_row_added)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->enable_row);
  else if (!listed && self->enable_row_added)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->enable_row);
  self->enable_row_added = listed;
}

static void
calendars_changed_cb (RapportCalendarsGroup *self)
{
  /* The switch that allows them all first, then the calendars. */
  remove_rows (self);
  update_description (self);
  add_rows (self);
}

static void
rapport_calendars_group_dispose (GObject *object)
{
  RapportCalendarsGroup *self = RAPPORT_CALENDARS_GROUP (object);

  g_clear_object (&self->sources);
  g_clear_object (&self->settings);
  g_clear_object (&self->enable_row);
  g_clear_pointer (&self->calendar_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_calendars_group_parent_class)->dispose (object);
}

static void
rapport_calendars_group_class_init (RapportCalendarsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_calendars_group_dispose;
}

static void
rapport_calendars_group_init (RapportCalendarsGroup *self)
{
  self->calendar_rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), C_("preferences", "Calendars"));
}

/**
 * rapport_calendars_group_new:
 * @sources: the desktop's calendars
 * @settings: Rapport's settings, where the choices are kept
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
rapport_calendars_group_new (RapportSourceList *sources,
                             GSettings         *settings)
{
  RapportCalendarsGroup *self;

  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (sources), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RAPPORT_TYPE_CALENDARS_GROUP, NULL);
  self->sources = g_object_ref (sources);
  self->settings = g_object_ref (settings);

  g_signal_connect_object (sources, "items-changed", G_CALLBACK (calendars_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sources, "notify::state", G_CALLBACK (calendars_changed_cb), self, G_CONNECT_SWAPPED);
  calendars_changed_cb (self);

  return GTK_WIDGET (self);
}
