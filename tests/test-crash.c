/* test-crash.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Crash safety: a writer process adds people, edits them, logs
 * interactions and imports batches, saying on a pipe what each commit was;
 * it is killed with SIGKILL at a random moment, again and again. After each
 * kill the database is opened (recovering the write-ahead log), checked
 * with PRAGMA integrity_check, and every reported commit must be there —
 * and no batch may be there in part.
 *
 *   RAPPORT_CRASH_KILLS=500 build-aux/dev test   (40 kills by default)
 */

#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rapport-test-util.h"

#define BATCH_SIZE 40

/* The writer: runs until killed, one line on stdout per commit. */
static int
writer (const char *path,
        guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (path, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);

  if (store == NULL)
    g_error ("%s", error->message);

  for (guint n = 0; ; n++)
    {
      int what = g_rand_int_range (rand, 0, 10);

      if (what < 4 || mine->len == 0)
        {
          g_autofree char *name = g_strdup_printf ("W%u-%u", seed, n);
          RapportContact *contact = rapport_contact_new ();

          rapport_contact_set_display_name (contact, name);
          rapport_contact_set_notes (contact, "written before a crash");
          if (!rapport_store_add_contact (store, contact, &error))
            g_error ("%s", error->message);
          g_ptr_array_add (mine, contact);
          printf ("add %" G_GINT64_FORMAT " %s\n", rapport_contact_get_id (contact), name);
        }
      else if (what < 7)
        {
          RapportContact *contact = g_ptr_array_index (mine, g_rand_int_range (rand, 0, (gint32) mine->len));
          g_autofree char *company = g_strdup_printf ("rev %u", n);

          rapport_contact_set_company (contact, company);
          if (!rapport_store_save_contact (store, contact, &error))
            g_error ("%s", error->message);
          printf ("edit %" G_GINT64_FORMAT " %u\n", rapport_contact_get_id (contact), n);
        }
      else if (what < 9)
        {
          RapportContact *contact = g_ptr_array_index (mine, g_rand_int_range (rand, 0, (gint32) mine->len));
          gint64 id = rapport_contact_get_id (contact);
          g_autoptr(RapportInteraction) call = rapport_interaction_new (RAPPORT_INTERACTION_CALL, NULL);

          rapport_interaction_set_summary (call, "Call");
          rapport_interaction_set_contact_ids (call, &id, 1);
          if (!rapport_store_add_interaction (store, call, &error))
            g_error ("%s", error->message);
          printf ("call %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", rapport_interaction_get_id (call), id);
        }
      else
        {
          /* An import: BATCH_SIZE people in one transaction. */
          g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
          g_autoptr(RapportImportReport) report = NULL;

          for (guint i = 0; i < BATCH_SIZE; i++)
            {
              g_autofree char *name = g_strdup_printf ("B%u-%u-%u", seed, n, i);
              RapportContact *contact = rapport_contact_new ();

              rapport_contact_set_display_name (contact, name);
              g_ptr_array_add (people, contact);
            }
          report = rapport_store_import (store, people, RAPPORT_IMPORT_FORMAT_CSV, NULL, NULL, NULL, &error);
          if (report == NULL)
            g_error ("%s", error->message);
          printf ("batch B%u-%u-\n", seed, n);
        }
      fflush (stdout);
    }
  return 0;
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           const char *text,
           gint64      number)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

typedef struct
{
  guint kills;
  guint commits;
} Totals;

/* Every line the writer printed is a commit that must have survived. */
static void
check (const char *path,
       GString    *reported,
       Totals     *totals)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (path, &error);
  g_auto(GStrv) lines = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Opening recovers the log; the file must be whole. */
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  lines = g_strsplit (reported->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", 3);
      guint n = g_strv_length (words);

      /* The last line may be cut by the kill: only whole lines count. */
      if (lines[i + 1] == NULL)
        break;
      g_assert_cmpuint (n, >=, 2);
      totals->commits++;
      if (g_str_equal (words[0], "add"))
        g_assert_cmpint (query_int (db, "SELECT count(*) FROM contact WHERE display_name = ?1", words[2], 0), ==, 1);
      else if (g_str_equal (words[0], "edit"))
        {
          /* This revision, or a later one committed but not yet reported. */
          gint64 rev = query_int (db, "SELECT CAST (substr (company, 5) AS INTEGER) FROM contact WHERE id = ?1",
                                  NULL, g_ascii_strtoll (words[1], NULL, 10));

          g_assert_cmpint (rev, >=, g_ascii_strtoll (words[2], NULL, 10));
        }
      else if (g_str_equal (words[0], "call"))
        g_assert_cmpint (query_int (db, "SELECT count(*) FROM interaction_contact WHERE interaction_id = ?1",
                                    NULL, g_ascii_strtoll (words[1], NULL, 10)), ==, 1);
      else if (g_str_equal (words[0], "batch"))
        {
          g_autofree char *like = g_strconcat (words[1], "%", NULL);

          g_assert_cmpint (query_int (db, "SELECT count(*) FROM contact WHERE display_name LIKE ?1", like, 0),
                           ==, BATCH_SIZE);
        }
      else
        g_assert_not_reached ();
    }

  /* No import is there in part, reported or not. */
  {
    g_autoptr(GHashTable) batches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    GHashTableIter iter;
    gpointer count;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT display_name FROM contact WHERE display_name LIKE 'B%'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *name = (const char *) sqlite3_column_text (stmt, 0);
        char *batch = g_strndup (name, (gsize) (strrchr (name, '-') - name));

        count = g_hash_table_lookup (batches, batch);
        g_hash_table_insert (batches, batch, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
      }
    sqlite3_finalize (stmt);
    g_hash_table_iter_init (&iter, batches);
    while (g_hash_table_iter_next (&iter, NULL, &count))
      g_assert_cmpuint (GPOINTER_TO_UINT (count), ==, BATCH_SIZE);
  }
  sqlite3_close (db);
}

