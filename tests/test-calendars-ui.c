/* test-calendars-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences' Calendars group, real widgets against a private Evolution
 * Data Server (tests/eds-run.sh): the calendars with their accounts, off
 * until the user agrees, then each with its own switch kept in GSettings,
 * a calendar added in EDS on by default; and a plain word without EDS.
 */

#include "config.h"

#include "eds-test-util.h"
#include "rapport-calendars-group.h"
#include "rapport-preferences-dialog.h"
#include "rapport-ui-test-util.h"

typedef struct
{
  GtkWidget *root;
  const char *title;
} Find;

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      found = find_row (child, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
row_is_there (gpointer data)
{
  Find *find = data;

  return find_row (find->root, find->title) != NULL;
}

static gboolean
is_settled (gpointer data)
{
  RapportSourceListState state = rapport_source_list_get_state (data);

  return state == RAPPORT_SOURCE_LIST_READY || state == RAPPORT_SOURCE_LIST_UNAVAILABLE;
}

static void
test_switches (void)
{
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_auto(GStrv) hidden = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *group = rapport_calendars_group_new (sources, settings);
  GtkWidget *enable, *personal, *added;
  Find find = { group, "Personal" };

  gtk_window_set_child (GTK_WINDOW (window), group);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "Looking for your calendars…");

  rapport_source_list_start (sources);
  test_wait_until (row_is_there, &find);
  personal = find_row (group, "Personal");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (personal)), ==, "On This Computer");
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                   "Events with people you know"));

  /* Off until the user agrees: the calendars' switches wait for it. */
  enable = find_row (group, "_Show Events From Your Calendars");
  g_assert_nonnull (enable);
  g_assert_true (gtk_widget_get_next_sibling (enable) == find_row (group, "Birthdays & Anniversaries"));
  g_assert_false (adw_switch_row_get_active (ADW_SWITCH_ROW (enable)));
  g_assert_false (gtk_widget_get_sensitive (personal));
  g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (personal)));

  adw_switch_row_set_active (ADW_SWITCH_ROW (enable), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "calendars-enabled"));
  g_assert_true (gtk_widget_get_sensitive (personal));

  /* One calendar off: kept by its UID. */
  adw_switch_row_set_active (ADW_SWITCH_ROW (personal), FALSE);
  hidden = g_settings_get_strv (settings, "hidden-calendars");
  g_assert_cmpstrv (hidden, ((const char *[]) { "system-calendar", NULL }));
  g_clear_pointer (&hidden, g_strfreev);

  /* A calendar added later in EDS is on, under its account. */
  registry = eds_test_registry ();
  source = eds_test_add_local_calendar (registry, "Conferences");
  find.title = "Conferences";
  test_wait_until (row_is_there, &find);
  added = find_row (group, "Conferences");
  g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (added)));
  g_assert_true (gtk_widget_get_sensitive (added));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (added)), ==, "On This Computer");
  /* The rows made again keep what was switched off. */
  personal = find_row (group, "Personal");
  g_assert_false (adw_switch_row_get_active (ADW_SWITCH_ROW (personal)));

  adw_switch_row_set_active (ADW_SWITCH_ROW (personal), TRUE);
  hidden = g_settings_get_strv (settings, "hidden-calendars");
  g_assert_cmpuint (g_strv_length (hidden), ==, 0);

  eds_test_remove_source (source);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "calendars-enabled");
}

/* Preferences asks EDS when opened, even before the user agreed. */
static void
test_dialog_asks (void)
{
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  GtkWidget *window = gtk_window_new ();
  AdwDialog *dialog = rapport_preferences_dialog_new_with_calendars (sources);
  Find find = { GTK_WIDGET (dialog), "Personal" };

  gtk_window_present (GTK_WINDOW (window));
  adw_dialog_present (dialog, window);
  g_assert_cmpint (rapport_source_list_get_state (sources), !=, RAPPORT_SOURCE_LIST_IDLE);
  test_wait_until (row_is_there, &find);
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), "_Remind Me of People to Get Back To"));

  adw_dialog_force_close (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unavailable (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
      g_autoptr(GSettings) settings = NULL;
      g_autofree char *address = g_build_filename (g_get_tmp_dir (), "rapport-no-bus-here", NULL);
      g_autofree char *variable = g_strconcat ("unix:path=", address, NULL);
      GtkWidget *group;

      g_setenv ("DBUS_SESSION_BUS_ADDRESS", variable, TRUE);
      /* GTK's accessibility needs the bus too, and would warn without. */
      g_setenv ("GTK_A11Y", "none", TRUE);
      adw_init ();
      settings = g_settings_new (APP_ID);
      group = g_object_ref_sink (rapport_calendars_group_new (sources, settings));
      rapport_source_list_start (sources);
      test_wait_until (is_settled, sources);
      g_assert_cmpint (rapport_source_list_get_state (sources), ==, RAPPORT_SOURCE_LIST_UNAVAILABLE);
      g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                "Evolution Data Server"));
      g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                ".ics files can still be imported"));
      g_assert_null (find_row (group, "_Show Events From Your Calendars"));
      g_object_unref (group);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The subprocess sets its session bus up first. */
  if (!g_test_subprocess ())
    adw_init ();

  g_test_add_func ("/rapport/calendars-ui/switches", test_switches);
  g_test_add_func ("/rapport/calendars-ui/dialog-asks", test_dialog_asks);
  g_test_add_func ("/rapport/calendars-ui/unavailable", test_unavailable);

  return g_test_run ();
}
