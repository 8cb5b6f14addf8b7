/* rapport-bench-calendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop's calendars at scale, against the private Evolution Data
 * Server of tests/eds-run.sh: a local calendar filled through libecal with
 * PER_YEAR events a year over YEARS years (one in twenty weekly, six
 * times), two to four attendees each among the generator's people
 * (personN@example.org), then:
 *
 * - the feed: from switching the calendars on to every event of the
 *   window (60 days back, 90 ahead) listed, and the longest the main loop
 *   was held up meanwhile (a timeout every 10 ms notes the longest gap);
 * - with --people DATABASE (made by rapport-generate; a copy is used):
 *   matching every attendee of the window to a person by email, the
 *   after-meeting prompts, and bringing prepared events up to date, each
 *   timed as one call;
 * - with --app RAPPORT too: the app's start-up to its first frame
 *   (RAPPORT_REPORT_FIRST_FRAME) on an empty database, on DATABASE, and
 *   on DATABASE with the calendars on, medians of --runs runs.
 *
 *   tests/eds-run.sh rapport-bench-calendar [--per-year 2000] [--years 5]
 *                    [--people DATABASE] [--app RAPPORT] [--runs 5]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libecal/libecal.h>
#include <locale.h>

#include "rapport-calendar-feed.h"
#include "rapport-store.h"

typedef struct
{
  gint64 last;
  gint64 longest_gap;
} Watch;

static gboolean
watch_tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  watch->longest_gap = MAX (watch->longest_gap, now - watch->last);
  watch->last = now;
  return G_SOURCE_CONTINUE;
}

static ECalClient *
fill_calendar (int per_year,
               int years)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ESourceRegistry) registry = e_source_registry_new_sync (NULL, &error);
  g_autoptr(ESource) scratch = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) first_day = g_date_time_add_days (now, -(years - 1) * 365 - 182);
  GSList *batch = NULL;
  EClient *client;
  int total = per_year * years;
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  scratch = e_source_new (NULL, NULL, &error);
  e_source_set_parent (scratch, "local-stub");
  e_source_set_display_name (scratch, "Bench");
  e_source_backend_set_backend_name (e_source_get_extension (scratch, E_SOURCE_EXTENSION_CALENDAR), "local");
  e_source_registry_commit_source_sync (registry, scratch, NULL, &error);
  g_assert_no_error (error);
  source = e_source_registry_ref_source (registry, e_source_get_uid (scratch));
  client = e_cal_client_connect_sync (source, E_CAL_CLIENT_SOURCE_TYPE_EVENTS, -1, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < total; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (first_day, (gint) ((gint64) i * years * 365 / total));
      g_autoptr(GDateTime) begins = g_date_time_new_utc (g_date_time_get_year (day), g_date_time_get_month (day),
                                                          g_date_time_get_day_of_month (day),
                                                          g_rand_int_range (rand, 8, 18), 0, 0);
      g_autoptr(GDateTime) ends = g_date_time_add_hours (begins, 1);
      g_autofree char *begins_text = g_date_time_format (begins, "%Y%m%dT%H%M%SZ");
      g_autofree char *ends_text = g_date_time_format (ends, "%Y%m%dT%H%M%SZ");
      g_autoptr(GString) ical = g_string_new (NULL);
      int attendees = g_rand_int_range (rand, 2, 5);

      g_string_append_printf (ical, "BEGIN:VEVENT\r\nUID:bench-%d@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                                    "SUMMARY:Meeting %d\r\nLOCATION:Room %d\r\nDTSTART:%s\r\nDTEND:%s\r\n",
                              i, i, g_rand_int_range (rand, 1, 40), begins_text, ends_text);
      if (i % 20 == 0)
        g_string_append (ical, "RRULE:FREQ=WEEKLY;COUNT=6\r\n");
      for (int a = 0; a < attendees; a++)
        {
          guint person = g_rand_int_range (rand, 0, 30000);

          /* By email alone, as many invitations name people. */
          g_string_append_printf (ical, "%s:mailto:person%u@example.org\r\n",
                                  a == 0 ? "ORGANIZER" : "ATTENDEE", person);
          if (a == 0)
            g_string_append_printf (ical, "ATTENDEE:mailto:person%u@example.org\r\n", person);
        }
      g_string_append (ical, "END:VEVENT\r\n");
      batch = g_slist_prepend (batch, i_cal_component_new_from_string (ical->str));
      if (g_slist_length (batch) == 500 || i == total - 1)
        {
          e_cal_client_create_objects_sync (E_CAL_CLIENT (client), batch, E_CAL_OPERATION_FLAG_NONE, NULL, NULL, &error);
          g_assert_no_error (error);
          g_slist_free_full (g_steal_pointer (&batch), g_object_unref);
        }
    }

  g_print ("Calendar: %d events (%d a year over %d years, one in 20 weekly ×6), filled in %.1f s\n",
           total, per_year, years, (g_get_monotonic_time () - start) / 1e6);
  return E_CAL_CLIENT (client);
}

static gboolean
feed_loaded (RapportCalendarFeed *feed)
{
  g_auto(GStrv) complete = rapport_calendar_feed_dup_complete_sources (feed);

  /* Every calendar of the private EDS: its own three and the bench's. */
  return !rapport_calendar_feed_get_loading (feed) &&
         g_list_model_get_n_items (G_LIST_MODEL (feed)) > 0 &&
         g_strv_length (complete) == g_list_model_get_n_items (G_LIST_MODEL (rapport_calendar_feed_get_sources (feed)));
}

