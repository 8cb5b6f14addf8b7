/* test-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backing up while Rapport runs and restoring: a real copy on disk, the
 * data replaced in place, the replaced data kept, and bad files refused
 * with nothing changed; and export, backup and restore on a worker thread
 * with a connection of its own, where Cancel leaves everything as it was.
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "rapport-bench-data.h"
#include "rapport-test-util.h"
#include "rapport-transfer.h"

static guint
n_people (RapportStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
test_back_up_and_restore (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = NULL;
  g_autoptr(RapportInteraction) call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "Call",
                                                             IDS (rapport_contact_get_id (ana)));
  g_autofree char *dir = g_dir_make_tmp ("rapport-backup-XXXXXX", NULL);
  g_autofree char *backup = g_build_filename (dir, "Rapport backup.db", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;

  /* A copy that is a Rapport database of its own. */
  g_assert_true (rapport_store_back_up (store, backup, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RapportStore) copy = rapport_store_open (backup, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n_people (copy), ==, 1);
  }
  g_assert_cmpint (g_stat (backup, &before), ==, 0);

  /* Changes after the backup... */
  ben = test_add_person (store, "Ben");
  rapport_contact_set_company (ana, "Kiln Ltd");
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_cmpuint (n_people (store), ==, 2);

  /* ...are gone after the restore, in the file and in the objects in use;
   * they are kept in a backup of their own. The backup is only read. */
  g_assert_true (rapport_store_restore (store, backup, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_people (store), ==, 1);
  g_assert_cmpstr (rapport_contact_get_company (ana), ==, "");
  g_assert_cmpint (rapport_contact_get_id (ben), ==, 0);
  {
    g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, rapport_contact_get_id (ana));

    g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  }
  g_assert_nonnull (kept);
  {
    g_autoptr(RapportStore) previous = rapport_store_open (kept, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n_people (previous), ==, 2);
  }

  /* Kept with the other backups, and listed to be restored: also one an
   * earlier version kept beside the database. */
  {
    g_autofree char *backups = rapport_store_dup_backup_dir (store);
    g_autofree char *kept_dir = g_path_get_dirname (kept);
    g_autofree char *kept_name = g_path_get_basename (kept);
    g_autofree char *data_dir = g_path_get_dirname (rapport_store_get_path (store));
    g_autofree char *old = g_build_filename (data_dir, "rapport-before-restore-2020-01-02-030405.db", NULL);
    g_autoptr(GPtrArray) copies = NULL;

    g_assert_cmpstr (kept_dir, ==, backups);
    g_assert_true (g_str_has_prefix (kept_name, "rapport-before-restore-"));
    g_assert_true (g_file_set_contents (old, "", 0, NULL));
    copies = rapport_store_list_restore_copies (store);
    g_assert_cmpuint (copies->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (copies, 0), ==, kept);
    g_assert_cmpstr (g_ptr_array_index (copies, 1), ==, old);
    /* Not taken for a daily backup, nor pruned as one. */
    g_ptr_array_unref (copies);
    copies = rapport_store_list_backups (backups);
    g_assert_cmpuint (copies->len, ==, 0);
  }
  g_assert_cmpint (g_stat (backup, &after), ==, 0);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_cmpint (after.st_size, ==, before.st_size);

  /* And it goes on working: a write after the restore. */
  {
    g_autoptr(RapportContact) cy = test_add_person (store, "Cy");

    g_assert_cmpuint (n_people (store), ==, 2);
  }
}

static void
test_restore_refuses (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autofree char *dir = g_dir_make_tmp ("rapport-backup-XXXXXX", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *older = g_build_filename (dir, "older.db", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  /* Not a database: refused, nothing changed, nothing kept. */
  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  g_assert_false (rapport_store_restore (store, text, &kept, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);
  g_assert_null (kept);
  g_assert_cmpuint (n_people (store), ==, 1);
  g_assert_cmpstr (rapport_contact_get_display_name (ana), ==, "Ana");

  /* A backup from an earlier version: brought up to date as it is read. */
  {
    g_autoptr(RapportStore) old = rapport_store_open_at_version (older, 3, &error);

    g_assert_no_error (error);
  }
  g_assert_true (rapport_store_restore (store, older, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_people (store), ==, 0);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, RAPPORT_STORE_SCHEMA_VERSION);
  {
    g_autoptr(RapportContact) ben = test_add_person (store, "Ben");

    g_assert_cmpuint (n_people (store), ==, 1);
  }
}

static void
test_daily (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autofree char *dir = rapport_store_dup_backup_dir (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  /* Ten days in a row, twice a day: one a day, the last seven kept. */
  for (guint day = 1; day <= 10; day++)
    for (guint twice = 0; twice < 2; twice++)
      {
        g_autofree char *iso = g_strdup_printf ("2026-11-%02u", day);

        g_assert_true (rapport_store_back_up_daily (store, dir, test_date (iso), 7, &error));
        g_assert_no_error (error);
      }
  backups = rapport_store_list_backups (dir);
  g_assert_cmpuint (backups->len, ==, 7);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 0), "rapport-2026-11-10.db"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 6), "rapport-2026-11-04.db"));

  /* Each is a whole Rapport database. */
  {
    g_autoptr(RapportStore) copy = rapport_store_open (g_ptr_array_index (backups, 6), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n_people (copy), ==, 1);
  }
}

