/* rapport-bench-jobs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long the window stops answering during Export, Back Up and Restore:
 * a window on a database (made by rapport-generate), each job started as
 * the window starts it, and a timeout every 10 ms that notes the longest
 * gap between two of its calls — the longest the main loop was held up.
 *
 *   rapport-bench-jobs [--on-main-thread] DATABASE FOLDER
 *
 * writes the backup and the export into FOLDER and restores the backup
 * into DATABASE; first, two seconds of nothing give the stalls the
 * machine itself causes (a loaded machine has some). --on-main-thread does the same work the way the window
 * did before it had workers: the store's calls, in a main-loop callback.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "rapport-transfer.h"
#include "rapport-window.h"

typedef struct
{
  gint64 last;
  gint64 longest_gap;
  gint64 longest_ended;
  guint ticks;
} Watch;

static gboolean
watch_tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (now - watch->last > watch->longest_gap)
    {
      watch->longest_gap = now - watch->last;
      watch->longest_ended = now;
    }
  watch->last = now;
  watch->ticks++;
  return G_SOURCE_CONTINUE;
}

typedef struct
{
  RapportWindow *window;
  RapportStore *store;
  const char *name;
  GFile *file;
  gboolean on_main_thread;
  gboolean done;
} Job;

/* The work as the window's callbacks did it, on the main thread. */
static gboolean
run_on_main_thread_cb (gpointer data)
{
  Job *job = data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_str_equal (job->name, "export"))
    {
      g_autoptr(GArray) ids = rapport_store_list_contact_ids (job->store, &error);
      g_autoptr(GBytes) bytes = rapport_transfer_export (job->store, ids, RAPPORT_EXPORT_FORMAT_VCARD, &error);

      ok = bytes != NULL && g_file_replace_contents (job->file, g_bytes_get_data (bytes, NULL),
                                                     g_bytes_get_size (bytes), NULL, FALSE, G_FILE_CREATE_NONE,
                                                     NULL, NULL, &error);
    }
  else if (g_str_equal (job->name, "back-up"))
    ok = rapport_store_back_up (job->store, path, &error);
  else
    ok = rapport_store_restore (job->store, path, NULL, &error);
  if (!ok)
    g_error ("%s: %s", job->name, error->message);
  job->done = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
idle_done_cb (gpointer data)
{
  Job *job = data;

  job->done = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_done (Job *job)
{
  if (job->on_main_thread || g_str_equal (job->name, "nothing"))
    return job->done;
  return g_action_group_get_action_enabled (G_ACTION_GROUP (job->window), "back-up");
}

static void
run (Job *job)
{
  Watch watch = { 0 };
  gint64 start;
  guint tick_id;

  /* Settled first: what the window does at start is not the job's. */
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);

  start = watch.last = g_get_monotonic_time ();
  tick_id = g_timeout_add (10, watch_tick_cb, &watch);
  if (g_str_equal (job->name, "nothing"))
    g_timeout_add_seconds (2, idle_done_cb, job);
  else if (job->on_main_thread)
    g_idle_add (run_on_main_thread_cb, job);
  else if (g_str_equal (job->name, "export"))
    rapport_window_export_to_file (job->window, NULL, job->file);
  else if (g_str_equal (job->name, "back-up"))
    rapport_window_back_up_to_file (job->window, job->file);
  else
    rapport_window_restore_file (job->window, job->file);

  g_main_context_iteration (NULL, TRUE);
  while (!is_done (job))
    g_main_context_iteration (NULL, TRUE);
  watch_tick_cb (&watch);
  g_source_remove (tick_id);

  g_print ("%-8s %-12s %6.0f ms in all   longest main-loop stall %5.0f ms, ending at %5.0f ms   (%u ticks of 10 ms)\n",
           job->name, job->on_main_thread ? "main thread" : "worker", (g_get_monotonic_time () - start) / 1000.0,
           watch.longest_gap / 1000.0, (watch.longest_ended - start) / 1000.0, watch.ticks);
}

int
main (int   argc,
      char *argv[])
{
  gboolean on_main_thread = FALSE;
  g_autoptr(GOptionContext) context = g_option_context_new ("DATABASE FOLDER");
  GOptionEntry entries[] = {
    { "on-main-thread", 0, 0, G_OPTION_ARG_NONE, &on_main_thread, "Do the work as before, on the main thread", NULL },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *export_path = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GFile) vcards = NULL;
  RapportWindow *window;
  guint n;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error ? error->message : "rapport-bench-jobs [--on-main-thread] DATABASE FOLDER");
      return 2;
    }

  gtk_init ();
  adw_init ();
  store = rapport_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  {
    g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);

    n = ids->len;
  }
  backup_path = g_build_filename (argv[2], "backup.db", NULL);
  export_path = g_build_filename (argv[2], "everyone.vcf", NULL);
  backup = g_file_new_for_path (backup_path);
  vcards = g_file_new_for_path (export_path);

  window = g_object_new (RAPPORT_TYPE_WINDOW, "store", store, "default-width", 1000, "default-height", 700, NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  g_print ("%u people, %s\n", n, argv[1]);
  /* What the machine itself adds: two seconds of nothing. */
  run (&(Job) { window, store, "nothing", NULL, on_main_thread, FALSE });
  run (&(Job) { window, store, "back-up", backup, on_main_thread, FALSE });
  run (&(Job) { window, store, "export", vcards, on_main_thread, FALSE });
  run (&(Job) { window, store, "restore", backup, on_main_thread, FALSE });

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