static void
test_kill_writers (void)
{
  const char *env = g_getenv ("RAPPORT_CRASH_KILLS");
  guint kills = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 40;
  g_autofree char *dir = g_dir_make_tmp ("rapport-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.db", NULL);
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  Totals totals = { 0, 0 };

  for (guint k = 0; k < kills; k++)
    {
      g_autofree char *seed = g_strdup_printf ("%u", k + 1);
      const char *argv[] = { self_path, "--writer", path, seed, NULL };
      g_autoptr(GString) reported = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      GPid pid;
      int out_fd, status;
      char buffer[4096];
      gint64 deadline = g_get_monotonic_time () + g_random_int_range (2, 80) * 1000;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* Read what it reports until the moment comes, then kill it. */
      g_unix_set_fd_nonblocking (out_fd, TRUE, NULL);
      while (g_get_monotonic_time () < deadline)
        {
          ssize_t got = read (out_fd, buffer, sizeof buffer);

          if (got > 0)
            g_string_append_len (reported, buffer, got);
          else
            g_usleep (200);   /* the kill comes at its moment, not when the app next writes */
        }
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      for (ssize_t got; (got = read (out_fd, buffer, sizeof buffer)) > 0;)
        g_string_append_len (reported, buffer, got);
      close (out_fd);

      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      check (path, reported, &totals);
      totals.kills++;
    }

  g_test_message ("%u kills, %u commits checked, no corruption, no commit lost", totals.kills, totals.commits);
}

/* The real program, killed while it imports: the import is there whole
 * or not at all. */
static void
test_kill_rapport_import (void)
{
  const char *rapport = g_getenv ("RAPPORT_BIN");
  g_autofree char *dir = g_dir_make_tmp ("rapport-crash-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.db", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint kills = 0, whole = 0, none = 0;
  const guint rows = 3000;

  if (rapport == NULL)
    {
      g_test_skip ("RAPPORT_BIN is not set");
      return;
    }
  g_setenv ("RAPPORT_DATA_DIR", dir, TRUE);

  for (guint k = 0; k < 12; k++)
    {
      g_autofree char *csv_path = g_strdup_printf ("%s/Connections-%u.csv", dir, k);
      g_autoptr(GString) csv = g_string_new ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
      const char *argv[] = { rapport, "--import", csv_path, NULL };
      g_autoptr(GError) error = NULL;
      GPid pid;
      int status;
      gint64 before, after;

      for (guint i = 0; i < rows; i++)
        g_string_append_printf (csv, "Import%u,Person %u,https://www.linkedin.com/in/k%u-p%u,,Kiln,Potter,01 Jan 2024\r\n",
                                k, i, k, i);
      g_assert_true (g_file_set_contents (csv_path, csv->str, (gssize) csv->len, NULL));

      {
        g_autoptr(RapportStore) store = rapport_store_open (path, &error);
        g_autoptr(GArray) ids = NULL;

        g_assert_no_error (error);
        ids = rapport_store_list_contact_ids (store, &error);
        before = ids->len;
      }

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD |
                                    G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      /* A kill at any moment of its start or work is what is tested. */
      g_usleep (g_random_int_range (20, 400) * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      kills++;

      /* Whole, and the import all there or not at all. */
      {
        g_autoptr(RapportStore) store = rapport_store_open (path, &error);
        g_autoptr(GArray) ids = NULL;
        sqlite3 *db = NULL;
        sqlite3_stmt *stmt = NULL;

        g_assert_no_error (error);
        ids = rapport_store_list_contact_ids (store, &error);
        after = ids->len;
        g_assert_true (after == before || after == before + rows);
        if (after == before)
          none++;
        else
          whole++;
        g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
        sqlite3_finalize (stmt);
        sqlite3_close (db);
      }
    }

  g_test_message ("rapport --import killed %u times: %u imports whole, %u not there at all, none in part",
                  kills, whole, none);
  g_setenv ("RAPPORT_DATA_DIR", "", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 4 && g_str_equal (argv[1], "--writer"))
    return writer (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rapport/crash/kill-writers", test_kill_writers);
  g_test_add_func ("/rapport/crash/kill-rapport-import", test_kill_rapport_import);
  return g_test_run ();
}