static GPtrArray *
measure_feed (RapportCalendarFeed *feed)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);
  Watch watch = { g_get_monotonic_time (), 0 };
  gint64 start = g_get_monotonic_time ();
  guint tick_id = g_timeout_add (10, watch_tick_cb, &watch);
  gint64 elapsed;

  rapport_calendar_feed_set_enabled (feed, TRUE);
  while (!feed_loaded (feed))
    g_main_context_iteration (NULL, TRUE);
  elapsed = g_get_monotonic_time () - start;
  g_source_remove (tick_id);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (feed)); i++)
    g_ptr_array_add (events, g_list_model_get_item (G_LIST_MODEL (feed), i));
  g_print ("Feed: %u occurrences in the window listed %.0f ms after switching the calendars on; "
           "longest main-loop stall meanwhile %.0f ms\n",
           events->len, elapsed / 1000.0, watch.longest_gap / 1000.0);
  return events;
}

static void
measure_store (const char *database,
               GPtrArray  *events,
               GDateTime  *from,
               GDateTime  *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("rapport-bench-calendar-XXXXXX", &error);
  g_autofree char *copy = g_build_filename (folder, "rapport.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GPtrArray) prompts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gsize length;
  guint people = 0, matched = 0;
  gint64 start;

  g_assert_no_error (error);
  g_file_get_contents (database, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
  store = rapport_store_open (copy, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < events->len; i++)
    {
      GPtrArray *attendees = rapport_calendar_event_get_attendees (events->pdata[i]);

      for (guint a = 0; a < attendees->len; a++)
        {
          g_autoptr(GArray) suggestions = NULL;

          people++;
          matched += rapport_store_match_calendar_person (store, attendees->pdata[a], &suggestions, &error) > 0;
          g_assert_no_error (error);
        }
    }
  g_print ("Matching: %u attendees of the window to 30,000 people by email, %u matched, in %.0f ms (%.3f ms each)\n",
           people, matched, (g_get_monotonic_time () - start) / 1000.0,
           people ? (g_get_monotonic_time () - start) / 1000.0 / people : 0.0);

  start = g_get_monotonic_time ();
  prompts = rapport_store_list_meeting_prompts (store, events, now, &error);
  g_assert_no_error (error);
  g_print ("After-meeting prompts: %u from %u occurrences in %.0f ms\n",
           prompts->len, events->len, (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  rapport_store_follow_calendar (store, events, NULL, from, to, &error);
  g_assert_no_error (error);
  g_print ("Following the calendar (prepared events brought up to date): %.0f ms\n",
           (g_get_monotonic_time () - start) / 1000.0);

  g_clear_object (&store);
  g_unlink (copy);
  g_rmdir (folder);
}

/* One start of the app to its first frame, in ms. */
static double
start_app (const char *app,
           const char *database,
           gboolean    calendars)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("rapport-bench-start-XXXXXX", &error);
  g_autofree char *config = g_build_filename (folder, "config", NULL);
  g_autofree char *keyfile_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (keyfile_dir, "keyfile", NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { app, NULL };
  gint64 start;
  int status;

  g_assert_no_error (error);
  if (database != NULL)
    {
      g_autofree char *contents = NULL;
      g_autofree char *copy = g_build_filename (folder, "rapport.db", NULL);
      gsize length;

      g_file_get_contents (database, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (copy, contents, length, &error);
      g_assert_no_error (error);
    }
  g_mkdir_with_parents (keyfile_dir, 0700);
  g_file_set_contents (keyfile, calendars ? "[io/github/rapportapp/Rapport]\ncalendars-enabled=true\n" : "", -1, &error);
  g_assert_no_error (error);
  env = g_environ_setenv (env, "RAPPORT_DATA_DIR", folder, TRUE);
  env = g_environ_setenv (env, "RAPPORT_REPORT_FIRST_FRAME", "1", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);

  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "first-frame "));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_start (const char *app,
              const char *database,
              gboolean    calendars,
              int         runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < runs; i++)
    {
      double ms = start_app (app, database, calendars);

      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, runs / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— the desktop's calendars at scale (under tests/eds-run.sh)");
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportSourceList) sources = NULL;
  g_autoptr(RapportCalendarFeed) feed = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *database = NULL;
  g_autofree char *app = NULL;
  int per_year = 2000, years = 5, runs = 5;
  ECalClient *client;
  GOptionEntry entries[] = {
    { "per-year", 0, 0, G_OPTION_ARG_INT, &per_year, "Events a year (2000)", "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, "Years of events (5)", "N" },
    { "people", 0, 0, G_OPTION_ARG_FILENAME, &database, "A database made by rapport-generate", "DATABASE" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The rapport program, to time its start-up", "RAPPORT" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Start-ups of each kind (5)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  client = fill_calendar (per_year, years);
  sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  feed = rapport_calendar_feed_new (sources);
  events = measure_feed (feed);
  if (database != NULL)
    measure_store (database, events, rapport_calendar_feed_get_from (feed), rapport_calendar_feed_get_to (feed));
  if (database != NULL && app != NULL)
    {
      double empty = median_start (app, NULL, FALSE, runs);
      double people = median_start (app, database, FALSE, runs);
      double full = median_start (app, database, TRUE, runs);

      /* The same people without the calendars tell what they add. */
      g_print ("Start-up to the first frame, medians of %d: empty database %.0f ms; 30,000 people %.0f ms (%.2f×); "
               "30,000 people with the calendars on %.0f ms: %.2f× (target 1.3×: %s)\n",
               runs, empty, people, people / empty, full, full / empty, full / empty <= 1.3 ? "met" : "MISSED");
    }

  g_object_unref (client);
  return 0;
}
