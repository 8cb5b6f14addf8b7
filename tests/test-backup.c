/* test-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backing up while Rapport runs and restoring: a real copy on disk, the
 * data replaced in place, the replaced data kept, and bad files refused
 * with nothing changed.
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "rapport-test-util.h"

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

  return g_test_run ();
}