static void
test_open_instead (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rapport-instead-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *moved = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;

  /* A backup with Ana in it. */
  {
    g_autoptr(RapportStore) source = rapport_store_open (backup, &error);
    g_autoptr(RapportContact) ana = test_add_person (source, "Ana");

    g_assert_no_error (error);
  }

  /* A file that cannot be opened: moved aside as it is, and Rapport
   * starts from the backup. */
  g_assert_true (g_file_set_contents (path, "shopping list", -1, NULL));
  store = rapport_store_open (path, &error);
  g_assert_null (store);
  g_clear_error (&error);
  store = rapport_store_open_instead (path, backup, &moved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_people (store), ==, 1);
  g_assert_nonnull (moved);
  g_assert_true (g_file_get_contents (moved, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "shopping list");
  g_clear_object (&store);

  /* A backup that is not one: nothing changes, the file is put back. */
  g_clear_pointer (&kept, g_free);
  g_clear_pointer (&moved, g_free);
  g_assert_true (g_file_set_contents (path, "another list", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "not a backup", -1, NULL));
  g_assert_null (rapport_store_open_instead (path, backup, &moved, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "another list");

  /* Starting over with no data; the file moved aside the same second
   * before is not overwritten. */
  {
    g_autofree char *first = NULL;

    g_assert_true (g_file_set_contents (path, "third list", -1, NULL));
    g_clear_object (&store);
    store = rapport_store_open_instead (path, NULL, &moved, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (n_people (store), ==, 0);
    g_assert_nonnull (moved);
    g_assert_true (g_file_get_contents (moved, &first, NULL, NULL));
    g_assert_cmpstr (first, ==, "third list");
  }
}

/* A job on a worker thread, cancelled when its progress reaches a point. */
typedef enum {
  JOB_BACK_UP,
  JOB_RESTORE,
  JOB_EXPORT,
} JobKind;

typedef struct
{
  JobKind kind;
  const char *db_path;
  const char *path;
  GCancellable *cancellable;
  guint cancel_from;   /* out of 1000; above it, never */
  guint cancelled_at;
  char *kept;
  guint n_written;
  GError *error;
} Job;

static void
job_progress_cb (guint    done,
                 guint    total,
                 gpointer user_data)
{
  Job *job = user_data;
  guint at = total > 0 ? (guint) ((guint64) done * 1000 / total) : 0;

  g_assert_cmpuint (done, <=, total);
  if (at >= job->cancel_from && !g_cancellable_is_cancelled (job->cancellable))
    {
      job->cancelled_at = at;
      g_cancellable_cancel (job->cancellable);
    }
}

static gpointer
job_thread (gpointer data)
{
  Job *job = data;
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  gboolean ok = FALSE;

  if (job->kind == JOB_BACK_UP)
    ok = rapport_store_back_up_file (job->db_path, job->path, job->cancellable, job_progress_cb, job, &job->error);
  else if (job->kind == JOB_RESTORE)
    ok = rapport_store_restore_file (job->db_path, job->path, job->cancellable, job_progress_cb, job, &job->kept,
                                     &job->error);
  else
    ok = rapport_transfer_export_file (job->db_path, NULL, RAPPORT_EXPORT_FORMAT_VCARD, file, job->cancellable,
                                       job_progress_cb, job, &job->n_written, &job->error);
  g_assert_true (ok == (job->error == NULL));
  return NULL;
}

/* Runs @kind on a worker; returns whether it succeeded. */
static gboolean
run_job (Job        *job,
         JobKind     kind,
         const char *db_path,
         const char *path,
         guint       cancel_from)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GThread *thread;

  g_clear_error (&job->error);
  g_clear_pointer (&job->kept, g_free);
  job->kind = kind;
  job->db_path = db_path;
  job->path = path;
  job->cancellable = cancellable;
  job->cancel_from = cancel_from;
  job->cancelled_at = 0;
  thread = g_thread_new ("job", job_thread, job);
  g_thread_join (thread);
  job->cancellable = NULL;
  return job->error == NULL;
}

static guint
n_people_in_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (path, &error);

  g_assert_no_error (error);
  return n_people (store);
}

static guint
n_files_in (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
assert_file_says (const char *path,
                  const char *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);
}

/* Export, Back Up and Restore on a worker, each cancelled half way: every
 * file and the database as they were, nothing left beside them; and each
 * done whole. */
static void
test_worker_cancel (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportContact) late = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-worker-XXXXXX", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *vcards = g_build_filename (dir, "everyone.vcf", NULL);
  g_autofree char *data_dir = g_path_get_dirname (rapport_store_get_path (store));
  g_autofree char *restoring = g_build_filename (data_dir, "rapport-restoring.db", NULL);
  const char *db_path = rapport_store_get_path (store);
  RapportBenchData data = { 0 };
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree char *contents = NULL;
  Job job = { 0 };
  guint n;

  /* Enough pages for the copy to take several steps. */
  g_assert_true (rapport_bench_data_generate (store, 1500, 3, &data, &error));
  g_assert_no_error (error);
  n = n_people (store);

  /* A backup cancelled half way: the file that was there stays. */
  g_assert_true (g_file_set_contents (backup, "an older file", -1, NULL));
  g_assert_false (run_job (&job, JOB_BACK_UP, db_path, backup, 300));
  g_assert_error (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (job.cancelled_at, <, 1000);
  assert_file_says (backup, "an older file");
  g_assert_cmpuint (n_files_in (dir), ==, 1);

  /* Done whole, it is a Rapport database of its own. */
  g_assert_true (run_job (&job, JOB_BACK_UP, db_path, backup, G_MAXUINT));
  g_assert_cmpuint (n_files_in (dir), ==, 1);
  g_assert_cmpuint (n_people_in_file (backup), ==, n);

  /* A change after the backup, for a restore to take away. */
  late = test_add_person (store, "Late");
  g_assert_cmpuint (n_people (store), ==, n + 1);

  /* A restore cancelled while keeping what is there, then while replacing
   * it (in the middle of the copy, not after it): nothing changed, in the
   * file or in the app's connection, and no copy is left behind. */
  for (guint cancel_from = 200; cancel_from <= 700; cancel_from += 500)
    {
      g_assert_false (run_job (&job, JOB_RESTORE, db_path, backup, cancel_from));
      g_assert_error (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (job.cancelled_at, <, 1000);
      if (cancel_from > 500)
        g_assert_cmpuint (job.cancelled_at, >, 500);
      g_assert_null (job.kept);
      g_assert_cmpuint (n_people (store), ==, n + 1);
      g_assert_cmpuint (n_people_in_file (db_path), ==, n + 1);
      copies = rapport_store_list_restore_copies (store);
      g_assert_cmpuint (copies->len, ==, 0);
      g_clear_pointer (&copies, g_ptr_array_unref);
      g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (n_people_in_file (backup), ==, n);
    }

  /* Done whole: the backup's people, here too once told. */
  rapport_store_restore_begin (store);
  g_assert_true (run_job (&job, JOB_RESTORE, db_path, backup, G_MAXUINT));
  rapport_store_restore_end (store);
  g_assert_cmpuint (n_people (store), ==, n);
  g_assert_nonnull (job.kept);
  g_assert_cmpuint (n_people_in_file (job.kept), ==, n + 1);
  g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));

  /* An export cancelled half way leaves the file that was there. */
  g_assert_true (g_file_set_contents (vcards, "an older file", -1, NULL));
  g_assert_false (run_job (&job, JOB_EXPORT, db_path, vcards, 500));
  g_assert_error (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_file_says (vcards, "an older file");
  g_assert_cmpuint (n_files_in (dir), ==, 2);

  g_assert_true (run_job (&job, JOB_EXPORT, db_path, vcards, G_MAXUINT));
  g_assert_cmpuint (job.n_written, ==, n);
  g_assert_true (g_file_get_contents (vcards, &contents, NULL, NULL));
  {
    g_auto(GStrv) cards = g_strsplit (contents, "BEGIN:VCARD", -1);

    g_assert_cmpuint (g_strv_length (cards) - 1, ==, n);
  }
  g_assert_cmpuint (n_files_in (dir), ==, 2);

  g_clear_pointer (&job.kept, g_free);
  rapport_bench_data_clear (&data);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/backup/back-up-and-restore", test_back_up_and_restore);
  g_test_add_func ("/rapport/backup/restore-refuses", test_restore_refuses);
  g_test_add_func ("/rapport/backup/daily", test_daily);
  g_test_add_func ("/rapport/backup/open-instead", test_open_instead);
  g_test_add_func ("/rapport/backup/worker-cancel", test_worker_cancel);

  return g_test_run ();
}
