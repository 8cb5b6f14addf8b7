/* test-calendar-sources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop's calendars as Preferences lists them, against a private
 * Evolution Data Server (tests/eds-run.sh): a calendar added, renamed,
 * switched off and removed there follows in the list, with exact
 * items-changed; and without EDS, the list says it is unavailable.
 */

#include "config.h"

#include "eds-test-util.h"
#include "rapport-source-list.h"
#include "rapport-ui-test-util.h"

typedef struct
{
  RapportSourceList *sources;
  guint n_items;
  guint changes;
} Watch;

/* Checks each items-changed against the count it had before. */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  g_assert_cmpuint (position + removed, <=, watch->n_items);
  g_assert_cmpuint (watch->n_items - removed + added, ==, g_list_model_get_n_items (model));
  watch->n_items = g_list_model_get_n_items (model);
  watch->changes++;
}

static gboolean
is_ready (gpointer data)
{
  return rapport_source_list_get_state (data) == RAPPORT_SOURCE_LIST_READY;
}

static gboolean
is_not_connecting (gpointer data)
{
  return rapport_source_list_get_state (data) != RAPPORT_SOURCE_LIST_CONNECTING;
}

typedef struct
{
  RapportSourceList *sources;
  const char *uid;
  const char *name;
} Lookup;

static gboolean
is_listed_as (gpointer data)
{
  Lookup *lookup = data;
  RapportSource *calendar = rapport_source_list_lookup (lookup->sources, lookup->uid);

  return calendar != NULL && g_str_equal (rapport_source_get_name (calendar), lookup->name);
}

static gboolean
is_gone (gpointer data)
{
  Lookup *lookup = data;

  return rapport_source_list_lookup (lookup->sources, lookup->uid) == NULL;
}

static guint
position_of (GListModel *model,
             const char *uid)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportSource) calendar = g_list_model_get_item (model, i);

      if (g_str_equal (rapport_source_get_uid (calendar), uid))
        return i;
    }
  g_assert_not_reached ();
}

static void
test_lists_and_follows (void)
{
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  Watch watch = { sources, 0, 0 };
  Lookup lookup = { sources, "system-calendar", NULL };
  RapportSource *calendar;
  guint changes;

  g_signal_connect (sources, "items-changed", G_CALLBACK (items_changed_cb), &watch);
  /* Nothing is asked of EDS until Rapport has drawn its window. */
  g_assert_cmpint (rapport_source_list_get_state (sources), ==, RAPPORT_SOURCE_LIST_IDLE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 0);

  rapport_source_list_start (sources);
  g_assert_cmpint (rapport_source_list_get_state (sources), ==, RAPPORT_SOURCE_LIST_CONNECTING);
  test_wait_until (is_ready, sources);
  g_assert_null (rapport_source_list_get_problem (sources));

  /* A new EDS has its "Personal" calendar, on this computer. */
  calendar = rapport_source_list_lookup (sources, "system-calendar");
  g_assert_nonnull (calendar);
  g_assert_cmpstr (rapport_source_get_name (calendar), ==, "Personal");
  g_assert_cmpstr (rapport_source_get_account (calendar), ==, "On This Computer");
  g_assert_cmpuint (watch.changes, >, 0);

  /* Added in another app: listed, under its account, in order. */
  registry = eds_test_registry ();
  source = eds_test_add_local_calendar (registry, "Conferences");
  lookup.uid = e_source_get_uid (source);
  lookup.name = "Conferences";
  test_wait_until (is_listed_as, &lookup);
  calendar = rapport_source_list_lookup (sources, lookup.uid);
  g_assert_cmpstr (rapport_source_get_account (calendar), ==, "On This Computer");
  g_assert_cmpuint (position_of (G_LIST_MODEL (sources), lookup.uid), <,
                    position_of (G_LIST_MODEL (sources), "system-calendar"));

  /* Renamed: the new name, and one row changed, not the whole list. */
  changes = watch.changes;
  e_source_set_display_name (source, "Workshops");
  eds_test_write_source (source);
  lookup.name = "Workshops";
  test_wait_until (is_listed_as, &lookup);
  g_assert_cmpuint (watch.changes, >, changes);
  g_assert_cmpuint (position_of (G_LIST_MODEL (sources), lookup.uid), >,
                    position_of (G_LIST_MODEL (sources), "system-calendar"));

  /* Switched off in EDS, then on again, then removed. */
  e_source_set_enabled (source, FALSE);
  eds_test_write_source (source);
  test_wait_until (is_gone, &lookup);
  e_source_set_enabled (source, TRUE);
  eds_test_write_source (source);
  test_wait_until (is_listed_as, &lookup);
  eds_test_remove_source (source);
  test_wait_until (is_gone, &lookup);
  g_assert_nonnull (rapport_source_list_lookup (sources, "system-calendar"));

  g_signal_handlers_disconnect_by_func (sources, items_changed_cb, &watch);
}

/* A desktop without EDS: the session bus does not answer for it. */
static void
test_unavailable (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
      g_autofree char *address = g_build_filename (g_get_tmp_dir (), "rapport-no-bus-here", NULL);
      g_autofree char *variable = g_strconcat ("unix:path=", address, NULL);

      g_setenv ("DBUS_SESSION_BUS_ADDRESS", variable, TRUE);
      rapport_source_list_start (sources);
      test_wait_until (is_not_connecting, sources);
      g_assert_cmpint (rapport_source_list_get_state (sources), ==, RAPPORT_SOURCE_LIST_UNAVAILABLE);
      g_assert_nonnull (rapport_source_list_get_problem (sources));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 0);
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

  g_test_add_func ("/rapport/calendar-sources/lists-and-follows", test_lists_and_follows);
  g_test_add_func ("/rapport/calendar-sources/unavailable", test_unavailable);

  return g_test_run ();
}
